import type { CatalogExcelRowError, CatalogImportResponse } from '@yimin/shared'
import { Alert, Button, Modal, Radio, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useImportCatalog } from '../../../api/catalog'
import { ApiError } from '../../../api/client'
import { ErrorAlert } from '../../../components/ErrorAlert'

/** The bad cells of a refused import (details.errors[]), or the missing sheet / columns. */
function importProblems(error: unknown): {
  rows: CatalogExcelRowError[]
  sheet?: string
  columns?: string[]
} {
  if (!(error instanceof ApiError) || !error.details || typeof error.details !== 'object') return { rows: [] }
  const d = error.details as { errors?: unknown; sheet?: unknown; columns?: unknown }
  return {
    rows: Array.isArray(d.errors) ? (d.errors as CatalogExcelRowError[]) : [],
    sheet: typeof d.sheet === 'string' ? d.sheet : undefined,
    columns: Array.isArray(d.columns) ? d.columns.map(String) : undefined,
  }
}

/** Imports an Excel catalog, all or nothing; a refused file lists each bad cell. */
export function ImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const run = useImportCatalog()
  const [file, setFile] = useState<File | null>(null)
  const [mode, setMode] = useState<'publish' | 'draft'>('publish')
  const close = () => {
    run.reset()
    setFile(null)
    onClose()
  }
  const start = async () => {
    if (!file) return
    run.mutate({ bytes: await file.arrayBuffer(), mode })
  }
  const problems = importProblems(run.error)
  const result: CatalogImportResponse | undefined = run.data
  return (
    <Modal
      open={open}
      title={t('catalogAdmin.importTitle')}
      onCancel={close}
      destroyOnHidden
      width={760}
      footer={[
        <Button key="close" onClick={close}>
          {result ? t('common.done') : t('common.cancel')}
        </Button>,
        !result && (
          <Button
            key="go"
            type="primary"
            disabled={!file}
            loading={run.isPending}
            onClick={() => void start()}
          >
            {t('catalogAdmin.importStart')}
          </Button>
        ),
      ]}
    >
      <Typography.Paragraph>{t('catalogAdmin.importIntro')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <label htmlFor="catalog-file" style={{ fontWeight: 600 }}>
          {t('catalogAdmin.file')}
        </label>
        <input
          id="catalog-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            run.reset()
            setFile(e.target.files?.[0] ?? null)
          }}
        />
        <Radio.Group
          aria-label={t('catalogAdmin.importMode')}
          value={mode}
          onChange={(e) => setMode(e.target.value as 'publish' | 'draft')}
          options={[
            { value: 'publish', label: t('catalogAdmin.modePublish') },
            { value: 'draft', label: t('catalogAdmin.modeDraft') },
          ]}
        />
      </Space>
      {result && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginTop: 16 }}
          title={t('catalogAdmin.importDone')}
          description={t('catalogAdmin.importCounts', { ...result })}
        />
      )}
      {run.error !== null && (
        <div style={{ marginTop: 16 }}>
          <ErrorAlert error={run.error} />
          {problems.sheet && (
            <Typography.Paragraph style={{ marginTop: 8 }}>
              {t('catalogAdmin.sheetNamed', { sheet: problems.sheet })}
            </Typography.Paragraph>
          )}
          {problems.columns && (
            <Typography.Paragraph>
              {t('catalogAdmin.missingColumns', {
                columns: problems.columns.join(t('common.listSeparator')),
              })}
            </Typography.Paragraph>
          )}
          {problems.rows.length > 0 && (
            <Table<CatalogExcelRowError & { n: number }>
              style={{ marginTop: 8 }}
              rowKey="n"
              size="small"
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              dataSource={problems.rows.map((r, n) => ({ ...r, n }))}
              columns={[
                { title: t('catalogAdmin.sheet'), key: 'sheet', render: (_, r) => r.sheet },
                { title: t('catalogAdmin.row'), key: 'row', render: (_, r) => r.row },
                { title: t('catalogAdmin.column'), key: 'column', render: (_, r) => r.column },
                {
                  title: t('catalogAdmin.problem'),
                  key: 'problem',
                  render: (_, r) => `${r.message} (${r.code})`,
                },
              ]}
            />
          )}
        </div>
      )}
    </Modal>
  )
}

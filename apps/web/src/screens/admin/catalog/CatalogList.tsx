import { DownloadOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons'
import type { AdminMatterListItem } from '@yimin/shared'
import { Button, Card, Input, Select, Space, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { catalogExportUrl, useAdminMatters, type AdminListParams } from '../../../api/catalog'
import { useDepartments } from '../../../api/org'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { formatDateTime } from '../../../components/format'
import { useLocalName } from '../../../components/names'
import { useAdminMe } from '../AdminLayout'
import { ImportModal } from './ImportModal'
import { MatterStatus } from './MatterStatus'

/** The matter catalog for administrators: every matter with its draft / published state. */
export function CatalogList() {
  const { t, i18n } = useTranslation()
  const name = useLocalName()
  const navigate = useNavigate()
  const canManage = useAdminMe().permissions.includes('catalog.manage')
  const [params, setParams] = useState<AdminListParams>({})
  const [isImporting, setIsImporting] = useState(false)
  const matters = useAdminMatters(params)
  const departments = useDepartments()
  const departmentName = (m: AdminMatterListItem) =>
    name(departments.data?.find((d) => d.id === m.departmentId)) || m.departmentName
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('catalogAdmin.title')}</h2>}
      extra={
        <Space wrap>
          <Button icon={<DownloadOutlined aria-hidden />} href={catalogExportUrl} download>
            {t('catalogAdmin.export')}
          </Button>
          {canManage && (
            <>
              <Button icon={<UploadOutlined aria-hidden />} onClick={() => setIsImporting(true)}>
                {t('catalogAdmin.import')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => void navigate('/admin/catalog/new')}
              >
                {t('catalogAdmin.newMatter')}
              </Button>
            </>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          aria-label={t('catalogAdmin.search')}
          placeholder={t('catalogAdmin.search')}
          onSearch={(q) => setParams((p) => ({ ...p, q: q.trim() || undefined }))}
          style={{ width: 260 }}
        />
        <Select
          allowClear
          aria-label={t('guide.department')}
          placeholder={t('guide.allDepartments')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
          onChange={(departmentId?: string) => setParams((p) => ({ ...p, departmentId }))}
          options={(departments.data ?? []).map((d) => ({ value: d.id, label: name(d) }))}
        />
        <Select
          allowClear
          aria-label={t('fields.status')}
          placeholder={t('catalogAdmin.allStatuses')}
          style={{ width: 180 }}
          onChange={(status?: AdminListParams['status']) => setParams((p) => ({ ...p, status }))}
          options={(['published', 'draft', 'unpublished'] as const).map((s) => ({
            value: s,
            label: t(`catalogAdmin.filter.${s}`),
          }))}
        />
      </Space>
      <ErrorAlert error={matters.error} />
      <Table<AdminMatterListItem>
        rowKey="id"
        size="middle"
        loading={matters.isFetching}
        dataSource={matters.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('fields.code'), key: 'code', render: (_, m) => <code>{m.code}</code> },
          {
            title: t('fields.name'),
            key: 'name',
            render: (_, m) => (
              <Link to={`/admin/catalog/${encodeURIComponent(m.id)}`}>
                <bdi>{m.name}</bdi>
              </Link>
            ),
          },
          {
            title: t('guide.department'),
            key: 'department',
            render: (_, m) => <bdi>{departmentName(m)}</bdi>,
          },
          { title: t('guide.level'), key: 'level', render: (_, m) => t(`levels.${m.level}`) },
          { title: t('guide.type'), key: 'type', render: (_, m) => t(`matter.types.${m.type}`) },
          {
            title: t('fields.status'),
            key: 'status',
            render: (_, m) => <MatterStatus publishedVersion={m.publishedVersion} hasDraft={m.hasDraft} />,
          },
          {
            title: t('catalogAdmin.updated'),
            key: 'updated',
            render: (_, m) => formatDateTime(m.draftUpdatedAt ?? m.updatedAt, i18n.language),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, m) => (
              <Link
                to={`/admin/catalog/${encodeURIComponent(m.id)}`}
                aria-label={t('catalogAdmin.editNamed', { name: m.name })}
              >
                <EditOutlined aria-hidden /> {canManage ? t('common.edit') : t('common.view')}
              </Link>
            ),
          },
        ]}
      />
      <ImportModal open={isImporting} onClose={() => setIsImporting(false)} />
    </Card>
  )
}

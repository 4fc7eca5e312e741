import type { CalendarImportErrorDetails } from '@yimin/shared'
import { Alert, Button, Card, Form, Input, InputNumber, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useImportCalendarYear } from '../../../api/calendar'
import { ApiError } from '../../../api/client'
import { ErrorAlert } from '../../../components/ErrorAlert'

type LineError = CalendarImportErrorDetails['errors'][number]

function lineErrors(error: unknown): LineError[] {
  if (!(error instanceof ApiError) || error.code !== 'CALENDAR_IMPORT_INVALID') return []
  const d = error.details as Partial<CalendarImportErrorDetails> | undefined
  return Array.isArray(d?.errors) ? d.errors : []
}

/** Imports a year from a file of `date,kind,name` lines; each bad line is listed by number. */
export function ImportYearCard({ defaultYear }: { defaultYear: number }) {
  const { t } = useTranslation()
  const run = useImportCalendarYear()
  const [year, setYear] = useState<number>(defaultYear)
  const [content, setContent] = useState('')
  const errors = lineErrors(run.error)
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('calendarAdmin.importTitle')}</h2>}
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph>{t('calendarAdmin.importIntro')}</Typography.Paragraph>
      <pre
        style={{ background: '#f5f5f5', padding: 8, borderRadius: 4, direction: 'ltr', textAlign: 'left' }}
      >
        {'2027-01-01,holiday,元旦\n2027-02-06,workday,春节调休'}
      </pre>
      <Form layout="vertical" onFinish={() => run.mutate({ year, content })}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
          <Form.Item label={t('calendarAdmin.year')} htmlFor="import-year">
            <InputNumber
              id="import-year"
              min={2000}
              max={2099}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
          </Form.Item>
          <Form.Item label={t('calendarAdmin.file')} htmlFor="import-file">
            <input
              id="import-file"
              type="file"
              accept=".csv,.txt,text/plain,text/csv"
              onChange={(e) => {
                const file = e.target.files?.[0]
                if (file) void file.text().then(setContent)
              }}
            />
          </Form.Item>
        </div>
        <Form.Item label={t('calendarAdmin.content')} htmlFor="import-content">
          <Input.TextArea
            id="import-content"
            rows={6}
            value={content}
            onChange={(e) => setContent(e.target.value)}
            style={{ direction: 'ltr', fontFamily: 'monospace' }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!content.trim()} loading={run.isPending}>
          {t('calendarAdmin.importStart', { year })}
        </Button>
      </Form>
      {run.data && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginTop: 16 }}
          title={t('calendarAdmin.imported', {
            year: run.data.year,
            holidays: run.data.holidays,
            workdays: run.data.workdays,
          })}
        />
      )}
      {run.error !== null && (
        <div style={{ marginTop: 16 }}>
          <ErrorAlert error={run.error} />
          {errors.length > 0 && (
            <Table<LineError & { n: number }>
              style={{ marginTop: 8 }}
              size="small"
              rowKey="n"
              pagination={false}
              dataSource={errors.map((e, n) => ({ ...e, n }))}
              columns={[
                {
                  title: t('calendarAdmin.line'),
                  key: 'line',
                  render: (_, e) => (e.line === 0 ? t('calendarAdmin.wholeFile') : e.line),
                },
                {
                  title: t('calendarAdmin.problem'),
                  key: 'code',
                  render: (_, e) => `${t(`calendarAdmin.importErrors.${e.code}`)} (${e.code})`,
                },
                { title: t('calendarAdmin.detail'), key: 'message', render: (_, e) => e.message },
              ]}
            />
          )}
        </div>
      )}
    </Card>
  )
}

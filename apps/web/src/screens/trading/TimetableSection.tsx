import type { TimetableRule } from '@yimin/shared'
import { Alert, Button, Card, Input, InputNumber, Space, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useEditTimetable, useTimetable } from '../../api/trading'
import { ErrorAlert } from '../../components/ErrorAlert'

/**
 * The legal timetable for administrators: every rule with its legal basis; a new version changes
 * day counts, only ever stricter than the law (the server refuses a laxer one with
 * TRADING_TIMETABLE_LAXER_THAN_STATUTE). Lots keep the version of their first announcement.
 */
export function TimetableSection() {
  const { t } = useTranslation()
  const timetable = useTimetable()
  const edit = useEditTimetable()
  const [days, setDays] = useState<Record<string, number>>({})
  const [note, setNote] = useState('')
  const changes = Object.entries(days)
    .filter(([id, d]) => timetable.data?.rules.find((r) => r.id === id)?.days !== d)
    .map(([id, d]) => ({ id, days: d }))
  return (
    <Card
      title={t('trading.timetable.title', { version: timetable.data?.version ?? '' })}
      extra={
        <Space wrap>
          <Input
            aria-label={t('trading.timetable.note')}
            placeholder={t('trading.timetable.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button
            type="primary"
            disabled={changes.length === 0 || !note.trim()}
            loading={edit.isPending}
            onClick={() => edit.mutate({ note, changes }, { onSuccess: () => (setDays({}), setNote('')) })}
          >
            {t('trading.timetable.publish', { count: changes.length })}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={timetable.error ?? edit.error} />
      {edit.isSuccess && <Alert type="success" showIcon title={t('trading.timetable.published')} />}
      <Table<TimetableRule>
        rowKey="id"
        size="small"
        loading={timetable.isLoading}
        dataSource={timetable.data?.rules ?? []}
        pagination={false}
        columns={[
          { title: t('trading.timetable.rule'), render: (_, r) => t(`trading.steps.${r.step}`) },
          {
            title: t('trading.fields.category'),
            render: (_, r) => r.categories.map((c) => t(`trading.categories.${c}`)).join(', '),
          },
          {
            title: t('trading.timetable.days'),
            render: (_, r) => (
              <Space>
                <InputNumber
                  aria-label={`${r.id} ${t('trading.timetable.days')}`}
                  min={0}
                  max={365}
                  value={days[r.id] ?? r.days}
                  onChange={(v) => v !== null && setDays({ ...days, [r.id]: v })}
                />
                {t(`trading.units.${r.unit}`)}
              </Space>
            ),
          },
          { title: t('trading.timetable.basis'), render: (_, r) => <bdi lang="zh-CN">{r.basis}</bdi> },
        ]}
      />
    </Card>
  )
}

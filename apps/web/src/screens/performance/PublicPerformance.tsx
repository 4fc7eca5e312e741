import type { PublicPerformance as Performance } from '@yimin/shared'
import { Alert, Card, Grid, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { usePublicPerformance } from '../../api/supervision'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { Loading } from '../../components/Loading'
import { useDepartmentName } from '../cases/useDepartmentName'
import { oneDecimal, percent, periodOf, type PeriodChoice } from '../supervision/period'
import { PeriodSelect } from '../supervision/PeriodSelect'
import '../supervision/supervision.css'

type Row = Performance['departments'][number]

/** The public page of department performance (open government, 政务公开): no person's name, ID or phone. A list of cards on phones. */
export function PublicPerformance() {
  const { t } = useTranslation()
  const screens = Grid.useBreakpoint()
  const [choice, setChoice] = useState<PeriodChoice>('year')
  const data = usePublicPerformance(periodOf(choice))
  const localName = useDepartmentName()
  const name = (r: Row) => (localName(r.code) === r.code ? r.name : localName(r.code))
  const days = (r: Row) =>
    r.avgUsedDays === null && r.avgPromisedDays === null
      ? '—'
      : t('supervision.figures.usedOfPromised', {
          used: oneDecimal(r.avgUsedDays),
          promised: oneDecimal(r.avgPromisedDays),
        })
  const rows = [...(data.data?.departments ?? [])].sort((a, b) => b.completed - a.completed)
  const figures: Array<{ key: string; label: string; value: (r: Row) => string }> = [
    { key: 'completed', label: t('performance.completed'), value: (r) => String(r.completed) },
    { key: 'rate', label: t('performance.onTimeRate'), value: (r) => percent(r.onTimeRate) },
    { key: 'days', label: t('performance.days'), value: days },
    { key: 'sat', label: t('performance.satisfaction'), value: (r) => percent(r.satisfaction) },
  ]
  return (
    <Shell title={t('performance.title')} extra={<Link to="/portal">{t('performance.backToPortal')}</Link>}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('performance.intro')} />
      <Card className="yimin-sv">
        <div className="yimin-toolbar">
          <PeriodSelect value={choice} onChange={setChoice} />
          {data.data && <span>{t('performance.range', { from: data.data.from, to: data.data.to })}</span>}
        </div>
        <ErrorAlert error={data.error} />
        {data.isPending ? (
          <Loading />
        ) : screens.md ? (
          <Table<Row>
            size="small"
            rowKey="code"
            dataSource={rows}
            scroll={{ x: true }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('performance.none') }}
            columns={[
              { title: t('performance.department'), key: 'name', render: (_, r) => name(r) },
              ...figures.map((f) => ({
                title: f.label,
                key: f.key,
                align: 'end' as const,
                render: (_: unknown, r: Row) => f.value(r),
              })),
            ]}
          />
        ) : (
          <ul className="yimin-perf-list">
            {rows.map((r) => (
              <li key={r.code}>
                <h3>{name(r)}</h3>
                <dl>
                  {figures.map((f) => (
                    <div key={f.key} style={{ display: 'contents' }}>
                      <dt>{f.label}</dt>
                      <dd>{f.value(r)}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        )}
        <p style={{ marginTop: 12 }}>{t('performance.explain')}</p>
      </Card>
    </Shell>
  )
}

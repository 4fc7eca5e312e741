import type { PublicPerformance as Performance } from '@yimin/shared'
import { Alert, Card, Progress, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { usePublicPerformance } from '../../api/supervision'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useDepartmentName } from '../cases/useDepartmentName'
import { oneDecimal, percent, periodOf, type PeriodChoice } from '../supervision/period'
import { PeriodSelect } from '../supervision/PeriodSelect'
import '../supervision/supervision.css'

type Row = Performance['departments'][number]

/** The public page of department performance (open government, 政务公开): no person's name, ID or phone. Phone-friendly. */
export function PublicPerformance() {
  const { t } = useTranslation()
  const [choice, setChoice] = useState<PeriodChoice>('year')
  const period = periodOf(choice)
  const data = usePublicPerformance(period)
  const department = useDepartmentName()
  const rows = data.data?.departments ?? []
  return (
    <Shell title={t('performance.title')} extra={<Link to="/portal">{t('performance.backToPortal')}</Link>}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('performance.intro')} />
      <Card>
        <div className="yimin-toolbar">
          <PeriodSelect value={choice} onChange={setChoice} />
          {data.data && <span>{t('performance.range', { from: data.data.from, to: data.data.to })}</span>}
        </div>
        <ErrorAlert error={data.error} />
        <Table<Row>
          size="small"
          rowKey="code"
          loading={data.isPending}
          dataSource={rows}
          scroll={{ x: true }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('performance.none') }}
          columns={[
            { title: t('performance.department'), key: 'name', render: (_, r) => department(r.code) === r.code ? r.name : department(r.code) },
            { title: t('performance.completed'), dataIndex: 'completed', align: 'end' },
            {
              title: t('performance.onTimeRate'),
              key: 'rate',
              render: (_, r) =>
                r.onTimeRate === null ? (
                  '—'
                ) : (
                  <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, minWidth: 120 }}>
                    <Progress percent={Math.round(r.onTimeRate * 100)} size="small" showInfo={false} style={{ width: 60, margin: 0 }} aria-hidden />
                    {percent(r.onTimeRate)}
                  </span>
                ),
            },
            { title: t('performance.days'), key: 'days', render: (_, r) => t('supervision.figures.usedOfPromised', { used: oneDecimal(r.avgUsedDays), promised: oneDecimal(r.avgPromisedDays) }) },
            { title: t('performance.satisfaction'), key: 'sat', align: 'end', render: (_, r) => percent(r.satisfaction) },
          ]}
        />
        <p style={{ marginTop: 12 }}>{t('performance.explain')}</p>
      </Card>
    </Shell>
  )
}

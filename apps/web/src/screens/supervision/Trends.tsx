import { Radio, Table } from 'antd'
import { lazy, Suspense, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTrends, type Period, type Trend } from '../../api/supervision'
import { ErrorAlert } from '../../components/ErrorAlert'
import { Loading } from '../../components/Loading'
import { palette } from '../../theme/tokens'
import { ExportLink } from './ExportLink'
import { percent } from './period'

const TrendChart = lazy(() => import('./TrendChart'))
type Point = Trend['points'][number]

/** Received / accepted / completed by day or month, as a chart and as a table. */
export function Trends({ period }: { period: Period }) {
  const { t, i18n } = useTranslation()
  const [by, setBy] = useState<'day' | 'month'>('day')
  const trend = useTrends(period, by)
  const title = t('supervision.trends.title')
  const points = useMemo(() => trend.data?.points ?? [], [trend.data])
  const series = useMemo(
    () => [
      {
        name: t('supervision.figures.received'),
        values: points.map((p) => p.received),
        colour: palette.primary,
      },
      {
        name: t('supervision.figures.accepted'),
        values: points.map((p) => p.accepted),
        colour: palette.warning,
        dashed: true,
      },
      {
        name: t('supervision.figures.completed'),
        values: points.map((p) => p.completed),
        colour: palette.success,
      },
    ],
    [points, t],
  )
  return (
    <section aria-label={title}>
      <div className="yimin-section-head">
        <h3>{title}</h3>
        <Radio.Group
          aria-label={t('supervision.trends.by')}
          optionType="button"
          value={by}
          onChange={(e) => setBy(e.target.value as 'day' | 'month')}
          options={[
            { value: 'day', label: t('supervision.trends.byDay') },
            { value: 'month', label: t('supervision.trends.byMonth') },
          ]}
        />
        <ExportLink table="trends" period={period} name={title} />
      </div>
      <ErrorAlert error={trend.error} />
      {trend.isPending ? (
        <Loading />
      ) : (
        <Suspense fallback={<Loading />}>
          <TrendChart
            periods={points.map((p) => p.period)}
            series={series}
            label={title}
            isRtl={i18n.dir() === 'rtl'}
          />
        </Suspense>
      )}
      <details>
        <summary>{t('supervision.trends.asTable')}</summary>
        <Table<Point>
          size="small"
          rowKey="period"
          dataSource={points}
          scroll={{ x: true }}
          pagination={{ pageSize: 31, hideOnSinglePage: true }}
          columns={[
            { title: t('supervision.trends.period'), key: 'period', render: (_, p) => <bdi>{p.period}</bdi> },
            { title: t('supervision.figures.received'), dataIndex: 'received', align: 'end' },
            { title: t('supervision.figures.accepted'), dataIndex: 'accepted', align: 'end' },
            { title: t('supervision.figures.completed'), dataIndex: 'completed', align: 'end' },
            {
              title: t('supervision.figures.onTimeRate'),
              key: 'rate',
              align: 'end',
              render: (_, p) => percent(p.onTimeRate),
            },
          ]}
        />
      </details>
    </section>
  )
}

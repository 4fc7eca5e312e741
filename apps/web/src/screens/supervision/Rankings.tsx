import { Radio, Select, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRankings, type Period, type Ranking } from '../../api/supervision'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useDepartmentName } from '../cases/useDepartmentName'
import { oneDecimal, percent } from './period'

type Of = 'department' | 'window'
type By = 'onTimeRate' | 'volume' | 'speed'
type Row = Ranking['rows'][number]

/** Departments or windows ranked by on-time rate, volume or speed (average working days used). */
export function Rankings({ period }: { period: Period }) {
  const { t } = useTranslation()
  const department = useDepartmentName()
  const [of, setOf] = useState<Of>('department')
  const [by, setBy] = useState<By>('onTimeRate')
  const ranking = useRankings(period, of, by)
  const title = t('supervision.rankings.title')
  const value = (v: number | null) =>
    by === 'onTimeRate'
      ? percent(v)
      : by === 'speed'
        ? v === null
          ? '—'
          : t('supervision.figures.days', { value: oneDecimal(v) })
        : (v ?? '—')
  return (
    <section aria-label={title}>
      <div className="yimin-section-head">
        <h3>{title}</h3>
        <Radio.Group
          aria-label={t('supervision.rankings.of')}
          optionType="button"
          value={of}
          onChange={(e) => setOf(e.target.value as Of)}
          options={(['department', 'window'] as const).map((o) => ({
            value: o,
            label: t(`supervision.rankings.ofs.${o}`),
          }))}
        />
        <Select<By>
          aria-label={t('supervision.rankings.by')}
          value={by}
          onChange={setBy}
          style={{ minWidth: 160 }}
          options={(['onTimeRate', 'volume', 'speed'] as const).map((b) => ({
            value: b,
            label: t(`supervision.rankings.bys.${b}`),
          }))}
        />
      </div>
      <ErrorAlert error={ranking.error} />
      <Table<Row>
        size="small"
        rowKey="id"
        loading={ranking.isPending}
        dataSource={ranking.data?.rows ?? []}
        scroll={{ x: true }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          {
            title: t('supervision.rankings.rank'),
            key: 'rank',
            width: 80,
            // no completed cases and no ratings in the period: no data, not ranked
            render: (_, r) => r.rank ?? t('supervision.rankings.noData'),
          },
          {
            title: t(`supervision.rankings.ofs.${of}`),
            key: 'name',
            // departments in the reader's language, windows by their Chinese name
            render: (_, r) => (of === 'department' ? department(r.id) : r.name),
          },
          {
            title: t(`supervision.rankings.bys.${by}`),
            key: 'value',
            align: 'end',
            render: (_, r) => value(r.value),
          },
          { title: t('supervision.figures.completed'), dataIndex: 'completed', align: 'end' },
        ]}
      />
    </section>
  )
}

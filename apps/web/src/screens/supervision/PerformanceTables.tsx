import type { DepartmentRow, WindowRow } from '@yimin/shared'
import { Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { useDepartmentTable, useWindowTable, type Period } from '../../api/supervision'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useLocalName } from '../../components/names'
import { useDepartmentName } from '../cases/useDepartmentName'
import { ExportLink } from './ExportLink'
import { oneDecimal, percent } from './period'

type Figures = Pick<
  DepartmentRow,
  | 'received'
  | 'accepted'
  | 'completed'
  | 'completedOnTime'
  | 'onTimeRate'
  | 'avgUsedDays'
  | 'avgPromisedDays'
  | 'satisfaction'
  | 'avgQueueWaitMinutes'
>

function useFigureColumns<R extends Figures>(): TableColumnsType<R> {
  const { t } = useTranslation()
  return [
    { title: t('supervision.figures.received'), dataIndex: 'received', align: 'end' },
    { title: t('supervision.figures.completed'), dataIndex: 'completed', align: 'end' },
    {
      title: t('supervision.figures.onTimeRate'),
      key: 'onTime',
      align: 'end',
      render: (_, r) => percent(r.onTimeRate),
    },
    {
      title: t('supervision.figures.usedVsPromised'),
      key: 'days',
      align: 'end',
      render: (_, r) =>
        t('supervision.figures.usedOfPromised', {
          used: oneDecimal(r.avgUsedDays),
          promised: oneDecimal(r.avgPromisedDays),
        }),
    },
    {
      title: t('supervision.figures.satisfaction'),
      key: 'satisfaction',
      align: 'end',
      render: (_, r) => percent(r.satisfaction),
    },
    {
      title: t('supervision.figures.queueWait'),
      key: 'wait',
      align: 'end',
      render: (_, r) =>
        r.avgQueueWaitMinutes === null
          ? '—'
          : t('supervision.figures.minutes', { count: Math.round(r.avgQueueWaitMinutes) }),
    },
  ]
}

/** Per department: volume, on-time rate, working days used vs promised, satisfaction, open lights. */
export function DepartmentTable({ period }: { period: Period }) {
  const { t } = useTranslation()
  const rows = useDepartmentTable(period)
  const department = useDepartmentName()
  const figures = useFigureColumns<DepartmentRow>()
  const title = t('supervision.tables.departments')
  return (
    <section aria-label={title}>
      <div className="yimin-section-head">
        <h3>{title}</h3>
        <ExportLink table="departments" period={period} name={title} />
      </div>
      <ErrorAlert error={rows.error} />
      <Table<DepartmentRow>
        size="small"
        rowKey="departmentId"
        loading={rows.isPending}
        dataSource={rows.data?.rows ?? []}
        scroll={{ x: true }}
        pagination={{ pageSize: 12, hideOnSinglePage: true }}
        columns={[
          {
            title: t('supervision.figures.department'),
            key: 'name',
            render: (_, r) => department(r.departmentId),
          },
          ...figures,
          { title: t('supervision.figures.open'), dataIndex: 'open', align: 'end' },
          { title: t('caseLight.yellow'), dataIndex: 'yellow', align: 'end' },
          { title: t('caseLight.red'), dataIndex: 'red', align: 'end' },
        ]}
      />
    </section>
  )
}

/** Per window: the same figures with the queue wait. */
export function WindowTable({ period }: { period: Period }) {
  const { t } = useTranslation()
  const rows = useWindowTable(period)
  const name = useLocalName()
  const figures = useFigureColumns<WindowRow>()
  const title = t('supervision.tables.windows')
  return (
    <section aria-label={title}>
      <div className="yimin-section-head">
        <h3>{title}</h3>
        <ExportLink table="windows" period={period} name={title} />
      </div>
      <ErrorAlert error={rows.error} />
      <Table<WindowRow>
        size="small"
        rowKey="windowId"
        loading={rows.isPending}
        dataSource={rows.data?.rows ?? []}
        scroll={{ x: true }}
        pagination={{ pageSize: 12, hideOnSinglePage: true }}
        columns={[
          {
            title: t('supervision.figures.window'),
            key: 'name',
            render: (_, r) =>
              r.number === null
                ? name(r)
                : t('supervision.figures.windowNumbered', { number: r.number, name: name(r) }),
          },
          ...figures,
        ]}
      />
    </section>
  )
}

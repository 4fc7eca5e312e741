import { Table } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useIntakeQueue, type CaseListItem } from '../../api/cases'
import { ErrorAlert } from '../../components/ErrorAlert'
import { CaseStatusTag, DueLight } from '../cases/case-status'

/** Applications waiting for the intake decision (受理 / 补正 / 不予受理), soonest due first. */
export function CaseQueueTable({
  items,
  loading,
  dueLabel,
}: {
  items: CaseListItem[]
  loading: boolean
  dueLabel: string
}) {
  const { t } = useTranslation()
  return (
    <Table<CaseListItem>
      size="middle"
      rowKey={(r) => `${r.id}-${r.taskId ?? ''}`}
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      locale={{ emptyText: t('case.queueEmpty') }}
      columns={[
        {
          title: t('case.number'),
          dataIndex: 'number',
          render: (n: string, r) => (
            <Link to={`/cases/${r.id}`}>
              <bdi>{n}</bdi>
            </Link>
          ),
        },
        { title: t('case.matter'), dataIndex: 'matterName' },
        { title: t('case.applicantName'), dataIndex: 'applicantName', render: (n: string) => <bdi>{n}</bdi> },
        {
          title: t('fields.status'),
          dataIndex: 'status',
          render: (_: unknown, r) => <CaseStatusTag status={r.status} />,
        },
        { title: dueLabel, dataIndex: 'dueOn', render: (d: string | null) => d ?? '—' },
        {
          title: t('case.remaining'),
          key: 'light',
          render: (_, r) => (
            <DueLight
              remainingDays={r.remainingDays}
              isPaused={r.status === 'supplement_requested' || r.status === 'special_procedure'}
            />
          ),
        },
      ]}
    />
  )
}

export function IntakeQueue() {
  const { t } = useTranslation()
  const queue = useIntakeQueue()
  return (
    <>
      <ErrorAlert error={queue.error} />
      <CaseQueueTable items={queue.data ?? []} loading={queue.isPending} dueLabel={t('case.intakeDueOn')} />
    </>
  )
}

import { HourglassOutlined } from '@ant-design/icons'
import { Space, Table, Tag } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useIntakeQueue, type CaseListItem } from '../../api/cases'
import { Digits } from '../../components/Digits'
import { ErrorAlert } from '../../components/ErrorAlert'
import { isPausedCaseStatus } from '../cases/case-light'
import { CaseStatusTag, DueLight } from '../cases/case-status'

/** Applications waiting for the intake decision (受理 / 补正 / 不予受理), soonest due first. */
export function CaseQueueTable({
  items,
  loading,
  dueLabel,
  emptyText,
}: {
  items: CaseListItem[]
  loading: boolean
  dueLabel: string
  /** what an empty list says (default: nothing waiting) */
  emptyText?: ReactNode
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
      locale={{ emptyText: emptyText ?? t('case.queueEmpty') }}
      columns={[
        {
          title: t('case.number'),
          dataIndex: 'number',
          render: (n: string, r) => (
            <Link to={`/cases/${r.id}`}>
              <Digits>{n}</Digits>
            </Link>
          ),
        },
        { title: t('case.matter'), dataIndex: 'matterName' },
        { title: t('case.applicantName'), dataIndex: 'applicantName', render: (n: string) => <bdi>{n}</bdi> },
        {
          title: t('fields.status'),
          dataIndex: 'status',
          render: (_: unknown, r) => (
            <Space size={4} wrap>
              <CaseStatusTag status={r.status} />
              {r.awaitingApproval && (
                <Tag color="purple" icon={<HourglassOutlined aria-hidden />}>
                  {t('workbench.awaitingApproval')}
                </Tag>
              )}
            </Space>
          ),
        },
        { title: dueLabel, dataIndex: 'dueOn', render: (d: string | null) => <Digits>{d ?? '—'}</Digits> },
        {
          title: t('case.remaining'),
          key: 'light',
          render: (_, r) => (
            <DueLight remainingDays={r.remainingDays} isPaused={isPausedCaseStatus(r.status)} />
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

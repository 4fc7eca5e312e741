import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined } from '@ant-design/icons'
import type { CaseDetail } from '@yimin/shared'
import { Table, Tag } from 'antd'
import { useTranslation } from 'react-i18next'

type Approval = CaseDetail['approvals'][number]
type Fee = CaseDetail['fees'][number]

const approvalLook = {
  pending: { color: 'processing', icon: <ClockCircleOutlined aria-hidden /> },
  approved: { color: 'success', icon: <CheckCircleOutlined aria-hidden /> },
  rejected: { color: 'error', icon: <CloseCircleOutlined aria-hidden /> },
} as const

/** Requests for an extension or a special procedure, and their decisions. */
export function CaseApprovals({ approvals }: { approvals: Approval[] }) {
  const { t } = useTranslation()
  return (
    <Table<Approval>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={approvals}
      scroll={{ x: true }}
      locale={{ emptyText: t('case.noApprovals') }}
      columns={[
        {
          title: t('case.approvalKind'),
          key: 'kind',
          render: (_, a) =>
            a.procedure
              ? `${t(`case.approvalKinds.${a.kind}`)} · ${t(`matter.procedures.${a.procedure}`)}`
              : t(`case.approvalKinds.${a.kind}`),
        },
        {
          title: t('case.days'),
          dataIndex: 'days',
          render: (d: number) => t('guide.workingDays', { count: d }),
        },
        { title: t('case.reason'), dataIndex: 'reason' },
        {
          title: t('fields.status'),
          dataIndex: 'status',
          render: (s: Approval['status']) => (
            <Tag color={approvalLook[s].color} icon={approvalLook[s].icon}>
              {t(`case.approvalStatus.${s}`)}
            </Tag>
          ),
        },
      ]}
    />
  )
}

/** Fees charged, next to the catalog's amount (a difference is marked in words). */
export function CaseFees({ fees }: { fees: Fee[] }) {
  const { t } = useTranslation()
  return (
    <Table<Fee>
      size="small"
      rowKey="name"
      pagination={false}
      dataSource={fees}
      locale={{ emptyText: t('case.noFees') }}
      columns={[
        { title: t('guide.feeName'), dataIndex: 'name' },
        {
          title: t('case.charged'),
          dataIndex: 'amount',
          render: (a: number) => t('case.yuan', { amount: a.toFixed(2) }),
        },
        {
          title: t('case.catalogAmount'),
          key: 'catalog',
          render: (_, f) =>
            f.catalogAmount === null ? (
              <Tag color="warning">{t('case.notInCatalog')}</Tag>
            ) : f.catalogAmount === f.amount ? (
              t('case.yuan', { amount: f.catalogAmount.toFixed(2) })
            ) : (
              <Tag color="warning">{t('case.feeDiffers', { amount: f.catalogAmount.toFixed(2) })}</Tag>
            ),
        },
      ]}
    />
  )
}

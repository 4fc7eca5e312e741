import { CheckCircleOutlined, ClockCircleOutlined, WarningOutlined } from '@ant-design/icons'
import { Space, Table, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { EvaluationReport } from '../../api/evaluation'
import { StatusTag } from '../../components/StatusTag'

/** the server keeps points in hundredths so totals add up exactly */
const points = (hundredths: number) => (hundredths / 100).toFixed(2)

export const yuan = (fen: number | null) =>
  fen === null ? '—' : (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })

/**
 * The evaluation report: ranking, totals per member, the deviation flag (icon and words), and
 * which members confirmed. Members are shown by their place on the committee, never by name.
 */
export function ReportTable({ report }: { report: EvaluationReport }) {
  const { t } = useTranslation()
  const memberNo = new Map(report.confirmations.map((c, i) => [c.invitationId, i + 1]))
  const member = (id: string) => t('evaluation.report.member', { n: memberNo.get(id) ?? '?' })
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Tag data-testid="report-status">
        {t(`evaluation.sessionStatuses.${report.status}`, { defaultValue: report.status })}
      </Tag>
      <Table
        rowKey="bidId"
        size="small"
        pagination={false}
        dataSource={report.ranked}
        data-testid="report-ranking"
        columns={[
          { title: t('evaluation.report.rank'), render: (_, r) => r.rank ?? '—' },
          { title: t('evaluation.report.bidder'), render: (_, r) => <bdi lang="zh-CN">{r.name}</bdi> },
          { title: t('evaluation.report.price'), render: (_, r) => <bdi dir="ltr">{yuan(r.priceFen)}</bdi> },
          {
            title: t('evaluation.report.score'),
            render: (_, r) =>
              r.score !== null ? (
                <bdi dir="ltr">{points(r.score)}</bdi>
              ) : (
                <bdi dir="ltr">{yuan(r.evaluatedPriceFen)}</bdi>
              ),
          },
          {
            title: t('evaluation.report.qualified'),
            render: (_, r) => (
              <StatusTag
                isActive={r.isQualified}
                activeLabel={t('evaluation.report.isQualified')}
                inactiveLabel={t('evaluation.report.notQualified')}
              />
            ),
          },
          {
            title: t('evaluation.report.members'),
            render: (_, r) => (
              <Space wrap size={4}>
                {Object.entries(r.memberTotals).map(([id, total]) => {
                  const flagged = report.deviations.some((d) => d.bidId === r.bidId && d.memberId === id)
                  return (
                    <Tag
                      key={id}
                      color={flagged ? 'warning' : undefined}
                      icon={flagged ? <WarningOutlined aria-hidden /> : undefined}
                    >
                      {member(id)}: <bdi dir="ltr">{points(total)}</bdi>
                      {flagged && ` · ${t('evaluation.report.deviates')}`}
                    </Tag>
                  )
                })}
              </Space>
            ),
          },
        ]}
      />
      {report.deviations.length > 0 && (
        <Typography.Paragraph data-testid="report-deviations">
          <WarningOutlined aria-hidden /> {t('evaluation.report.deviationNote')}{' '}
          {report.deviations
            .map((d) =>
              t('evaluation.report.deviation', {
                member: member(d.memberId),
                bidder: report.ranked.find((r) => r.bidId === d.bidId)?.name ?? '',
                total: points(d.total),
                median: points(d.medianOfOthers),
                share: Math.round(d.share * 100),
              }),
            )
            .join('；')}
        </Typography.Paragraph>
      )}
      <Space wrap data-testid="report-confirmations">
        {report.confirmations.map((c) =>
          c.confirmedAt ? (
            <Tag key={c.invitationId} color="success" icon={<CheckCircleOutlined aria-hidden />}>
              {member(c.invitationId)} · {t('evaluation.report.confirmed')}
            </Tag>
          ) : (
            <Tag key={c.invitationId} icon={<ClockCircleOutlined aria-hidden />}>
              {member(c.invitationId)} · {t('evaluation.report.unconfirmed')}
            </Tag>
          ),
        )}
      </Space>
    </Space>
  )
}

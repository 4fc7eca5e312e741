import { Card, Table, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CaseRef } from '../supervision/CaseRef'
import { useAlerts } from '../../api/supervision'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'
import { AlertStatusTag } from '../supervision/AlertStatusTag'

/**
 * The supervision alerts raised on the projects a trading supervisor's department supervises
 * (行政监督): what the rules found and how the alert stands, read-only; the project opens the
 * alert's screen (the lot, the announcement, or this board for objections and complaints). The
 * server lists a trading supervisor only trading alerts, never the cases' alerts of the department.
 */
export function TradingAlertsCard() {
  const { t, i18n } = useTranslation()
  const [page, setPage] = useState(1)
  const alerts = useAlerts({ page, pageSize: 10 })
  return (
    <Card title={t('trading.board.alertsRaised')} data-testid="trading-alerts">
      <ErrorAlert error={alerts.error} />
      <Table
        rowKey="id"
        size="small"
        loading={alerts.isLoading}
        dataSource={alerts.data?.items ?? []}
        locale={{ emptyText: t('trading.board.noAlerts') }}
        pagination={{ current: page, pageSize: 10, total: alerts.data?.total ?? 0, onChange: setPage }}
        columns={[
          {
            title: t('trading.board.rule'),
            render: (_, a) => <Tag>{t(`supervision.ruleNames.${a.code}`)}</Tag>,
          },
          {
            title: t('trading.fields.project'),
            render: (_, a) => <CaseRef link={a.link} number={a.caseNumber} />,
          },
          { title: t('trading.fields.status'), render: (_, a) => <AlertStatusTag status={a.status} /> },
          {
            title: t('trading.board.raisedAt'),
            render: (_, a) => <bdi>{formatDateTime(a.raisedAt, i18n.language)}</bdi>,
          },
        ]}
      />
    </Card>
  )
}

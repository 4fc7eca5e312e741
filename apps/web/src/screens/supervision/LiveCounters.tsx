import { CloseCircleOutlined, WarningOutlined } from '@ant-design/icons'
import { Alert, Col, Row, Statistic, Table } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useOverview } from '../../api/supervision'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'
import { Loading } from '../../components/Loading'
import { palette } from '../../theme/tokens'
import { LightTag } from '../cases/case-status'

type Counter = 'received' | 'accepted' | 'completed' | 'open' | 'yellow' | 'red'
const counters: Array<{ key: Counter; icon?: ReactNode }> = [
  { key: 'received' },
  { key: 'accepted' },
  { key: 'completed' },
  { key: 'open' },
  { key: 'yellow', icon: <WarningOutlined aria-hidden style={{ color: palette.warning }} /> },
  { key: 'red', icon: <CloseCircleOutlined aria-hidden style={{ color: palette.error }} /> },
]

/** The live counters (today received / accepted / completed; open, yellow, red) and lights per kind. */
export function LiveCounters() {
  const { t, i18n } = useTranslation()
  const overview = useOverview()
  if (overview.isPending) return <Loading />
  if (overview.isError) return <ErrorAlert error={overview.error} />
  const o = overview.data
  const kinds = (['cases', 'intakes', 'tasks'] as const).map((k) => ({ key: k, ...o[k] }))
  return (
    <>
      {o.isCalendarProvisional && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('supervision.live.provisional')}
        />
      )}
      <p aria-live="polite" style={{ marginTop: 0 }}>
        {t('supervision.live.asOf', { today: o.today, at: formatDateTime(o.at, i18n.language) })}
      </p>
      <Row gutter={[16, 16]} role="list" aria-label={t('supervision.live.title')}>
        {counters.map((c) => (
          <Col key={c.key} xs={12} sm={8} lg={4} role="listitem">
            <Statistic title={t(`supervision.live.${c.key}`)} value={o[c.key]} prefix={c.icon} />
          </Col>
        ))}
      </Row>
      <Table<(typeof kinds)[number]>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={kinds}
        scroll={{ x: true }}
        columns={[
          {
            title: t('supervision.live.kind'),
            key: 'kind',
            render: (_, r) => t(`supervision.live.kinds.${r.key}`),
          },
          { title: <LightTag light="green" />, dataIndex: 'green' },
          { title: <LightTag light="yellow" />, dataIndex: 'yellow' },
          { title: <LightTag light="red" />, dataIndex: 'red' },
          { title: <LightTag light="paused" />, dataIndex: 'paused' },
        ]}
      />
    </>
  )
}

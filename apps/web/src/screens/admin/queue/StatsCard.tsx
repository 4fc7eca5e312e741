import { DownloadOutlined } from '@ant-design/icons'
import { Button, Card, Space, Statistic, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { statsExportUrl, useQueueStats, type QueueStats } from '../../../api/queue'
import { DayPicker } from '../../../components/DayPicker'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { centerDay } from '../../../components/format'
import { useLocalName } from '../../../components/names'

type Row = QueueStats['total']
const minutes = (v: number | null) => (v === null ? '—' : v.toFixed(1))

function StatsTable({ title, rows, loading }: { title: string; rows: Row[]; loading: boolean }) {
  const { t } = useTranslation()
  const name = useLocalName()
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {title}
      </Typography.Title>
      <Table<Row>
        rowKey="key"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('queueAdmin.stats.label'),
            key: 'label',
            render: (_, r) => <bdi>{name({ name: r.label })}</bdi>,
          },
          { title: t('queueAdmin.stats.tickets'), dataIndex: 'tickets' },
          { title: t('queueAdmin.stats.served'), dataIndex: 'served' },
          { title: t('queueAdmin.stats.noShows'), dataIndex: 'noShows' },
          { title: t('queueAdmin.stats.cancelled'), dataIndex: 'cancelled' },
          { title: t('queueAdmin.stats.meanWait'), dataIndex: 'meanWaitMinutes', render: minutes },
          { title: t('queueAdmin.stats.maxWait'), dataIndex: 'maxWaitMinutes', render: minutes },
          { title: t('queueAdmin.stats.meanService'), dataIndex: 'meanServiceMinutes', render: minutes },
          {
            title: t('queueAdmin.stats.estimateError'),
            dataIndex: 'estimateMeanAbsErrorMinutes',
            render: minutes,
          },
        ]}
      />
    </>
  )
}

/** Waiting and service times, no-shows, by category, window, clerk and hour; the same as an Excel workbook. */
export function StatsCard() {
  const { t } = useTranslation()
  const [from, setFrom] = useState(() => centerDay())
  const [to, setTo] = useState(() => centerDay())
  const stats = useQueueStats(from, to)
  const s = stats.data
  return (
    <Card
      title={<h2 className="yimin-card-title">{t('queueAdmin.tabs.stats')}</h2>}
      extra={
        <Button icon={<DownloadOutlined aria-hidden />} href={statsExportUrl(from, to)}>
          {t('queueAdmin.stats.export')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <label>
          {t('queueAdmin.from')}{' '}
          <DayPicker label={t('queueAdmin.from')} value={from} onChange={setFrom} allowClear={false} />
        </label>
        <label>
          {t('queueAdmin.to')}{' '}
          <DayPicker label={t('queueAdmin.to')} value={to} onChange={setTo} allowClear={false} />
        </label>
      </Space>
      <ErrorAlert error={stats.error} />
      {s && (
        <Space wrap size="large">
          <Statistic title={t('queueAdmin.stats.tickets')} value={s.total.tickets} />
          <Statistic title={t('queueAdmin.stats.served')} value={s.total.served} />
          <Statistic title={t('queueAdmin.stats.noShows')} value={s.total.noShows} />
          <Statistic title={t('queueAdmin.stats.meanWait')} value={minutes(s.total.meanWaitMinutes)} />
          <Statistic title={t('queueAdmin.stats.meanService')} value={minutes(s.total.meanServiceMinutes)} />
        </Space>
      )}
      <StatsTable
        title={t('queueAdmin.stats.byCategory')}
        rows={s?.byCategory ?? []}
        loading={stats.isPending}
      />
      <StatsTable title={t('queueAdmin.stats.byWindow')} rows={s?.byWindow ?? []} loading={stats.isPending} />
      <StatsTable title={t('queueAdmin.stats.byClerk')} rows={s?.byClerk ?? []} loading={stats.isPending} />
      <StatsTable title={t('queueAdmin.stats.byHour')} rows={s?.byHour ?? []} loading={stats.isPending} />
    </Card>
  )
}

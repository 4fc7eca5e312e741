import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  ExclamationCircleOutlined,
  MailOutlined,
  SendOutlined,
  SyncOutlined,
  WarningOutlined,
} from '@ant-design/icons'
import { Button, Card, Checkbox, Select, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DayPicker } from '../../../components/DayPicker'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { formatDateTime } from '../../../components/format'
import { smsStatuses, type SmsLogEntryDto, type SmsStatus } from '@yimin/shared'
import { useSmsLog } from '../../../api/sms-log'

/** Each status has a word and an icon (never colour alone). */
const statusIcon: Record<SmsStatus, ReactNode> = {
  queued: <ClockCircleOutlined aria-hidden />,
  sending: <SyncOutlined aria-hidden />,
  sent: <SendOutlined aria-hidden />,
  delivered: <CheckCircleOutlined aria-hidden />,
  failed: <CloseCircleOutlined aria-hidden />,
}
const statusColour: Record<SmsStatus, string | undefined> = {
  queued: undefined,
  sending: 'processing',
  sent: 'blue',
  delivered: 'success',
  failed: 'error',
}

export function SmsStatusTag({ status }: { status: SmsStatus }) {
  const { t } = useTranslation()
  return (
    <Tag icon={statusIcon[status]} color={statusColour[status]}>
      {t(`smsLog.status.${status}`)}
    </Tag>
  )
}

/** Admin: the message log — every outgoing SMS, its status, resends marked uncertain; numbers masked. */
export function SmsLogSection() {
  const { t, i18n } = useTranslation()
  const [status, setStatus] = useState<SmsStatus | undefined>()
  const [uncertain, setUncertain] = useState(false)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [cursors, setCursors] = useState<string[]>([])
  const cursor = cursors.at(-1)
  const log = useSmsLog({
    status,
    uncertain,
    from: from || undefined,
    to: to || undefined,
    cursor,
  })
  const resetPaging = () => setCursors([])
  const counts = log.data?.counts

  return (
    <Card
      title={
        <h2 style={{ fontSize: 18, margin: 0 }}>
          <MailOutlined aria-hidden /> {t('smsLog.title')}
        </h2>
      }
    >
      <Typography.Paragraph type="secondary">{t('smsLog.intro')}</Typography.Paragraph>
      <ErrorAlert error={log.error} />
      <Space wrap size="large" style={{ marginBottom: 16 }} aria-label={t('smsLog.countsLabel')} role="group">
        {smsStatuses.map((s) => (
          <Statistic
            key={s}
            title={
              <span>
                {statusIcon[s]} {t(`smsLog.status.${s}`)}
              </span>
            }
            value={counts?.[s] ?? 0}
          />
        ))}
        <Statistic
          title={
            <span>
              <WarningOutlined aria-hidden /> {t('smsLog.uncertain')}
            </span>
          }
          value={counts?.uncertain ?? 0}
        />
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<SmsStatus | 'all'>
          aria-label={t('smsLog.filterStatus')}
          style={{ minWidth: 160 }}
          value={status ?? 'all'}
          onChange={(v) => {
            setStatus(v === 'all' ? undefined : v)
            resetPaging()
          }}
          options={[
            { value: 'all', label: t('smsLog.allStatuses') },
            ...smsStatuses.map((s) => ({ value: s, label: t(`smsLog.status.${s}`) })),
          ]}
        />
        <label>
          {t('smsLog.from')}{' '}
          <DayPicker
            label={t('smsLog.from')}
            value={from}
            max={to || undefined}
            onChange={(day) => {
              setFrom(day)
              resetPaging()
            }}
          />
        </label>
        <label>
          {t('smsLog.to')}{' '}
          <DayPicker
            label={t('smsLog.to')}
            value={to}
            min={from || undefined}
            onChange={(day) => {
              setTo(day)
              resetPaging()
            }}
          />
        </label>
        <Checkbox
          checked={uncertain}
          onChange={(e) => {
            setUncertain(e.target.checked)
            resetPaging()
          }}
        >
          {t('smsLog.onlyUncertain')}
        </Checkbox>
      </Space>
      <Table<SmsLogEntryDto>
        rowKey="id"
        size="small"
        loading={log.isLoading}
        dataSource={log.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('smsLog.empty') }}
        columns={[
          {
            title: t('smsLog.createdAt'),
            key: 'createdAt',
            render: (_, r) => formatDateTime(r.createdAt, i18n.language),
            width: 170,
          },
          {
            title: t('smsLog.phone'),
            dataIndex: 'phoneMasked',
            key: 'phone',
            width: 130,
            render: (v: string) => <bdi dir="ltr">{v}</bdi>,
          },
          {
            title: t('smsLog.template'),
            key: 'template',
            render: (_, r) => <Typography.Text code>{r.template}</Typography.Text>,
          },
          { title: t('smsLog.body'), dataIndex: 'body', key: 'body', ellipsis: { showTitle: true } },
          {
            title: t('smsLog.statusColumn'),
            key: 'status',
            width: 200,
            render: (_, r) => (
              <Space size={4} wrap>
                <SmsStatusTag status={r.status} />
                {r.isUncertain && (
                  <Tooltip title={t('smsLog.uncertainHelp')}>
                    <Tag icon={<ExclamationCircleOutlined aria-hidden />} color="warning">
                      {t('smsLog.uncertain')}
                    </Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          { title: t('smsLog.attempts'), dataIndex: 'attempts', key: 'attempts', width: 80 },
          {
            title: t('smsLog.lastError'),
            key: 'lastError',
            render: (_, r) =>
              r.lastError ? <Typography.Text type="secondary">{r.lastError}</Typography.Text> : null,
          },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {t('smsLog.newer')}
        </Button>
        <Button
          disabled={!log.data?.nextCursor}
          onClick={() => {
            const next = log.data?.nextCursor
            if (next) setCursors((c) => [...c, next])
          }}
        >
          {t('smsLog.older')}
        </Button>
      </Space>
    </Card>
  )
}

import {
  BellOutlined,
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  SwapOutlined,
  UserOutlined,
} from '@ant-design/icons'
import { Alert, Button, Card, Descriptions, Popconfirm, Tag } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import { ticketPagePath, useCancelTicket, useTicket, type TicketResponse } from '../../api/queue'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'
import { Loading } from '../../components/Loading'
import { useLocalized, useLocalName, windowNamed } from '../../components/names'

const statusLook: Record<TicketResponse['status'], { color: string; icon: ReactNode }> = {
  issued: { color: 'processing', icon: <ClockCircleOutlined aria-hidden /> },
  called: { color: 'warning', icon: <BellOutlined aria-hidden /> },
  serving: { color: 'success', icon: <UserOutlined aria-hidden /> },
  done: { color: 'success', icon: <CheckCircleOutlined aria-hidden /> },
  no_show: { color: 'error', icon: <CloseCircleOutlined aria-hidden /> },
  cancelled: { color: 'default', icon: <CloseCircleOutlined aria-hidden /> },
  transferred: { color: 'default', icon: <SwapOutlined aria-hidden /> },
}

/** A ticket's status in words and an icon (never by colour alone). */
export function TicketStatusTag({ status }: { status: TicketResponse['status'] }) {
  const { t } = useTranslation()
  const look = statusLook[status]
  return (
    <Tag color={look.color} icon={look.icon} style={{ fontSize: 16, padding: '2px 10px' }}>
      {t(`queue.status.${status}`)}
    </Tag>
  )
}

/**
 * The ticket's live status (its QR opens this on the holder's phone): place in the queue and the
 * wait, refreshed every 15 seconds; the window once called; giving the ticket up.
 */
export function TicketStatusPage() {
  const { t, i18n } = useTranslation()
  const localName = useLocalName()
  const local = useLocalized()
  const { id = '' } = useParams()
  const [params] = useSearchParams()
  const token = params.get('token')
  const ticket = useTicket(id, token)
  const cancel = useCancelTicket(id)
  const d = ticket.data
  return (
    <Shell title={t('queue.page.title')}>
      <Card style={{ maxWidth: 560 }} aria-live="polite">
        {ticket.isPending && <Loading />}
        <ErrorAlert error={ticket.error} />
        {d && (
          <>
            <p style={{ fontSize: 18, margin: 0 }}>{local(d.categoryName)}</p>
            <h2 style={{ fontSize: 64, fontWeight: 800, margin: '4px 0', lineHeight: 1.1 }} dir="ltr">
              {d.number}
            </h2>
            <TicketStatusTag status={d.status} />
            {d.status === 'called' && d.windowNumber !== null && (
              <Alert
                type="warning"
                showIcon
                role="alert"
                style={{ marginTop: 16, fontSize: 18 }}
                title={t('queue.page.goToWindow', {
                  number: d.windowNumber,
                  name: localName(windowNamed(d)),
                })}
              />
            )}
            {d.transferredTo && (
              <p style={{ marginTop: 12 }}>
                <Link to={ticketPagePath({ id: d.transferredTo, token: d.token })}>
                  {t('queue.page.transferredLink')}
                </Link>
              </p>
            )}
            <Descriptions column={1} size="small" bordered style={{ marginTop: 16 }}>
              {d.status === 'issued' && (
                <>
                  <Descriptions.Item label={t('queue.ticket.ahead')}>{d.ahead ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('queue.ticket.estimate')}>
                    {d.estimatedWaitMinutes === null
                      ? '—'
                      : t('queue.minutes', { count: d.estimatedWaitMinutes })}
                  </Descriptions.Item>
                </>
              )}
              {d.windowNumber !== null && (
                <Descriptions.Item label={t('queue.window')}>
                  {t('queue.windowNumber', { number: d.windowNumber })}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('queue.page.issuedAt')}>
                {formatDateTime(d.issuedAt, i18n.language)}
              </Descriptions.Item>
            </Descriptions>
            <p style={{ color: '#434343', marginTop: 12 }}>{t('queue.page.refreshNote')}</p>
            {d.status === 'issued' && token && (
              <Popconfirm
                title={t('queue.page.cancelConfirm')}
                okText={t('queue.page.cancel')}
                cancelText={t('common.cancel')}
                onConfirm={() => cancel.mutate(token)}
              >
                <Button danger loading={cancel.isPending}>
                  {t('queue.page.cancel')}
                </Button>
              </Popconfirm>
            )}
            <ErrorAlert error={cancel.error} style={{ marginTop: 12 }} />
            {d.status === 'done' && token && (
              <p style={{ marginTop: 12 }}>
                <Link
                  to={`/rate?ticket=${encodeURIComponent(d.id)}&token=${encodeURIComponent(token)}`}
                  data-testid="rate-visit-link"
                >
                  {t('ratings.rateThisVisit')}
                </Link>
              </p>
            )}
          </>
        )}
      </Card>
    </Shell>
  )
}

import { HomeOutlined, PrinterOutlined } from '@ant-design/icons'
import { QRCode } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ticketPagePath, type TicketResponse } from '../../../api/queue'
import { formatDateTime } from '../../../components/format'
import './ticket-print.css'
import { TicketWhere } from './TicketWhere'
import { useLocalized } from '../../../components/names'

/**
 * The ticket, large on the screen and ticket-sized on paper: number, category, place, estimate,
 * and a QR to its live status page (so the holder can leave the hall and watch the queue).
 */
export function TicketCard({
  ticket,
  onDone,
  autoPrint = false,
}: {
  ticket: TicketResponse
  onDone: () => void
  autoPrint?: boolean
}) {
  const { t, i18n } = useTranslation()
  const local = useLocalized()
  const url = `${window.location.origin}${ticketPagePath(ticket)}`
  useEffect(() => {
    if (autoPrint) window.print()
  }, [autoPrint])
  return (
    <section className="ticket-screen" aria-labelledby="ticket-number">
      <div className="ticket-print" data-testid="ticket">
        <p className="ticket-center">{t('app.centerName')}</p>
        <p className="ticket-label">{t('queue.ticket.yourNumber')}</p>
        <h2 id="ticket-number" className="ticket-number" dir="ltr">
          {ticket.number}
        </h2>
        <p className="ticket-category">{local(ticket.categoryName)}</p>
        {ticket.priorityGroup !== 'normal' && (
          <p className="ticket-priority">
            {t('queue.ticket.priority', {
              group: t(`queue.groups.${ticket.priorityGroup}`, { defaultValue: ticket.priorityGroup }),
            })}
          </p>
        )}
        <TicketWhere categoryId={ticket.categoryId} />
        <dl className="ticket-facts">
          <div>
            <dt>{t('queue.ticket.ahead')}</dt>
            <dd>{ticket.ahead ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('queue.ticket.estimate')}</dt>
            <dd>
              {ticket.estimatedWaitMinutes === null
                ? '—'
                : t('queue.minutes', { count: ticket.estimatedWaitMinutes })}
            </dd>
          </div>
        </dl>
        <div className="ticket-qr">
          <QRCode value={url} size={160} type="svg" bordered={false} aria-label={t('queue.ticket.qrLabel')} />
          <span>{t('queue.ticket.scanToFollow')}</span>
        </div>
        <p className="ticket-time">{formatDateTime(ticket.issuedAt, i18n.language)}</p>
        <p className="ticket-note">{t('queue.ticket.listenNote')}</p>
      </div>
      <div className="ticket-actions">
        <button type="button" className="kiosk-tile kiosk-action" onClick={() => window.print()}>
          <span>
            <PrinterOutlined aria-hidden /> {t('queue.ticket.print')}
          </span>
        </button>
        <button type="button" className="kiosk-tile kiosk-action" onClick={onDone}>
          <span>
            <HomeOutlined aria-hidden /> {t('queue.ticket.done')}
          </span>
        </button>
      </div>
    </section>
  )
}

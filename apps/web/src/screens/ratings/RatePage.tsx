import { Card, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { Shell } from '../../app/Shell'
import { CaseRatingPanel } from './CaseRatingPanel'

/**
 * The citizen's rating page (/rate): the receipt's QR and the progress page open it with the case
 * number or a bundle's number (`?number=`); a ticket's QR with `?ticket=<id>&token=<token>`.
 */
export function RatePage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const ticketId = params.get('ticket')
  const token = params.get('token')
  const ticket = ticketId && token ? { id: ticketId, token } : null
  return (
    <Shell title={t('ratings.pageTitle')}>
      <Card style={{ maxWidth: 760 }}>
        <Typography.Paragraph>{ticket ? t('ratings.introTicket') : t('ratings.intro')}</Typography.Paragraph>
        <CaseRatingPanel caseNumber={params.get('number') ?? ''} ticket={ticket} />
      </Card>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        <Link to="/portal/progress">{t('ratings.toProgress')}</Link>
      </Typography.Paragraph>
    </Shell>
  )
}

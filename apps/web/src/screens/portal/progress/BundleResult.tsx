import type { CaseProgress } from '@yimin/shared'
import { Card, Descriptions, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLocalName } from '../../../components/names'
import { formatDay } from '../../../components/format'
import { CaseStatusTag } from '../../cases/case-status'
import { PublicTimeline } from '../PublicTimeline'
import { isBundleRatable, type BundleProgress } from '../../../api/bundles'

/** A bundle: its number, one card per matter (each with its own state, due date and timeline), one rating for all. */
export function BundleResult({
  b,
  canRate = true,
}: {
  b: BundleProgress
  /** the kiosk has its own rating tile: no link out */ canRate?: boolean
}) {
  const { t } = useTranslation()
  const localName = useLocalName()
  return (
    <div style={{ maxWidth: 640 }} aria-live="polite" data-testid="bundle-progress">
      <Card
        title={
          <h2 className="yimin-card-title">
            <bdi>{localName(b)}</bdi>
          </h2>
        }
        style={{ marginBottom: 16 }}
      >
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('online.apply.bundleNumber')}>
            <bdi>{b.bundleNumber}</bdi>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
          {t('progress.bundle.cases', { n: b.cases.length })}
        </Typography.Paragraph>
        {canRate && (
          <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
            {isBundleRatable(b) ? (
              // the bundle is rated once, as a whole, by its own number
              <Link to={`/rate?number=${encodeURIComponent(b.bundleNumber)}`} data-testid="rate-bundle-link">
                {t('progress.bundle.rate')}
              </Link>
            ) : (
              <Typography.Text type="secondary">{t('progress.bundle.ratePending')}</Typography.Text>
            )}
          </Typography.Paragraph>
        )}
      </Card>
      {b.cases.map((c) => (
        <CaseCard key={c.number} p={c} heading={3} canRate={false} />
      ))}
    </div>
  )
}

/** One case's progress: state, dates, timeline; a rating link for a single case (a bundle is rated as a whole). */
export function CaseCard({ p, heading, canRate }: { p: CaseProgress; heading: 2 | 3; canRate: boolean }) {
  const { t, i18n } = useTranslation()
  const localName = useLocalName()
  const day = (d: string | null) => formatDay(d, i18n.language)
  const H = heading === 2 ? 'h2' : 'h3'
  return (
    <Card
      title={
        <H className="yimin-card-title">
          <bdi>{localName({ name: p.matterName })}</bdi>
        </H>
      }
      style={{ maxWidth: 640, marginBottom: 16 }}
      aria-live="polite"
      data-testid="case-progress"
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('case.number')}>
          <bdi>{p.number}</bdi>
        </Descriptions.Item>
        <Descriptions.Item label={t('progress.status')}>
          <CaseStatusTag status={p.status} outcome={p.outcome} />
        </Descriptions.Item>
        <Descriptions.Item label={t('case.applicantName')}>
          <bdi>{p.applicantNameMasked}</bdi>
        </Descriptions.Item>
        <Descriptions.Item label={t('case.receivedOn')}>{day(p.receivedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('case.acceptedOn')}>{day(p.acceptedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('case.dueOn')}>
          {p.dueOn ? `${day(p.dueOn)}${p.isDueProvisional ? ` (${t('case.provisional')})` : ''}` : '—'}
        </Descriptions.Item>
        {p.completedOn && (
          <Descriptions.Item label={t('case.completedOn')}>{day(p.completedOn)}</Descriptions.Item>
        )}
      </Descriptions>
      {canRate && p.completedOn && (
        <p style={{ marginTop: 12 }}>
          <Link to={`/rate?number=${encodeURIComponent(p.number)}`} data-testid="rate-case-link">
            {t('ratings.rateThisCase')}
          </Link>
        </p>
      )}
      <Typography.Title level={heading === 2 ? 3 : 4} style={{ fontSize: 17, marginTop: 20 }}>
        {t('case.timeline')}
      </Typography.Title>
      <PublicTimeline events={p.timeline} />
    </Card>
  )
}

import type { CaseProgress } from '@yimin/shared'
import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useCaseLookup } from '../../../api/cases'
import { ApiError } from '../../../api/client'
import { Shell } from '../../../app/Shell'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useLocalName } from '../../../components/names'
import { formatDay } from '../../../components/format'
import { CaseStatusTag } from '../../cases/case-status'
import { PublicTimeline } from '../PublicTimeline'
import { isBundleNumber, isBundleRatable, useBundleLookup, type BundleProgress } from './bundle-api'

interface Values {
  number: string
  factor: string
}

/**
 * The public progress page (办件查询): the receipt's QR opens it with the number filled in — a
 * case number, or a bundle number (YJS…) that shows every matter of the bundle; the last four of
 * the ID or phone is the second factor. One message for any wrong number or digits.
 */
export function ProgressPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const [asked, setAsked] = useState<Values | null>(null)
  const isBundle = asked !== null && isBundleNumber(asked.number)
  const caseLookup = useCaseLookup(asked && !isBundle ? asked : null)
  const bundleLookup = useBundleLookup(asked && isBundle ? asked : null)
  const lookup = isBundle ? bundleLookup : caseLookup
  const notFound = lookup.error instanceof ApiError && (lookup.error.code === 'CASE_LOOKUP_NOT_FOUND' || lookup.error.code === 'VALIDATION_FAILED')
  return (
    <Shell title={t('progress.title')}>
      <Card style={{ marginBottom: 16, maxWidth: 640 }}>
        <Typography.Paragraph>{t('progress.intro')}</Typography.Paragraph>
        <Form<Values>
          layout="vertical"
          initialValues={{ number: params.get('number') ?? '', factor: '' }}
          onFinish={(v) => {
            const next = { number: v.number.trim().toUpperCase(), factor: v.factor.trim().toUpperCase() }
            setParams({ number: next.number }, { replace: true })
            setAsked(next)
          }}
        >
          <Form.Item name="number" label={t('progress.numberOrBundle')} rules={[{ required: true, pattern: /^\s*(\d{10,24}|[Yy][Jj][Ss]\d{10,24})\s*$/, message: t('progress.numberOrBundleFormat') }]}>
            <Input size="large" autoComplete="off" dir="ltr" />
          </Form.Item>
          <Form.Item name="factor" label={t('progress.factor')} extra={t('progress.factorHelp')} rules={[{ required: true, pattern: /^\s*[0-9Xx]{4}\s*$/, message: t('progress.factorFormat') }]}>
            <Input size="large" maxLength={4} autoComplete="off" style={{ maxWidth: 160 }} dir="ltr" />
          </Form.Item>
          <Button type="primary" size="large" htmlType="submit" loading={lookup.isFetching}>
            {t('progress.search')}
          </Button>
        </Form>
      </Card>
      {notFound ? <Alert type="warning" showIcon role="alert" title={t('errors.CASE_LOOKUP_NOT_FOUND')} style={{ maxWidth: 640 }} /> : <ErrorAlert error={lookup.error} style={{ maxWidth: 640 }} />}
      {!isBundle && caseLookup.data && <CaseCard p={caseLookup.data} heading={2} canRate />}
      {isBundle && bundleLookup.data && <BundleResult b={bundleLookup.data} />}
      <p style={{ marginTop: 16 }}>
        <Link to="/portal">{t('portal.backToPortal')}</Link>
      </p>
    </Shell>
  )
}

/** A bundle: its number, one card per matter (each with its own state, due date and timeline), one rating for all. */
function BundleResult({ b }: { b: BundleProgress }) {
  const { t } = useTranslation()
  const localName = useLocalName()
  return (
    <div style={{ maxWidth: 640 }} aria-live="polite" data-testid="bundle-progress">
      <Card title={<h2 className="yimin-card-title"><bdi>{localName(b)}</bdi></h2>} style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('online.apply.bundleNumber')}>
            <bdi>{b.bundleNumber}</bdi>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>{t('progress.bundle.cases', { n: b.cases.length })}</Typography.Paragraph>
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
      </Card>
      {b.cases.map((c) => (
        <CaseCard key={c.number} p={c} heading={3} canRate={false} />
      ))}
    </div>
  )
}

/** One case's progress: state, dates, timeline; a rating link for a single case (a bundle is rated as a whole). */
function CaseCard({ p, heading, canRate }: { p: CaseProgress; heading: 2 | 3; canRate: boolean }) {
  const { t, i18n } = useTranslation()
  const day = (d: string | null) => formatDay(d, i18n.language)
  const H = heading === 2 ? 'h2' : 'h3'
  return (
    <Card title={<H className="yimin-card-title"><bdi>{p.matterName}</bdi></H>} style={{ maxWidth: 640, marginBottom: 16 }} aria-live="polite" data-testid="case-progress">
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
        <Descriptions.Item label={t('case.dueOn')}>{p.dueOn ? `${day(p.dueOn)}${p.isDueProvisional ? ` (${t('case.provisional')})` : ''}` : '—'}</Descriptions.Item>
        {p.completedOn && <Descriptions.Item label={t('case.completedOn')}>{day(p.completedOn)}</Descriptions.Item>}
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

import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useCaseLookup } from '../../../api/cases'
import { ApiError } from '../../../api/client'
import { Shell } from '../../../app/Shell'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { CaseStatusTag } from '../../cases/case-status'
import { PublicTimeline } from '../PublicTimeline'

interface Values {
  number: string
  factor: string
}

/**
 * The public progress page (办件查询): the receipt's QR opens it with the number filled in; the
 * last four of the ID or phone is the second factor. One message for any wrong number or digits.
 */
export function ProgressPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const [asked, setAsked] = useState<Values | null>(null)
  const lookup = useCaseLookup(asked)
  const p = lookup.data
  const notFound = lookup.error instanceof ApiError && (lookup.error.code === 'CASE_LOOKUP_NOT_FOUND' || lookup.error.code === 'VALIDATION_FAILED')
  return (
    <Shell title={t('progress.title')}>
      <Card style={{ marginBottom: 16, maxWidth: 640 }}>
        <Typography.Paragraph>{t('progress.intro')}</Typography.Paragraph>
        <Form<Values>
          layout="vertical"
          initialValues={{ number: params.get('number') ?? '', factor: '' }}
          onFinish={(v) => {
            const next = { number: v.number.trim(), factor: v.factor.trim().toUpperCase() }
            setParams({ number: next.number }, { replace: true })
            setAsked(next)
          }}
        >
          <Form.Item name="number" label={t('progress.number')} rules={[{ required: true, pattern: /^\s*\d{10,24}\s*$/, message: t('progress.numberFormat') }]}>
            <Input size="large" inputMode="numeric" autoComplete="off" />
          </Form.Item>
          <Form.Item name="factor" label={t('progress.factor')} extra={t('progress.factorHelp')} rules={[{ required: true, pattern: /^\s*[0-9Xx]{4}\s*$/, message: t('progress.factorFormat') }]}>
            <Input size="large" maxLength={4} autoComplete="off" style={{ maxWidth: 160 }} />
          </Form.Item>
          <Button type="primary" size="large" htmlType="submit" loading={lookup.isFetching}>
            {t('progress.search')}
          </Button>
        </Form>
      </Card>
      {notFound ? <Alert type="warning" showIcon role="alert" title={t('errors.CASE_LOOKUP_NOT_FOUND')} style={{ maxWidth: 640 }} /> : <ErrorAlert error={lookup.error} style={{ maxWidth: 640 }} />}
      {p && (
        <Card title={<h2 className="yimin-card-title">{p.matterName}</h2>} style={{ maxWidth: 640 }} aria-live="polite">
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
            <Descriptions.Item label={t('case.receivedOn')}>{p.receivedOn}</Descriptions.Item>
            <Descriptions.Item label={t('case.acceptedOn')}>{p.acceptedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('case.dueOn')}>{p.dueOn ? `${p.dueOn}${p.isDueProvisional ? ` (${t('case.provisional')})` : ''}` : '—'}</Descriptions.Item>
            {p.completedOn && <Descriptions.Item label={t('case.completedOn')}>{p.completedOn}</Descriptions.Item>}
          </Descriptions>
          {p.completedOn && (
            <p style={{ marginTop: 12 }}>
              <Link to={`/rate?number=${encodeURIComponent(p.number)}`} data-testid="rate-case-link">
                {t('ratings.rateThisCase')}
              </Link>
            </p>
          )}
          <Typography.Title level={3} style={{ fontSize: 17, marginTop: 20 }}>
            {t('case.timeline')}
          </Typography.Title>
          <PublicTimeline events={p.timeline} />
        </Card>
      )}
      <p style={{ marginTop: 16 }}>
        <Link to="/portal">{t('portal.backToPortal')}</Link>
      </p>
    </Shell>
  )
}

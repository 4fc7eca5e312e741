import { Alert, Button, Card, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useCaseLookup } from '../../../api/cases'
import { ApiError } from '../../../api/client'
import { Shell } from '../../../app/Shell'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { isBundleNumber, useBundleLookup } from '../../../api/bundles'
import { BundleResult, CaseCard } from './BundleResult'

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
  const notFound =
    lookup.error instanceof ApiError &&
    (lookup.error.code === 'CASE_LOOKUP_NOT_FOUND' || lookup.error.code === 'VALIDATION_FAILED')
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
          <Form.Item
            name="number"
            label={t('progress.numberOrBundle')}
            rules={[
              {
                required: true,
                pattern: /^\s*(\d{10,24}|[Yy][Jj][Ss]\d{10,24})\s*$/,
                message: t('progress.numberOrBundleFormat'),
              },
            ]}
          >
            <Input size="large" autoComplete="off" dir="ltr" />
          </Form.Item>
          <Form.Item
            name="factor"
            label={t('progress.factor')}
            extra={t('progress.factorHelp')}
            rules={[{ required: true, pattern: /^\s*[0-9Xx]{4}\s*$/, message: t('progress.factorFormat') }]}
          >
            <Input size="large" maxLength={4} autoComplete="off" style={{ maxWidth: 160 }} dir="ltr" />
          </Form.Item>
          <Button type="primary" size="large" htmlType="submit" loading={lookup.isFetching}>
            {t('progress.search')}
          </Button>
        </Form>
      </Card>
      {notFound ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('errors.CASE_LOOKUP_NOT_FOUND')}
          style={{ maxWidth: 640 }}
        />
      ) : (
        <ErrorAlert error={lookup.error} style={{ maxWidth: 640 }} />
      )}
      {!isBundle && caseLookup.data && <CaseCard p={caseLookup.data} heading={2} canRate />}
      {isBundle && bundleLookup.data && <BundleResult b={bundleLookup.data} />}
      <p style={{ marginTop: 16 }}>
        <Link to="/portal">{t('portal.backToPortal')}</Link>
      </p>
    </Shell>
  )
}

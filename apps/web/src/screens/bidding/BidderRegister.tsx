import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { registerBidder, requestBidderCode, type Bidder } from '../../api/bidding'
import { BidderPersonFields } from './BidderPersonFields'
import { ErrorAlert } from '../../components/ErrorAlert'

/**
 * Bidder registration: the organisation, its credit code, the contact phone confirmed by SMS, the
 * first staff account with the person's resident ID number (checked here and on the server).
 */
export function BidderRegister() {
  const { t } = useTranslation()
  const [form] = Form.useForm<Record<string, string>>()
  const [error, setError] = useState<unknown>(null)
  const [sent, setSent] = useState(false)
  const [done, setDone] = useState<Bidder | null>(null)
  const send = async () => {
    setError(null)
    try {
      await requestBidderCode(form.getFieldValue('phone') as string)
      setSent(true)
    } catch (err) {
      setError(err)
    }
  }
  const submit = async (values: Record<string, string>) => {
    setError(null)
    try {
      setDone(await registerBidder(values))
    } catch (err) {
      setError(err)
    }
  }
  return (
    <main style={{ maxWidth: 560, margin: '24px auto', padding: 16 }}>
      <Card title={t('bidding.register.title')}>
        {done ? (
          <Alert
            role="status"
            showIcon
            message={t('bidding.register.done', { name: done.name })}
            description={<Link to="/signin?next=/trading/bidder">{t('bidding.register.signIn')}</Link>}
          />
        ) : (
          <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
            <ErrorAlert error={error} />
            <Form.Item name="name" label={t('bidding.register.name')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item
              name="creditCode"
              label={t('bidding.register.creditCode')}
              rules={[{ required: true, len: 18 }]}
            >
              <Input dir="ltr" />
            </Form.Item>
            <Form.Item label={t('bidding.register.phone')} required>
              <Space.Compact style={{ width: '100%' }}>
                <Form.Item name="phone" noStyle rules={[{ required: true }]}>
                  <Input dir="ltr" aria-label={t('bidding.register.phone')} />
                </Form.Item>
                <Button onClick={() => void send()}>{t('bidding.register.sendCode')}</Button>
              </Space.Compact>
            </Form.Item>
            {sent && (
              <Typography.Paragraph type="secondary">{t('bidding.register.codeSent')}</Typography.Paragraph>
            )}
            <Form.Item name="code" label={t('bidding.register.code')} rules={[{ required: true }]}>
              <Input dir="ltr" autoComplete="one-time-code" />
            </Form.Item>
            <Form.Item name="username" label={t('bidding.register.username')} rules={[{ required: true }]}>
              <Input dir="ltr" autoComplete="username" />
            </Form.Item>
            <BidderPersonFields />
            <Button type="primary" htmlType="submit">
              {t('bidding.register.submit')}
            </Button>
          </Form>
        )}
      </Card>
    </main>
  )
}

import { MobileOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { Shell } from '../../../app/Shell'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useCitizen, useCitizenSignIn, useCitizenSignOut, useRequestCode } from '../../../api/citizen'

interface Values {
  phone: string
  code: string
  idNumber?: string
}

const PHONE = /^1[3-9]\d{9}$/

/** 手机号 + 短信验证码 sign-in for citizens; phone-friendly (360 px). */
export function CitizenSignIn() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const next = params.get('next')
  const target = next?.startsWith('/portal/') ? next : '/portal/my-cases'
  const [form] = Form.useForm<Values>()
  const me = useCitizen()
  const requestCode = useRequestCode()
  const signIn = useCitizenSignIn()
  const signOut = useCitizenSignOut()
  const [waitUntil, setWaitUntil] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (waitUntil <= now) return
    const timer = setTimeout(() => setNow(Date.now()), 1000)
    return () => clearTimeout(timer)
  }, [waitUntil, now])
  const wait = Math.max(0, Math.ceil((waitUntil - now) / 1000))

  const send = async () => {
    const phone = (form.getFieldValue('phone') as string | undefined)?.trim() ?? ''
    if (!PHONE.test(phone)) {
      await form.validateFields(['phone'])
      return
    }
    const r = await requestCode.mutateAsync(phone).catch(() => null)
    if (r) {
      setWaitUntil(Date.now() + r.resendAfterSeconds * 1000)
      setNow(Date.now())
    }
  }

  return (
    <Shell title={t('online.signIn.title')}>
      <Card style={{ maxWidth: 480 }}>
        {me.data ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert
              type="success"
              showIcon
              title={t('online.signIn.signedInAs', { phone: me.data.phoneMasked })}
            />
            <Space wrap>
              <Button type="primary" onClick={() => void navigate(target)}>
                {t('online.myCases.title')}
              </Button>
              <Button onClick={() => signOut.mutate()} loading={signOut.isPending}>
                {t('online.signIn.signOut')}
              </Button>
            </Space>
          </Space>
        ) : (
          <Form<Values>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(v) =>
              signIn.mutate(
                {
                  phone: v.phone.trim(),
                  code: v.code.trim(),
                  ...(v.idNumber?.trim() ? { idNumber: v.idNumber.trim().toUpperCase() } : {}),
                },
                { onSuccess: () => void navigate(target, { replace: true }) },
              )
            }
          >
            <Typography.Paragraph>{t('online.signIn.intro')}</Typography.Paragraph>
            <Form.Item
              name="phone"
              label={t('online.signIn.phone')}
              rules={[{ required: true, pattern: PHONE, message: t('online.signIn.phoneFormat') }]}
            >
              <Input
                size="large"
                inputMode="tel"
                autoComplete="tel"
                maxLength={11}
                prefix={<MobileOutlined aria-hidden />}
              />
            </Form.Item>
            <Form.Item label={t('online.signIn.code')} required>
              <Space.Compact style={{ width: '100%' }}>
                <Form.Item
                  name="code"
                  noStyle
                  rules={[
                    { required: true, pattern: /^\s*\d{6}\s*$/, message: t('online.signIn.codeFormat') },
                  ]}
                >
                  <Input
                    size="large"
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={6}
                    aria-label={t('online.signIn.code')}
                  />
                </Form.Item>
                <Button
                  size="large"
                  onClick={() => void send()}
                  disabled={wait > 0}
                  loading={requestCode.isPending}
                >
                  {wait > 0 ? t('online.signIn.resendIn', { seconds: wait }) : t('online.signIn.sendCode')}
                </Button>
              </Space.Compact>
            </Form.Item>
            {requestCode.data && (
              <Alert
                type="info"
                showIcon
                role="status"
                style={{ marginBottom: 16 }}
                title={t('online.signIn.codeSent', { phone: requestCode.data.phoneMasked })}
              />
            )}
            <Form.Item
              name="idNumber"
              label={t('online.signIn.idNumber')}
              extra={t('online.signIn.idNumberHelp')}
              rules={[{ pattern: /^\s*\d{17}[\dXx]\s*$/, message: t('online.signIn.idFormat') }]}
            >
              <Input size="large" autoComplete="off" maxLength={18} />
            </Form.Item>
            <ErrorAlert error={requestCode.error ?? signIn.error} style={{ marginBottom: 16 }} />
            <Button type="primary" size="large" htmlType="submit" loading={signIn.isPending} block>
              {t('online.signIn.submit')}
            </Button>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              {t('online.signIn.demoHint')} <Link to="/virtual-phone">{t('online.signIn.virtualPhone')}</Link>
            </Typography.Paragraph>
          </Form>
        )}
      </Card>
      <p style={{ marginTop: 16 }}>
        <Link to="/portal">{t('portal.backToPortal')}</Link>
      </p>
    </Shell>
  )
}

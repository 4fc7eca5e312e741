import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons'
import type { MeResponse } from '@yimin/shared'
import { Button, Card, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { useMe, useSignIn, useSignInCode } from '../../api/auth'
import { ApiError } from '../../api/client'
import { homeForRoles } from '../../app/homes'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'

interface Fields {
  username: string
  password: string
}

/** Only same-site paths may be followed after sign-in. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null
}

/** Where a staff member goes after sign-in: enrolment first when their account requires it. */
function homeOf(me: MeResponse, next: string | null): string {
  if (me.kind !== 'staff') return next ?? '/'
  if (me.totpEnrolmentRequired) return '/security'
  return next ?? homeForRoles(me.grants.map((g) => g.role))
}

export function SignIn() {
  const { t } = useTranslation()
  const me = useMe()
  const signIn = useSignIn()
  const signInCode = useSignInCode()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  /** set when the password was right and the account signs in with a TOTP code too */
  const [pendingToken, setPendingToken] = useState<string | null>(null)

  if (me.data?.kind === 'staff' && !signIn.isPending && !signInCode.isPending) {
    return <Navigate to={homeOf(me.data, next)} replace />
  }

  const onFinish = (fields: Fields) =>
    signIn.mutate(fields, {
      onSuccess: (result) => {
        if (result.kind === 'totp-required') setPendingToken(result.pendingToken)
        else void navigate(homeOf(result, next), { replace: true })
      },
    })
  const onCode = ({ code }: { code: string }) =>
    pendingToken &&
    signInCode.mutate(
      { pendingToken, code },
      {
        onSuccess: (result) => void navigate(homeOf(result, next), { replace: true }),
        // the pending sign-in ran out: start again from the password
        onError: (e) => {
          if (e instanceof ApiError && e.code === 'AUTH_TOTP_PENDING_INVALID') setPendingToken(null)
        },
      },
    )

  if (pendingToken)
    return (
      <Shell title={t('signin.title')}>
        <Card style={{ maxWidth: 420, margin: '0 auto' }}>
          <ErrorAlert error={signInCode.error} style={{ marginBottom: 16 }} />
          <Typography.Paragraph>{t('signin.codeIntro')}</Typography.Paragraph>
          <Form<{ code: string }>
            layout="vertical"
            onFinish={onCode}
            requiredMark="optional"
            disabled={signInCode.isPending}
          >
            <Form.Item
              label={t('signin.code')}
              name="code"
              extra={t('signin.codeHelp')}
              rules={[{ required: true, message: t('signin.codeRequired') }]}
            >
              <Input
                prefix={<SafetyOutlined aria-hidden />}
                autoComplete="one-time-code"
                autoFocus
                size="large"
                dir="ltr"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={signInCode.isPending}>
              {t('signin.verify')}
            </Button>
            <Button type="link" block onClick={() => setPendingToken(null)} style={{ marginTop: 8 }}>
              {t('signin.back')}
            </Button>
          </Form>
        </Card>
      </Shell>
    )

  return (
    <Shell title={t('signin.title')}>
      <Card style={{ maxWidth: 420, margin: '0 auto' }}>
        <ErrorAlert error={signIn.error} style={{ marginBottom: 16 }} />
        <Form<Fields>
          layout="vertical"
          onFinish={onFinish}
          requiredMark="optional"
          disabled={signIn.isPending}
        >
          <Form.Item
            label={t('signin.username')}
            name="username"
            rules={[{ required: true, message: t('signin.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            label={t('signin.password')}
            name="password"
            rules={[{ required: true, message: t('signin.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined aria-hidden />}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={signIn.isPending}>
            {t('signin.submit')}
          </Button>
        </Form>
      </Card>
    </Shell>
  )
}

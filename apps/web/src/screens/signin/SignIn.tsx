import { LockOutlined, UserOutlined } from '@ant-design/icons'
import type { Role } from '@yimin/shared'
import { Button, Card, Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { useMe, useSignIn } from '../../api/auth'
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

export function SignIn() {
  const { t } = useTranslation()
  const me = useMe()
  const signIn = useSignIn()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))

  if (me.data?.kind === 'staff' && !signIn.isPending) {
    return <Navigate to={next ?? homeForRoles(me.data.grants.map((g) => g.role))} replace />
  }

  const onFinish = (fields: Fields) =>
    signIn.mutate(fields, {
      onSuccess: (result) => {
        const roles: Role[] = result.kind === 'staff' ? result.grants.map((g) => g.role) : []
        void navigate(next ?? homeForRoles(roles), { replace: true })
      },
    })

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

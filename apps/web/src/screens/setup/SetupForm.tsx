import { Alert, Button, Card, Form, Input, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useCompleteSetup, useSetupStatus } from '../../api/auth'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { Loading } from '../../components/Loading'

interface Fields {
  setupCode: string
  username: string
  displayName: string
  password: string
}

/** Production first start: create the first administrator with the code printed in the server log. */
export function SetupForm() {
  const { t } = useTranslation()
  const status = useSetupStatus()
  const complete = useCompleteSetup()
  const navigate = useNavigate()

  let body: React.ReactNode
  if (status.isPending) body = <Loading />
  else if (status.isError) body = <ErrorAlert error={status.error} />
  else if (complete.isSuccess || !status.data.isSetupNeeded)
    body = (
      <Result
        status="success"
        title={t(complete.isSuccess ? 'setup.done' : 'setup.notNeeded')}
        extra={
          <Button type="primary" onClick={() => void navigate('/signin')}>
            {t('setup.goToSignIn')}
          </Button>
        }
      />
    )
  else
    body = (
      <>
        <Alert type="info" showIcon title={t('setup.intro')} style={{ marginBottom: 16 }} />
        <ErrorAlert error={complete.error} style={{ marginBottom: 16 }} />
        <Form<Fields> layout="vertical" onFinish={(v) => complete.mutate(v)} disabled={complete.isPending}>
          <Form.Item
            label={t('setup.setupCode')}
            name="setupCode"
            rules={[{ required: true, min: 4, message: t('common.required') }]}
          >
            <Input autoComplete="one-time-code" />
          </Form.Item>
          <Form.Item
            label={t('setup.username')}
            name="username"
            extra={t('admin.users.usernameHint')}
            rules={[
              { required: true, pattern: /^[a-zA-Z0-9._-]{2,64}$/, message: t('admin.users.usernameHint') },
            ]}
          >
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item
            label={t('setup.displayName')}
            name="displayName"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item
            label={t('setup.password')}
            name="password"
            extra={t('admin.users.passwordHint')}
            rules={[{ required: true, min: 10, message: t('admin.users.passwordHint') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={complete.isPending}>
            {t('setup.submit')}
          </Button>
        </Form>
      </>
    )

  return (
    <Shell title={t('setup.title')}>
      <Card style={{ maxWidth: 480, margin: '0 auto' }}>{body}</Card>
    </Shell>
  )
}

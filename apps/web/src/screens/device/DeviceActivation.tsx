import { KeyOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Descriptions, Form, Input, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useActivateDevice, useDeactivateDevice, useMe } from '../../api/auth'
import { deviceHome } from '../../app/homes'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { Loading } from '../../components/Loading'

/** Turns this browser into a kiosk, display or rating pad with the device's credential. */
export function DeviceActivation() {
  const { t } = useTranslation()
  const me = useMe()
  const activate = useActivateDevice()
  const deactivate = useDeactivateDevice()
  const navigate = useNavigate()

  let body: React.ReactNode
  if (me.isPending) body = <Loading />
  else if (me.data?.kind === 'device') {
    const device = me.data
    body = (
      <>
        <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('device.name')}>
            <bdi>{device.name}</bdi>
          </Descriptions.Item>
          <Descriptions.Item label={t('device.kind')}>
            {t(`deviceKinds.${device.deviceKind}`)}
          </Descriptions.Item>
        </Descriptions>
        <Space wrap>
          <Button type="primary" size="large" onClick={() => void navigate(deviceHome[device.deviceKind])}>
            {t('device.openScreen')}
          </Button>
          <Button size="large" danger loading={deactivate.isPending} onClick={() => deactivate.mutate()}>
            {t('device.deactivate')}
          </Button>
        </Space>
      </>
    )
  } else
    body = (
      <>
        <Alert type="info" showIcon title={t('device.intro')} style={{ marginBottom: 16 }} />
        <ErrorAlert error={activate.error} style={{ marginBottom: 16 }} />
        <Form<{ credential: string }>
          layout="vertical"
          disabled={activate.isPending}
          onFinish={(v) =>
            activate.mutate(v.credential.trim(), {
              onSuccess: (result) => {
                if (result.kind === 'device') void navigate(deviceHome[result.deviceKind], { replace: true })
              },
            })
          }
        >
          <Form.Item
            label={t('device.credential')}
            name="credential"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.Password prefix={<KeyOutlined aria-hidden />} autoComplete="off" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={activate.isPending}>
            {t('device.activate')}
          </Button>
        </Form>
      </>
    )

  return (
    <Shell title={t('device.title')}>
      <Card style={{ maxWidth: 480, margin: '0 auto' }}>{body}</Card>
    </Shell>
  )
}

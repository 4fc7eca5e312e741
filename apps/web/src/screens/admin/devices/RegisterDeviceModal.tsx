import { deviceKinds, type DeviceKind } from '@yimin/shared'
import { Alert, Button, Form, Input, Modal, Select, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useRegisterDevice } from '../../../api/admin'
import { ErrorAlert } from '../../../components/ErrorAlert'

interface Fields {
  kind: DeviceKind
  name: string
}

/** Registers a device and shows its credential once: the server keeps only a hash. */
export function RegisterDeviceModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Fields>()
  const register = useRegisterDevice()
  const close = () => {
    form.resetFields()
    register.reset()
    onClose()
  }
  const result = register.data

  return (
    <Modal
      open={open}
      title={t('admin.devices.register')}
      onCancel={close}
      destroyOnHidden
      footer={
        result
          ? [
              <Button key="done" type="primary" onClick={close}>
                {t('common.done')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                {t('common.cancel')}
              </Button>,
              <Button key="ok" type="primary" loading={register.isPending} onClick={() => form.submit()}>
                {t('admin.devices.register')}
              </Button>,
            ]
      }
    >
      {result ? (
        <>
          <Alert
            type="warning"
            showIcon
            title={t('admin.devices.credentialOnce')}
            style={{ marginBottom: 16 }}
          />
          <Typography.Paragraph>
            {t('admin.devices.credentialFor', { name: result.device.name })}
          </Typography.Paragraph>
          <Typography.Paragraph
            copyable={{ text: result.credential, tooltips: [t('common.copy'), t('common.copied')] }}
            code
            style={{ fontSize: 16, wordBreak: 'break-all' }}
          >
            {result.credential}
          </Typography.Paragraph>
        </>
      ) : (
        <>
          <ErrorAlert error={register.error} style={{ marginBottom: 16 }} />
          <Form<Fields>
            form={form}
            layout="vertical"
            onFinish={(v) => register.mutate(v)}
            initialValues={{ kind: 'kiosk' }}
          >
            <Form.Item label={t('admin.devices.kind')} name="kind" rules={[{ required: true }]}>
              <Select options={deviceKinds.map((k) => ({ value: k, label: t(`deviceKinds.${k}`) }))} />
            </Form.Item>
            <Form.Item
              label={t('admin.devices.name')}
              name="name"
              rules={[{ required: true, max: 64, message: t('common.required') }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  )
}

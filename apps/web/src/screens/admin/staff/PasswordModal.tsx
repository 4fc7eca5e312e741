import type { UserResponse } from '@yimin/shared'
import { App, Form, Input, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import { useResetPassword } from '../../../api/admin'
import { ErrorAlert } from '../../../components/ErrorAlert'

/** Sets a new password; the server ends the account's sessions. */
export function PasswordModal({ user, onClose }: { user: UserResponse | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const reset = useResetPassword()
  const [form] = Form.useForm<{ password: string; repeat: string }>()
  const close = () => {
    reset.reset()
    onClose()
  }
  return (
    <Modal
      open={user !== null}
      title={user ? t('admin.users.resetPasswordFor', { name: user.displayName }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <ErrorAlert error={reset.error} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          user &&
          reset.mutate(
            { id: user.id, password: v.password },
            {
              onSuccess: () => {
                void message.success(t('admin.users.passwordReset', { name: user.displayName }))
                close()
              },
            },
          )
        }
      >
        <Form.Item
          label={t('admin.users.newPassword')}
          name="password"
          extra={t('admin.users.passwordHint')}
          rules={[{ required: true, min: 10, message: t('admin.users.passwordHint') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('admin.users.repeatPassword')}
          name="repeat"
          dependencies={['password']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: async (_, v) =>
                v === getFieldValue('password')
                  ? undefined
                  : Promise.reject(new Error(t('admin.users.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  )
}

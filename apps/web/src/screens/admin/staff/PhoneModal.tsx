import type { UserResponse } from '@yimin/shared'
import { App, Form, Input, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSetUserPhone } from '../../../api/admin'
import { ErrorAlert } from '../../../components/ErrorAlert'

/** A mainland mobile number, as the server checks it. */
export const MOBILE = /^1[3-9]\d{9}$/

/** Sets or clears a staff member's mobile number: the supervision sweep texts it about new alerts. */
export function PhoneModal({ user, onClose }: { user: UserResponse | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const setPhone = useSetUserPhone()
  const [form] = Form.useForm<{ phone?: string }>()
  const close = () => {
    setPhone.reset()
    onClose()
  }
  return (
    <Modal
      open={user !== null}
      title={user ? t('admin.users.editPhoneFor', { name: user.displayName }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={setPhone.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <ErrorAlert error={setPhone.error} style={{ marginBottom: 16 }} />
      {user && (
        <p>{t('admin.users.currentPhone', { phone: user.phoneMasked ?? t('admin.users.noPhone') })}</p>
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          user &&
          setPhone.mutate(
            { id: user.id, phone: v.phone ? v.phone : null },
            {
              onSuccess: () => {
                void message.success(t('admin.users.phoneSaved', { name: user.displayName }))
                close()
              },
            },
          )
        }
      >
        <Form.Item
          label={t('admin.users.phone')}
          name="phone"
          extra={t('admin.users.phoneClearHint')}
          rules={[{ pattern: MOBILE, message: t('admin.users.phoneInvalid') }]}
        >
          <Input inputMode="tel" autoComplete="off" maxLength={11} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

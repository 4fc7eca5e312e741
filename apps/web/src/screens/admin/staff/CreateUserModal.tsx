import { roles, type Role } from '@yimin/shared'
import { App, Checkbox, Form, Input, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import { useCreateUser, type NewUser } from '../../../api/admin'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { MOBILE } from './PhoneModal'

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<NewUser>()
  const create = useCreateUser()

  const close = () => {
    form.resetFields()
    create.reset()
    onClose()
  }
  const submit = (values: NewUser) =>
    create.mutate(values, {
      onSuccess: (u) => {
        void message.success(t('admin.users.created', { name: u.displayName }))
        close()
      },
    })

  return (
    <Modal
      open={open}
      title={t('admin.users.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <ErrorAlert error={create.error} style={{ marginBottom: 16 }} />
      <Form<NewUser> form={form} layout="vertical" onFinish={submit} initialValues={{ roles: [] as Role[] }}>
        <Form.Item
          label={t('admin.users.username')}
          name="username"
          extra={t('admin.users.usernameHint')}
          rules={[
            { required: true, pattern: /^[a-zA-Z0-9._-]{2,64}$/, message: t('admin.users.usernameHint') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('admin.users.displayName')}
          name="displayName"
          rules={[{ required: true, max: 64, message: t('common.required') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('admin.users.password')}
          name="password"
          extra={t('admin.users.passwordHint')}
          rules={[{ required: true, min: 10, message: t('admin.users.passwordHint') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('admin.users.phone')}
          name="phone"
          extra={t('admin.users.phoneHint')}
          rules={[{ pattern: MOBILE, message: t('admin.users.phoneInvalid') }]}
        >
          <Input inputMode="tel" autoComplete="off" maxLength={11} />
        </Form.Item>
        <Form.Item
          label={t('admin.users.staffNumber')}
          name="staffNumber"
          extra={t('admin.users.staffNumberHint')}
          rules={[{ pattern: /^[A-Za-z0-9-]{1,16}$/, message: t('admin.users.staffNumberHint') }]}
        >
          <Input autoComplete="off" maxLength={16} />
        </Form.Item>
        <Form.Item
          label={t('admin.users.roles')}
          name="roles"
          rules={[{ required: true, type: 'array', min: 1, message: t('admin.users.rolesRequired') }]}
        >
          <Checkbox.Group options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

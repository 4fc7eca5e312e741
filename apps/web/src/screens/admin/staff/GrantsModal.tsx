import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { roles, type RoleGrant, type UserResponse } from '@yimin/shared'
import { App, Button, Form, Modal, Select, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSetGrants } from '../../../api/admin'
import { useDepartments } from '../../../api/org'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useLocalName } from '../../../components/names'

const ALL = '__all__'
interface Row {
  role: RoleGrant['role']
  departmentId: string
}

/** Roles with their department scope: a role for one department, or (所有部门) for all. */
export function GrantsModal({ user, onClose }: { user: UserResponse | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const name = useLocalName()
  const departments = useDepartments()
  const save = useSetGrants()
  const [form] = Form.useForm<{ grants: Row[] }>()
  const close = () => {
    save.reset()
    onClose()
  }
  const submit = ({ grants }: { grants: Row[] }) => {
    if (!user) return
    save.mutate(
      {
        id: user.id,
        grants: grants.map((g) => ({
          role: g.role,
          departmentId: g.departmentId === ALL ? null : g.departmentId,
        })),
      },
      {
        onSuccess: () => {
          void message.success(t('admin.users.grantsSaved', { name: user.displayName }))
          close()
        },
      },
    )
  }
  const departmentOptions = [
    { value: ALL, label: t('admin.users.allDepartments') },
    ...(departments.data ?? []).map((d) => ({ value: d.id, label: name(d) })),
  ]

  return (
    <Modal
      open={user !== null}
      title={user ? t('admin.users.grantsFor', { name: user.displayName }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={save.error} style={{ marginBottom: 16 }} />
      <Form<{ grants: Row[] }>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          grants: (user?.grants ?? []).map((g) => ({ role: g.role, departmentId: g.departmentId ?? ALL })),
        }}
      >
        <Form.List
          name="grants"
          rules={[
            {
              validator: async (_, v: Row[] | undefined) =>
                v && v.length > 0 ? undefined : Promise.reject(new Error(t('admin.users.rolesRequired'))),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 8 }}>
                  <Form.Item
                    name={[field.name, 'role']}
                    label={t('admin.users.role', { n: index + 1 })}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <Select
                      style={{ width: 180 }}
                      options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'departmentId']}
                    label={t('admin.users.scope', { n: index + 1 })}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <Select
                      style={{ width: 260 }}
                      showSearch={{ optionFilterProp: 'label' }}
                      options={departmentOptions}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('admin.users.removeGrant', { n: index + 1 })}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30 }}
                  />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ role: 'clerk', departmentId: ALL })}
              >
                {t('admin.users.addGrant')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  )
}

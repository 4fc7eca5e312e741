import { adminLevels, type Department } from '@yimin/shared'
import { App, Form, Input, InputNumber, Modal, Select, Switch } from 'antd'
import { useTranslation } from 'react-i18next'
import { useDepartments, useDivisions, useSaveDepartment, type DepartmentInput } from '../../../api/org'
import { IssueList } from '../../../components/IssueList'
import { useLocalName } from '../../../components/names'
import { LocalizedTextFields } from '../../../components/LocalizedTextFields'
import { useFormIssues } from '../../../components/useFormIssues'

export function DepartmentModal({
  department,
  onClose,
}: {
  department: Department | 'new' | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const name = useLocalName()
  const divisions = useDivisions()
  const departments = useDepartments()
  const save = useSaveDepartment()
  const [form] = Form.useForm<DepartmentInput>()
  const issues = useFormIssues(form, save.error)
  const existing = department && department !== 'new' ? department : null
  const close = () => {
    save.reset()
    onClose()
  }
  const initial: Partial<DepartmentInput> = existing
    ? { ...existing }
    : {
        level: 'city',
        isActive: true,
        sortOrder: 0,
        parentId: null,
        divisionCode: divisions.data?.find((d) => d.level === 'city')?.code,
      }
  const submit = (v: DepartmentInput) =>
    save.mutate(
      {
        id: existing?.id ?? null,
        input: {
          ...v,
          phone: v.phone || null,
          parentId: v.parentId ?? null,
        },
      },
      {
        onSuccess: (d) => {
          void message.success(t('admin.org.departmentSaved', { name: name(d) }))
          close()
        },
      },
    )
  return (
    <Modal
      open={department !== null}
      title={existing ? t('admin.org.editDepartment') : t('admin.org.addDepartment')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={640}
    >
      <IssueList error={save.error} issues={issues} />
      <Form<DepartmentInput> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item
          label={t('fields.code')}
          name="code"
          extra={t('admin.org.departmentCodeHint')}
          rules={[
            {
              required: true,
              pattern: /^[A-Z0-9][A-Z0-9-]{1,31}$/,
              message: t('admin.org.departmentCodeHint'),
            },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <LocalizedTextFields name="name" />
        <Form.Item label={t('fields.level')} name="level" rules={[{ required: true }]}>
          <Select options={adminLevels.map((l) => ({ value: l, label: t(`levels.${l}`) }))} />
        </Form.Item>
        <Form.Item
          label={t('admin.org.division')}
          name="divisionCode"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(divisions.data ?? []).map((d) => ({ value: d.code, label: `${name(d)} ${d.code}` }))}
          />
        </Form.Item>
        <Form.Item label={t('admin.org.parent')} name="parentId">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={(departments.data ?? [])
              .filter((d) => d.id !== existing?.id)
              .map((d) => ({ value: d.id, label: name(d) }))}
          />
        </Form.Item>
        <Form.Item label={t('admin.org.phone')} name="phone">
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item label={t('fields.sortOrder')} name="sortOrder">
          <InputNumber min={0} max={10000} />
        </Form.Item>
        <Form.Item label={t('fields.active')} name="isActive" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  )
}

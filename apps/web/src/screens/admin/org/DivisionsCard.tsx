import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { adminLevels, type Division } from '@yimin/shared'
import { App, Button, Card, Form, Input, Modal, Select, Tree } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDivisions, useSaveDivision, type DivisionInput } from '../../../api/org'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useLocalName } from '../../../components/names'
import { LocalizedTextFields } from '../../../components/LocalizedTextFields'
import { IssueList } from '../../../components/IssueList'
import { useFormIssues } from '../../../components/useFormIssues'

interface TreeNode {
  key: string
  title: React.ReactNode
  children: TreeNode[]
}

/** Administrative divisions (GB/T 2260) as a tree: region → city → districts. */
export function DivisionsCard({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const divisions = useDivisions()
  const [editing, setEditing] = useState<Division | 'new' | null>(null)
  const all = divisions.data ?? []
  const build = (parent: string | null): TreeNode[] =>
    all
      .filter(
        (d) =>
          d.parentCode === parent ||
          (parent === null && d.parentCode !== null && !all.some((p) => p.code === d.parentCode)),
      )
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((d) => ({
        key: d.code,
        title: (
          <span>
            <bdi>{name(d)}</bdi> <code>{d.code}</code> · {t(`levels.${d.level}`)}{' '}
            {canManage && (
              <Button
                type="link"
                size="small"
                icon={<EditOutlined aria-hidden />}
                onClick={() => setEditing(d)}
                aria-label={t('admin.org.editNamed', { name: name(d) })}
              />
            )}
          </span>
        ),
        children: build(d.code),
      }))
  const tree = build(null)
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('admin.org.divisions')}</h2>}
      extra={
        canManage && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('admin.org.addDivision')}
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
      loading={divisions.isPending}
    >
      <ErrorAlert error={divisions.error} />
      {tree.length > 0 && (
        <Tree
          treeData={tree}
          defaultExpandAll
          selectable={false}
          blockNode
          aria-label={t('admin.org.divisions')}
          key={all.length}
        />
      )}
      <DivisionModal division={editing} onClose={() => setEditing(null)} divisions={all} />
    </Card>
  )
}

function DivisionModal({
  division,
  divisions,
  onClose,
}: {
  division: Division | 'new' | null
  divisions: Division[]
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const name = useLocalName()
  const save = useSaveDivision()
  const [form] = Form.useForm<DivisionInput>()
  const issues = useFormIssues(form, save.error)
  const isNew = division === 'new'
  const close = () => {
    save.reset()
    onClose()
  }
  const initial: Partial<DivisionInput> =
    division && division !== 'new' ? { ...division } : { level: 'district', parentCode: null }
  return (
    <Modal
      open={division !== null}
      title={isNew ? t('admin.org.addDivision') : t('admin.org.editDivision')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <IssueList error={save.error} issues={issues} />
      <Form<DivisionInput>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) =>
          save.mutate(
            { ...v, parentCode: v.parentCode ?? null },
            {
              onSuccess: () => {
                void message.success(t('common.saved'))
                close()
              },
            },
          )
        }
      >
        <Form.Item
          label={t('admin.org.divisionCode')}
          name="code"
          extra={t('admin.org.divisionCodeHint')}
          rules={[{ required: true, pattern: /^\d{6}$/, message: t('admin.org.divisionCodeHint') }]}
        >
          <Input disabled={!isNew} inputMode="numeric" />
        </Form.Item>
        <LocalizedTextFields name="name" />
        <Form.Item label={t('fields.level')} name="level" rules={[{ required: true }]}>
          <Select options={adminLevels.map((l) => ({ value: l, label: t(`levels.${l}`) }))} />
        </Form.Item>
        <Form.Item label={t('admin.org.parentDivision')} name="parentCode">
          <Select
            allowClear
            options={divisions.map((d) => ({ value: d.code, label: `${name(d)} ${d.code}` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}

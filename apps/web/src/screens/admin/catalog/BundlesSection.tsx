import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import type { Bundle, BundleInput } from '@yimin/shared'
import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useAdminMatters, useBundles, useDeleteBundle, useSaveBundle } from '../../../api/catalog'
import { useDepartments } from '../../../api/org'
import { errorKey, ErrorAlert } from '../../../components/ErrorAlert'
import { FormModal } from '../../../components/FormModal'
import { LocalizedTextFields } from '../../../components/LocalizedTextFields'
import { useLocalName } from '../../../components/names'
import { StatusTag } from '../../../components/StatusTag'
import { useAdminMe } from '../AdminLayout'
import { FormFieldRows } from './editor/FormFieldList'
import './editor/editor.css'

type Editing = { id: string | null; initial: Partial<BundleInput> } | null

const toInput = (b: Bundle): Partial<BundleInput> => ({
  code: b.code,
  name: b.name,
  description: b.description,
  leadDepartmentId: b.leadDepartment.id,
  matterCodes: b.matters.map((m) => m.code),
  form: b.form,
})

/** 一件事一次办: bundles of matters with a lead department and one form. */
export function BundlesSection() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const name = useLocalName()
  const canManage = useAdminMe().permissions.includes('catalog.manage')
  const bundles = useBundles()
  const matters = useAdminMatters({})
  const departments = useDepartments()
  const save = useSaveBundle()
  const remove = useDeleteBundle()
  const [editing, setEditing] = useState<Editing>(null)
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('bundle.adminTitle')}</h2>}
      extra={
        canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setEditing({ id: null, initial: { matterCodes: [], form: [] } })}
          >
            {t('bundle.add')}
          </Button>
        )
      }
    >
      <ErrorAlert error={bundles.error} />
      <Table<Bundle>
        rowKey="id"
        size="middle"
        loading={bundles.isPending}
        dataSource={bundles.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('fields.code'), key: 'code', render: (_, b) => <code>{b.code}</code> },
          {
            title: t('fields.name'),
            key: 'name',
            render: (_, b) =>
              b.isComplete ? (
                <Link to={`/portal/bundles/${encodeURIComponent(b.code)}`}>
                  <bdi>{name(b)}</bdi>
                </Link>
              ) : (
                <bdi>{name(b)}</bdi>
              ),
          },
          { title: t('bundle.lead'), key: 'lead', render: (_, b) => <bdi>{name(b.leadDepartment)}</bdi> },
          {
            title: t('bundle.matters'),
            key: 'matters',
            render: (_, b) => b.matters.map((m) => name(m)).join(t('common.listSeparator')),
          },
          { title: t('bundle.materialsCount'), key: 'materials', render: (_, b) => b.materials.length },
          {
            title: t('fields.status'),
            key: 'complete',
            render: (_, b) => (
              <StatusTag
                isActive={b.isComplete}
                activeLabel={t('bundle.complete')}
                inactiveLabel={t('bundle.incomplete')}
              />
            ),
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, b: Bundle) => (
                    <Space size={4}>
                      <Button
                        size="small"
                        icon={<EditOutlined aria-hidden />}
                        aria-label={t('admin.org.editNamed', { name: name(b) })}
                        onClick={() => setEditing({ id: b.id, initial: toInput(b) })}
                      >
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('bundle.confirmDelete', { name: name(b) })}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() =>
                          remove.mutate(b.id, { onError: (e) => void message.error(t(errorKey(e))) })
                        }
                      >
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={t('common.deleteNamed', { name: name(b) })}
                        >
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<BundleInput>
        open={editing !== null}
        title={editing?.id ? t('bundle.edit') : t('bundle.add')}
        initialValues={editing?.initial ?? {}}
        mutation={save}
        width={820}
        onClose={() => setEditing(null)}
        onSubmit={(v) =>
          save.mutateAsync({
            id: editing?.id ?? null,
            input: { ...v, form: v.form ?? [] },
          })
        }
      >
        <div className="yimin-row-grid">
          <Form.Item
            label={t('fields.code')}
            name="code"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input autoComplete="off" disabled={Boolean(editing?.id)} />
          </Form.Item>
          <LocalizedTextFields name="name" max={200} />
        </div>
        <Form.Item label={t('bundle.description')} name="description">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          label={t('bundle.lead')}
          name="leadDepartmentId"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: name(d) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('bundle.matters')}
          name="matterCodes"
          extra={t('bundle.mattersHint')}
          rules={[{ required: true, type: 'array', min: 2, message: t('bundle.mattersHint') }]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={(matters.data?.items ?? []).map((m) => ({
              value: m.code,
              label: `${m.name} (${m.code})`,
            }))}
          />
        </Form.Item>
        <h3 style={{ fontSize: 15 }}>{t('bundle.form')}</h3>
        <FormFieldRows list="form" itemKey="bundle.formField" addLabel={t('bundle.addField')} />
      </FormModal>
    </Card>
  )
}

import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import type { QueueCategory } from '@yimin/shared'
import { Button, Card, Form, Input, InputNumber, Switch, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useQueueCategories, useSaveQueueCategory, type QueueCategoryInput } from '../../../api/org'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { FormModal } from '../../../components/FormModal'
import { useLocalName } from '../../../components/names'
import { StatusTag } from '../../../components/StatusTag'
import { NameFields, type Editing } from './PartModals'

/** Queue categories: each has a ticket prefix letter (A012) and is served by windows. */
export function QueueCategoriesCard({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const categories = useQueueCategories()
  const save = useSaveQueueCategory()
  const [editing, setEditing] = useState<Editing<QueueCategoryInput>>(null)
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('admin.hall.queueCategories')}</h2>}
      extra={
        canManage && (
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setEditing({ isNew: true, initial: { isActive: true, sortOrder: 0 } })}
          >
            {t('admin.hall.addCategory')}
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
    >
      <ErrorAlert error={categories.error} />
      <Table<QueueCategory>
        rowKey="id"
        size="small"
        pagination={false}
        loading={categories.isPending}
        dataSource={[...(categories.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder)}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('admin.hall.prefix'), key: 'prefix', render: (_, c) => <strong>{c.prefix}</strong> },
          { title: t('fields.code'), key: 'code', render: (_, c) => <code>{c.code}</code> },
          { title: t('fields.name'), key: 'name', render: (_, c) => <bdi>{name(c)}</bdi> },
          {
            title: t('fields.status'),
            key: 'active',
            render: (_, c) => (
              <StatusTag
                isActive={c.isActive}
                activeLabel={t('fields.active')}
                inactiveLabel={t('fields.inactive')}
              />
            ),
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, c: QueueCategory) => (
                    <Button
                      size="small"
                      icon={<EditOutlined aria-hidden />}
                      aria-label={t('admin.org.editNamed', { name: name(c) })}
                      onClick={() => setEditing({ isNew: false, id: c.id, initial: { ...c } })}
                    >
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<QueueCategoryInput>
        open={editing !== null}
        title={editing?.isNew ? t('admin.hall.addCategory') : t('admin.hall.editCategory')}
        initialValues={editing?.initial ?? {}}
        mutation={save}
        onClose={() => setEditing(null)}
        onSubmit={(v) =>
          save.mutateAsync({
            id: editing && !editing.isNew ? editing.id : null,
            input: { ...v },
          })
        }
      >
        <Form.Item
          label={t('fields.code')}
          name="code"
          rules={[{ required: true, pattern: /^[A-Za-z0-9-]{1,32}$/, message: t('admin.hall.codeHint') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('admin.hall.prefix')}
          name="prefix"
          extra={t('admin.hall.prefixHint')}
          rules={[{ required: true, pattern: /^[A-Z]$/, message: t('admin.hall.prefixHint') }]}
        >
          <Input maxLength={1} style={{ width: 80 }} />
        </Form.Item>
        <NameFields />
        <Form.Item label={t('fields.sortOrder')} name="sortOrder">
          <InputNumber min={0} max={10000} />
        </Form.Item>
        <Form.Item label={t('fields.active')} name="isActive" valuePropName="checked">
          <Switch />
        </Form.Item>
      </FormModal>
    </Card>
  )
}

import { CheckCircleOutlined, EditOutlined, StopOutlined } from '@ant-design/icons'
import { Button, Card, Form, Input, InputNumber, Switch, Table, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useQueueSettings, useUpdateQueueCategory, type QueueCategorySettings } from '../../../api/queue'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { FormModal } from '../../../components/FormModal'
import { useLocalName } from '../../../components/names'
import { hoursToText, textToHours } from './hours'

type Values = Omit<QueueCategorySettings, 'id' | 'code' | 'prefix' | 'name' | 'isActive' | 'queueHours'> & {
  hours: string
}

const numberFields = [
  { name: 'numberStart', min: 0, max: 9998 },
  { name: 'numberEnd', min: 1, max: 9999 },
  { name: 'dailyCap', min: 0, max: 9999 },
  { name: 'appointmentShare', min: 0, max: 100 },
  { name: 'priorityWeight', min: 0, max: 10 },
  { name: 'idDailyLimit', min: 0, max: 50 },
  { name: 'maxRecalls', min: 0, max: 10 },
] as const

function SettingsModal({ category, onClose }: { category: QueueCategorySettings; onClose: () => void }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const update = useUpdateQueueCategory()
  return (
    <FormModal<Values>
      open
      title={`${category.prefix} ${name(category)}`}
      initialValues={{ ...category, hours: hoursToText(category.queueHours) }}
      mutation={update}
      onSubmit={async ({ hours, ...rest }) => {
        const parsed = textToHours(hours)
        if ('badLine' in parsed) throw new Error(t('queueAdmin.hoursBadLine', { line: parsed.badLine }))
        return update.mutateAsync({ id: category.id, patch: { ...rest, queueHours: parsed.hours } })
      }}
      onClose={onClose}
    >
      <Form.Item name="isOpen" label={t('queueAdmin.fields.isOpen')} valuePropName="checked">
        <Switch checkedChildren={t('queueAdmin.open')} unCheckedChildren={t('queueAdmin.closed')} />
      </Form.Item>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
          columnGap: 16,
        }}
      >
        {numberFields.map((f) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={t(`queueAdmin.fields.${f.name}`)}
            extra={t(`queueAdmin.help.${f.name}`)}
            rules={[{ required: true }]}
          >
            <InputNumber min={f.min} max={f.max} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </div>
      <Form.Item
        name="hours"
        label={t('queueAdmin.fields.queueHours')}
        extra={t('queueAdmin.help.queueHours')}
        rules={[
          {
            validator: (_, v: string) =>
              'badLine' in textToHours(v ?? '')
                ? Promise.reject(
                    new Error(
                      t('queueAdmin.hoursBadLine', { line: (textToHours(v) as { badLine: number }).badLine }),
                    ),
                  )
                : Promise.resolve(),
          },
        ]}
      >
        <Input.TextArea rows={3} dir="ltr" placeholder="1-5 10:00-14:00" />
      </Form.Item>
    </FormModal>
  )
}

/** Each category's queue settings: numbers, caps, the appointment share, weight, hours, limits, recalls. */
export function CategorySettingsCard() {
  const { t } = useTranslation()
  const name = useLocalName()
  const settings = useQueueSettings()
  const [editing, setEditing] = useState<QueueCategorySettings | null>(null)
  return (
    <Card title={<h2 className="yimin-card-title">{t('queueAdmin.tabs.settings')}</h2>}>
      <ErrorAlert error={settings.error} />
      <Table<QueueCategorySettings>
        rowKey="id"
        size="small"
        pagination={false}
        loading={settings.isPending}
        dataSource={settings.data ?? []}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('queueAdmin.category'),
            key: 'name',
            render: (_, c) => (
              <span>
                <strong dir="ltr">{c.prefix}</strong> <bdi>{name(c)}</bdi>
              </span>
            ),
          },
          {
            title: t('fields.status'),
            key: 'open',
            render: (_, c) =>
              c.isOpen ? (
                <Tag color="success" icon={<CheckCircleOutlined aria-hidden />}>
                  {t('queueAdmin.open')}
                </Tag>
              ) : (
                <Tag icon={<StopOutlined aria-hidden />}>{t('queueAdmin.closed')}</Tag>
              ),
          },
          {
            title: t('queueAdmin.fields.range'),
            key: 'range',
            render: (_, c) => `${c.numberStart}–${c.numberEnd}`,
          },
          { title: t('queueAdmin.fields.dailyCap'), dataIndex: 'dailyCap' },
          {
            title: t('queueAdmin.fields.appointmentShare'),
            dataIndex: 'appointmentShare',
            render: (v: number) => `${v}%`,
          },
          { title: t('queueAdmin.fields.priorityWeight'), dataIndex: 'priorityWeight' },
          {
            title: t('queueAdmin.fields.queueHours'),
            key: 'hours',
            render: (_, c) =>
              c.queueHours ? (
                <span dir="ltr" style={{ whiteSpace: 'pre' }}>
                  {hoursToText(c.queueHours)}
                </span>
              ) : (
                t('queueAdmin.alwaysOpen')
              ),
          },
          { title: t('queueAdmin.fields.idDailyLimit'), dataIndex: 'idDailyLimit' },
          { title: t('queueAdmin.fields.maxRecalls'), dataIndex: 'maxRecalls' },
          {
            title: t('common.actions'),
            key: 'edit',
            render: (_, c) => (
              <Button
                size="small"
                icon={<EditOutlined aria-hidden />}
                onClick={() => setEditing(c)}
                aria-label={`${t('common.edit')} ${c.prefix}`}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && <SettingsModal category={editing} onClose={() => setEditing(null)} />}
    </Card>
  )
}

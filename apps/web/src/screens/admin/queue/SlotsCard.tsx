import { DeleteOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDeleteSlot, useQueueSettings, useSaveSlots, useSlots, type Slot } from '../../../api/queue'
import { DayPicker } from '../../../components/DayPicker'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { FormModal } from '../../../components/FormModal'
import { centerDay } from '../../../components/format'
import { useLocalName } from '../../../components/names'

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

function DayModal({
  categoryId,
  date,
  slots,
  onClose,
}: {
  categoryId: string
  date: string
  slots: Slot[]
  onClose: () => void
}) {
  const { t } = useTranslation()
  const save = useSaveSlots()
  return (
    <FormModal<{ slots: Array<{ startsAt: string; endsAt: string; capacity: number }> }>
      open
      title={t('queueAdmin.slotsOf', { date })}
      initialValues={{
        slots: slots.length
          ? slots.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt, capacity: s.capacity }))
          : [{ startsAt: '10:00', endsAt: '11:00', capacity: 6 }],
      }}
      mutation={save}
      onSubmit={(v) => save.mutateAsync({ categoryId, date, slots: v.slots })}
      onClose={onClose}
    >
      <Form.List name="slots">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item
                  name={[f.name, 'startsAt']}
                  label={t('queueAdmin.startsAt')}
                  rules={[{ required: true, pattern: hhmm }]}
                >
                  <Input dir="ltr" style={{ width: 90 }} placeholder="10:00" />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'endsAt']}
                  label={t('queueAdmin.endsAt')}
                  rules={[{ required: true, pattern: hhmm }]}
                >
                  <Input dir="ltr" style={{ width: 90 }} placeholder="11:00" />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'capacity']}
                  label={t('queueAdmin.capacity')}
                  rules={[{ required: true }]}
                >
                  <InputNumber min={1} max={999} precision={0} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined aria-hidden />}
                  aria-label={t('common.remove')}
                  onClick={() => remove(f.name)}
                />
              </Space>
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ startsAt: '', endsAt: '', capacity: 6 })}
            >
              {t('queueAdmin.addSlot')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  )
}

/** Appointment slots (预约时段) per category and day, with what is booked. */
export function SlotsCard() {
  const { t } = useTranslation()
  const name = useLocalName()
  const categories = useQueueSettings()
  const [categoryId, setCategoryId] = useState<string | null>(null)
  const [fromText, setFrom] = useState(() => centerDay())
  const [day, setDay] = useState('')
  const [editing, setEditing] = useState<string | null>(null)
  const chosen = categoryId ?? categories.data?.[0]?.id ?? null
  const toText = addDays(fromText, 13)
  const slots = useSlots(fromText, toText, chosen)
  const remove = useDeleteSlot()
  const rows = slots.data ?? []
  return (
    <Card title={<h2 className="yimin-card-title">{t('queueAdmin.tabs.slots')}</h2>}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('queueAdmin.category')}
          style={{ minWidth: 240 }}
          value={chosen}
          onChange={setCategoryId}
          showSearch={{ optionFilterProp: 'label' }}
          options={(categories.data ?? []).map((c) => ({ value: c.id, label: `${c.prefix} ${name(c)}` }))}
        />
        <label>
          {t('queueAdmin.from')}{' '}
          <DayPicker label={t('queueAdmin.from')} value={fromText} onChange={setFrom} allowClear={false} />
        </label>
        <span>{t('queueAdmin.twoWeeks', { to: toText })}</span>
        <label>
          {t('queueAdmin.editDay')}{' '}
          <DayPicker label={t('queueAdmin.editDay')} value={day} onChange={setDay} />
        </label>
        <Button disabled={!day} onClick={() => setEditing(day)}>
          {t('queueAdmin.editSlots')}
        </Button>
      </Space>
      <ErrorAlert error={slots.error ?? remove.error} />
      <Table<Slot>
        rowKey="id"
        size="small"
        loading={slots.isPending}
        dataSource={rows}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('queueAdmin.noSlots') }}
        columns={[
          {
            title: t('queueAdmin.date'),
            dataIndex: 'date',
            render: (d: string) => (
              <Button type="link" onClick={() => setEditing(d)}>
                {d}
              </Button>
            ),
          },
          {
            title: t('queueAdmin.time'),
            key: 'time',
            render: (_, s) => <span dir="ltr">{`${s.startsAt}–${s.endsAt}`}</span>,
          },
          { title: t('queueAdmin.capacity'), dataIndex: 'capacity' },
          { title: t('queueAdmin.booked'), dataIndex: 'booked' },
          { title: t('queueAdmin.left'), dataIndex: 'left' },
          {
            title: t('common.actions'),
            key: 'delete',
            render: (_, s) =>
              s.booked === 0 ? (
                <Popconfirm
                  title={t('queueAdmin.deleteSlotConfirm')}
                  onConfirm={() => remove.mutate(s.id)}
                  okText={t('common.remove')}
                  cancelText={t('common.cancel')}
                >
                  <Button size="small" danger icon={<DeleteOutlined aria-hidden />}>
                    {t('common.remove')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      {editing && chosen && (
        <DayModal
          categoryId={chosen}
          date={editing}
          slots={rows.filter((s) => s.date === editing)}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  )
}

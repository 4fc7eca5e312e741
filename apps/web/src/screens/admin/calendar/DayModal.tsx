import type { CalendarDay, CalendarDayKind } from '@yimin/shared'
import { App, Button, Form, Input, Modal, Radio } from 'antd'
import { useTranslation } from 'react-i18next'
import { useDeleteCalendarDay, useSetCalendarDay } from '../../../api/calendar'
import { ErrorAlert } from '../../../components/ErrorAlert'

/** Sets a day as a holiday or a make-up working day (调休), or returns it to the weekend rule. */
export function DayModal({
  date,
  day,
  onClose,
}: {
  date: string | null
  day: CalendarDay | undefined
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const setDay = useSetCalendarDay()
  const removeDay = useDeleteCalendarDay()
  const [form] = Form.useForm<{ kind: CalendarDayKind; name: string }>()
  const close = () => {
    setDay.reset()
    removeDay.reset()
    onClose()
  }
  const done = (r: { changedDates: string[] }) => {
    void message.success(t('calendarAdmin.changed', { count: r.changedDates.length }))
    close()
  }
  return (
    <Modal
      open={date !== null}
      title={date ? t('calendarAdmin.editDay', { date }) : ''}
      onCancel={close}
      destroyOnHidden
      footer={[
        day && (
          <Button
            key="del"
            danger
            loading={removeDay.isPending}
            onClick={() => date && removeDay.mutate(date, { onSuccess: done })}
          >
            {t('calendarAdmin.clearDay')}
          </Button>
        ),
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={setDay.isPending} onClick={() => form.submit()}>
          {t('common.save')}
        </Button>,
      ]}
    >
      <ErrorAlert error={setDay.error ?? removeDay.error} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: day?.kind ?? 'holiday', name: day?.name ?? '' }}
        onFinish={(v) =>
          date && setDay.mutate({ date, kind: v.kind, name: v.name.trim() }, { onSuccess: done })
        }
      >
        <Form.Item label={t('calendarAdmin.kind')} name="kind">
          <Radio.Group
            options={[
              { value: 'holiday', label: t('calendarAdmin.kinds.holiday') },
              { value: 'workday', label: t('calendarAdmin.kinds.workday') },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={t('calendarAdmin.dayName')}
          name="name"
          extra={t('calendarAdmin.dayNameHint')}
          rules={[{ required: true, whitespace: true, max: 64, message: t('common.required') }]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  )
}

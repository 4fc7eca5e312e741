import { Form, Input, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useHalls, useQueueCategories } from '../../../api/org'
import type { useWindowAction } from '../../../api/queue'
import { FormModal } from '../../../components/FormModal'
import { useLocalName } from '../../../components/names'

type Action = ReturnType<typeof useWindowAction>

/** Pause with a reason (lunch, system down, …): shown on the displays and in statistics. */
export function PauseModal({
  open,
  onClose,
  action,
}: {
  open: boolean
  onClose: () => void
  action: Action
}) {
  const { t } = useTranslation()
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('queue.counter.pause')}
      initialValues={{ reason: '' }}
      mutation={action}
      onSubmit={(v) => action.mutateAsync({ action: 'pause', body: { reason: v.reason.trim() } })}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label={t('queue.counter.pauseReason')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  )
}

function TransferFields({ hallId, windowId }: { hallId: string; windowId: string }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const categories = useQueueCategories()
  const halls = useHalls()
  const form = Form.useFormInstance()
  const categoryId = Form.useWatch('categoryId', form) as string | undefined
  const windows = (halls.data?.find((h) => h.id === hallId)?.windows ?? []).filter(
    (w) => w.isActive && w.id !== windowId && (!categoryId || w.categoryIds.includes(categoryId)),
  )
  return (
    <>
      <Form.Item name="categoryId" label={t('queue.counter.transferCategory')} rules={[{ required: true }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={(categories.data ?? [])
            .filter((c) => c.isActive)
            .map((c) => ({ value: c.id, label: `${c.prefix} ${name(c)}` }))}
        />
      </Form.Item>
      <Form.Item
        name="windowId"
        label={t('queue.counter.transferWindow')}
        extra={t('queue.counter.transferWindowHelp')}
      >
        <Select
          allowClear
          options={windows.map((w) => ({
            value: w.id,
            label: `${t('queue.windowNumber', { number: w.number })} · ${name(w)}`,
          }))}
        />
      </Form.Item>
    </>
  )
}

/** Transfer the current ticket to another category, optionally to one window (it keeps its number and arrival). */
export function TransferModal({
  open,
  onClose,
  action,
  ticketId,
  hallId,
  windowId,
}: {
  open: boolean
  onClose: () => void
  action: Action
  ticketId: string
  hallId: string
  windowId: string
}) {
  const { t } = useTranslation()
  return (
    <FormModal<{ categoryId: string; windowId: string | null }>
      open={open}
      title={t('queue.counter.transfer')}
      initialValues={{ windowId: null }}
      mutation={action}
      onSubmit={(v) =>
        action.mutateAsync({
          action: 'transfer',
          body: { ticketId, categoryId: v.categoryId, windowId: v.windowId ?? null },
        })
      }
      onClose={onClose}
    >
      <TransferFields hallId={hallId} windowId={windowId} />
    </FormModal>
  )
}

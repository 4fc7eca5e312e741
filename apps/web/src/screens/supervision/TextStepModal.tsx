import { Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../components/FormModal'

interface MutationLike {
  isPending: boolean
  error: unknown
  reset: () => void
  mutateAsync: (text: string | undefined) => Promise<unknown>
}

/** One step that takes a text (an answer, a note): acknowledge, answer, close, answer a card. */
export function TextStepModal({
  open,
  title,
  label,
  isRequired,
  mutation,
  onClose,
}: {
  open: boolean
  title: string
  label: string
  isRequired: boolean
  mutation: MutationLike
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <FormModal<{ text?: string }>
      open={open}
      title={title}
      initialValues={{}}
      mutation={mutation}
      onSubmit={(v) => mutation.mutateAsync(v.text?.trim() ? v.text.trim() : undefined)}
      onClose={onClose}
      successText={t('supervision.alerts.stepDone')}
    >
      <Form.Item
        name="text"
        label={label}
        rules={isRequired ? [{ required: true, whitespace: true, message: t('common.required') }] : []}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  )
}

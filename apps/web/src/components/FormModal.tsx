import { App, Form, Modal, type FormInstance } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { IssueList } from './IssueList'
import { useFormIssues } from './useFormIssues'

interface MutationState {
  isPending: boolean
  error: unknown
  reset: () => void
}

/**
 * A modal form that saves through one mutation: server issues appear next to their fields and
 * in a list; on success it says so and closes.
 */
export function FormModal<T extends object>({
  open,
  title,
  initialValues,
  mutation,
  onSubmit,
  onClose,
  children,
  width = 560,
  successText,
}: {
  open: boolean
  title: string
  initialValues: Partial<T>
  mutation: MutationState
  onSubmit: (values: T) => Promise<unknown>
  onClose: () => void
  children: ReactNode | ((form: FormInstance<T>) => ReactNode)
  width?: number
  successText?: string
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<T>()
  const issues = useFormIssues(form, mutation.error)
  const close = () => {
    mutation.reset()
    onClose()
  }
  const finish = async (values: T) => {
    try {
      await onSubmit(values)
    } catch {
      return // shown from mutation.error
    }
    void message.success(successText ?? t('common.saved'))
    close()
  }
  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={width}
    >
      <IssueList error={mutation.error} issues={issues} />
      <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void finish(v)}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  )
}

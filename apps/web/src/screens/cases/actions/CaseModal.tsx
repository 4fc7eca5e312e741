import { App, Form, Modal, type FormInstance } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormIssues } from '../../../components/useFormIssues'
import { CaseErrorAlert } from '../CaseErrorAlert'

export interface MutationState {
  isPending: boolean
  error: unknown
  reset: () => void
}

/** A modal form for one case action: the server's error (with what it points at) above the form. */
export function CaseModal<T extends object>({
  title,
  okText,
  initialValues,
  mutation,
  onSubmit,
  onClose,
  children,
  danger = false,
  blockedReason = null,
}: {
  title: string
  okText: string
  initialValues: Partial<T>
  mutation: MutationState
  onSubmit: (values: T) => Promise<unknown>
  onClose: () => void
  children: ReactNode | ((form: FormInstance<T>) => ReactNode)
  danger?: boolean
  /** why the action would be refused: the OK button is disabled and this text is shown beside it */
  blockedReason?: string | null
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<T>()
  useFormIssues(form, mutation.error)
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
    void message.success(t('case.actionDone'))
    close()
  }
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{
        danger,
        disabled: blockedReason !== null,
        ...(blockedReason !== null ? { 'aria-describedby': 'case-modal-blocked' } : {}),
      }}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {blockedReason !== null && (
            <p id="case-modal-blocked" role="status" style={{ display: 'inline', marginInlineEnd: 8 }}>
              {blockedReason}
            </p>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={600}
    >
      <CaseErrorAlert error={mutation.error} />
      <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void finish(v)}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  )
}

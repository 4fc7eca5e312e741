import type { SupervisionAlert } from '@yimin/shared'
import { Button, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../api/auth'
import { useAlertStep, type AlertStep } from '../../api/supervision'
import { canDo } from './supervision-rights'
import { TextStepModal } from './TextStepModal'

const from: Record<AlertStep, SupervisionAlert['status'][]> = {
  acknowledge: ['open'],
  answer: ['open', 'acknowledged'],
  close: ['open', 'acknowledged', 'answered'],
}

/** The steps the member may take on an alert: department staff acknowledge and answer; supervisors acknowledge and close. */
export function AlertActions({ alert, me }: { alert: SupervisionAlert; me: StaffMe }) {
  const { t } = useTranslation()
  const [step, setStep] = useState<AlertStep | null>(null)
  const canAnswer = canDo(me, 'supervision.answer')
  const canManage = canDo(me, 'supervision.manage')
  const steps = (['acknowledge', 'answer', 'close'] as const).filter(
    (s) =>
      from[s].includes(alert.status) &&
      (s === 'close' ? canManage : s === 'answer' ? canAnswer : canAnswer || canManage),
  )
  if (steps.length === 0) return null
  return (
    <Space wrap>
      {steps.map((s) => (
        <Button key={s} type={s === 'acknowledge' ? 'default' : 'primary'} onClick={() => setStep(s)}>
          {t(`supervision.alerts.steps.${s}`)}
        </Button>
      ))}
      {steps.map((s) => (
        <StepModal key={s} step={s} alertId={alert.id} open={step === s} onClose={() => setStep(null)} />
      ))}
    </Space>
  )
}

function StepModal({
  step,
  alertId,
  open,
  onClose,
}: {
  step: AlertStep
  alertId: string
  open: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const m = useAlertStep(step)
  const mutation = { ...m, mutateAsync: (text: string | undefined) => m.mutateAsync({ id: alertId, text }) }
  return (
    <TextStepModal
      open={open}
      title={t(`supervision.alerts.steps.${step}`)}
      label={t(step === 'answer' ? 'supervision.alerts.answerLabel' : 'supervision.alerts.noteLabel')}
      isRequired={step === 'answer'}
      mutation={mutation}
      onClose={onClose}
    />
  )
}

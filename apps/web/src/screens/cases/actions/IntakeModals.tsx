import type { CaseDetail } from '@yimin/shared'
import { Alert, Checkbox, Form, Input } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCaseAction } from '../../../api/cases'
import { useLocalName } from '../../../components/names'
import { materialKind } from '../CaseMaterials'
import { acceptReadiness } from './accept-readiness'
import { CaseModal } from './CaseModal'

interface Props {
  detail: CaseDetail
  onClose: () => void
}

const vertical = { display: 'flex', flexDirection: 'column', gap: 8 } as const
const missingOf = (d: CaseDetail) => d.materials.filter((m) => m.status === 'missing')

/** 受理: accept, choosing which missing 容缺 materials will be supplied later. */
export function AcceptModal({ detail, onClose }: Props) {
  const { t } = useTranslation()
  const name = useLocalName()
  const mutation = useCaseAction(detail.id, 'accept')
  const missing = missingOf(detail)
  const deferrable = missing.filter((m) => m.isDeferrable)
  const [deferred, setDeferred] = useState<number[]>(() => deferrable.map((m) => m.position))
  // one verdict for the whole dialog: never "missing" and "complete" together
  const ready = acceptReadiness(detail.materials, deferred)
  const names = (ms: typeof missing) => ms.map((m) => name(m)).join(t('common.listSeparator'))
  const blockedReason =
    ready.blocking.length > 0
      ? t('caseActions.acceptBlocked', { names: names(ready.blocking) })
      : ready.undeferred.length > 0
        ? t('caseActions.acceptUndeferred', { names: names(ready.undeferred) })
        : null
  return (
    <CaseModal<{ deferredMaterials: number[] }>
      title={t('caseActions.accept')}
      okText={t('caseActions.accept')}
      initialValues={{ deferredMaterials: deferred }}
      mutation={mutation}
      onSubmit={(v) => mutation.mutateAsync({ deferredMaterials: v.deferredMaterials ?? [] })}
      onClose={onClose}
      blockedReason={blockedReason}
    >
      {blockedReason !== null && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={blockedReason} />
      )}
      {detail.acceptOnDayOff && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('caseActions.acceptOnDayOff', detail.acceptOnDayOff)}
        />
      )}
      {deferrable.length > 0 && (
        <Form.Item
          name="deferredMaterials"
          label={t('caseActions.deferredLabel')}
          extra={t('caseActions.deferredHelp')}
        >
          <Checkbox.Group
            style={vertical}
            onChange={(v) => setDeferred(v)}
            options={deferrable.map((m) => ({
              value: m.position,
              label: `${m.position + 1}. ${name(m)}（${materialKind(m, t)}）`,
            }))}
          />
        </Form.Item>
      )}
      {ready.isComplete && <p>{t('caseActions.acceptAllPresent')}</p>}
    </CaseModal>
  )
}

/** 一次性告知: ALL missing items in one notice; a second notice is recorded as such. */
export function CorrectionModal({ detail, onClose }: Props) {
  const { t } = useTranslation()
  const name = useLocalName()
  const mutation = useCaseAction(detail.id, 'correction')
  return (
    <CaseModal<{ missingMaterials: number[]; note: string }>
      title={t('caseActions.request_correction')}
      okText={t('caseActions.issueNotice')}
      initialValues={{ missingMaterials: missingOf(detail).map((m) => m.position), note: '' }}
      mutation={mutation}
      onSubmit={(v) =>
        mutation.mutateAsync({ missingMaterials: v.missingMaterials ?? [], note: v.note ?? '' })
      }
      onClose={onClose}
    >
      <Alert
        type={detail.correctionCount > 0 ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 12 }}
        title={
          detail.correctionCount > 0
            ? t('caseActions.secondNotice', { count: detail.correctionCount })
            : t('caseActions.oneNotice')
        }
      />
      <Form.Item name="missingMaterials" label={t('caseActions.missingLabel')}>
        <Checkbox.Group
          style={vertical}
          options={detail.materials.map((m) => ({
            value: m.position,
            label: `${m.position + 1}. ${name(m)}（${materialKind(m, t)}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('caseActions.noteLabel')} extra={t('caseActions.correctionNoteHelp')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </CaseModal>
  )
}

/** The applicant brought what the notice listed. */
export function ResubmitModal({ detail, onClose }: Props) {
  const { t } = useTranslation()
  const name = useLocalName()
  const mutation = useCaseAction(detail.id, 'resubmit')
  const missing = missingOf(detail)
  return (
    <CaseModal<{ suppliedMaterials: number[] }>
      title={t('caseActions.resubmit')}
      okText={t('caseActions.resubmit')}
      initialValues={{ suppliedMaterials: missing.map((m) => m.position) }}
      mutation={mutation}
      onSubmit={(v) => mutation.mutateAsync({ suppliedMaterials: v.suppliedMaterials ?? [] })}
      onClose={onClose}
    >
      <Form.Item name="suppliedMaterials" label={t('caseActions.suppliedLabel')}>
        <Checkbox.Group
          style={vertical}
          options={missing.map((m) => ({ value: m.position, label: `${m.position + 1}. ${name(m)}` }))}
        />
      </Form.Item>
    </CaseModal>
  )
}

/** A reason (and for 不予受理 and 撤销 the legal basis): refuse, withdraw, revoke. */
export function ReasonModal({ detail, onClose, path }: Props & { path: 'refuse' | 'withdraw' | 'revoke' }) {
  const { t } = useTranslation()
  const mutation = useCaseAction(detail.id, path)
  const needsBasis = path !== 'withdraw'
  const action = path === 'refuse' ? 'refuse' : path
  return (
    <CaseModal<{ reason: string; legalBasis?: string }>
      title={t(`caseActions.${action}`)}
      okText={t(`caseActions.${action}`)}
      danger
      initialValues={{ reason: '', legalBasis: '' }}
      mutation={mutation}
      onSubmit={(v) =>
        mutation.mutateAsync(
          needsBasis ? { reason: v.reason, legalBasis: v.legalBasis ?? '' } : { reason: v.reason },
        )
      }
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label={t('case.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      {needsBasis && (
        <Form.Item
          name="legalBasis"
          label={t('case.legalBasis')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
    </CaseModal>
  )
}

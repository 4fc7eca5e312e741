import { PrinterOutlined } from '@ant-design/icons'
import type { CaseAction, CaseDetail } from '@yimin/shared'
import { Button, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { StaffMe } from '../../../api/auth'
import { documentUrl, useCaseAction, type DocumentKind } from '../../../api/cases'
import { canDo } from '../case-permissions'
import { CaseErrorAlert } from '../CaseErrorAlert'
import { CompleteModal, DecideApprovalModal, DeliverModal, FeesModal } from './DecisionModals'
import { AcceptModal, CorrectionModal, ReasonModal, ResubmitModal } from './IntakeModals'
import { ApprovalRequestModal, RouteModal, SupplementModal, TaskCompleteModal } from './WorkModals'

type Open =
  | { kind: CaseAction | 'fees' | 'approvals' }
  | { kind: 'task-complete' | 'task-route'; taskId: string }
  | { kind: 'decide'; approvalId: string }

/** Documents that exist for the case so far. */
function documentsOf(d: CaseDetail): DocumentKind[] {
  const out: DocumentKind[] = []
  if (d.correctionCount > 0) out.push('correction')
  if (d.acceptedOn) out.push('receipt')
  if (d.status === 'refused') out.push('refusal')
  if (d.completedOn) out.push('result')
  return out
}

/** The actions allowed now (by the case's status) that this staff member may take, and the documents. */
export function CaseActions({ detail, me }: { detail: CaseDetail; me: StaffMe }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [open, setOpen] = useState<Open | null>(null)
  const supply = useCaseAction(detail.id, 'supply')
  const endSpecial = useCaseAction(detail.id, 'special-procedure/end')
  const close = () => setOpen(null)
  // the server lists what this staff member may do now (status, role and department)
  const may = (a: CaseAction) => detail.allowedActions.includes(a)
  const myTasks = detail.tasks.filter(
    (x) =>
      x.status === 'open' &&
      detail.status === 'in_progress' &&
      canDo(me.grants, 'case.handle', [x.holderDepartmentId]),
  )
  const pending = detail.approvals.filter((a) => a.status === 'pending')
  const isApprover = canDo(me.grants, 'case.approve', [detail.departmentId])
  const isIntake = canDo(me.grants, 'case.intake', [detail.departmentId])
  const simple: Array<{ action: CaseAction; primary?: boolean; danger?: boolean }> = [
    { action: 'accept', primary: true },
    { action: 'request_correction' },
    { action: 'resubmit' },
    { action: 'refuse', danger: true },
    { action: 'request_supplement' },
    { action: 'complete', primary: true },
    { action: 'deliver', primary: true },
    { action: 'withdraw', danger: true },
    { action: 'revoke', danger: true },
  ]
  return (
    <div>
      <CaseErrorAlert error={supply.error ?? endSpecial.error} />
      <Space wrap style={{ marginBottom: 12 }}>
        {myTasks.map((task) => (
          <Space key={task.id} wrap>
            <Button type="primary" onClick={() => setOpen({ kind: 'task-complete', taskId: task.id })}>
              {t('caseActions.completeTask')}
            </Button>
            <Button onClick={() => setOpen({ kind: 'task-route', taskId: task.id })}>
              {task.holderDepartmentId !== task.departmentId
                ? t('caseActions.routeBack')
                : t('caseActions.routeTask')}
            </Button>
          </Space>
        ))}
        {simple
          .filter((s) => may(s.action))
          .map((s) => (
            <Button
              key={s.action}
              type={s.primary ? 'primary' : 'default'}
              danger={s.danger}
              onClick={() => setOpen({ kind: s.action })}
            >
              {t(`caseActions.${s.action}`)}
            </Button>
          ))}
        {may('supply') && (
          <Button type="primary" loading={supply.isPending} onClick={() => supply.mutate({})}>
            {t('caseActions.supply')}
          </Button>
        )}
        {may('end_special_procedure') && (
          <Button type="primary" loading={endSpecial.isPending} onClick={() => endSpecial.mutate({})}>
            {t('caseActions.end_special_procedure')}
          </Button>
        )}
        {may('start_special_procedure') && (
          <Button onClick={() => setOpen({ kind: 'approvals' })}>{t('caseActions.requestApproval')}</Button>
        )}
        {isIntake && (detail.status === 'in_progress' || detail.status === 'completed') && (
          <Button onClick={() => setOpen({ kind: 'fees' })}>{t('caseActions.fees')}</Button>
        )}
        {isApprover &&
          pending.map((a) => (
            <Button key={a.id} type="primary" onClick={() => setOpen({ kind: 'decide', approvalId: a.id })}>
              {t('caseActions.decideNamed', { kind: t(`case.approvalKinds.${a.kind}`), days: a.days })}
            </Button>
          ))}
      </Space>
      {documentsOf(detail).length > 0 && (
        <div>
          <Typography.Text strong>{t('case.documents')}：</Typography.Text>
          <Space wrap>
            {documentsOf(detail).map((k) => (
              <Button
                key={k}
                icon={<PrinterOutlined aria-hidden />}
                href={documentUrl(detail.id, k)}
                target="_blank"
                rel="noopener"
              >
                {t(`caseDocuments.${k}`)}
              </Button>
            ))}
          </Space>
        </div>
      )}
      {open?.kind === 'accept' && <AcceptModal detail={detail} onClose={close} />}
      {open?.kind === 'request_correction' && <CorrectionModal detail={detail} onClose={close} />}
      {open?.kind === 'resubmit' && <ResubmitModal detail={detail} onClose={close} />}
      {(open?.kind === 'refuse' || open?.kind === 'withdraw' || open?.kind === 'revoke') && (
        <ReasonModal detail={detail} onClose={close} path={open.kind} />
      )}
      {open?.kind === 'request_supplement' && <SupplementModal detail={detail} onClose={close} />}
      {open?.kind === 'approvals' && <ApprovalRequestModal detail={detail} onClose={close} />}
      {open?.kind === 'complete' && <CompleteModal detail={detail} onClose={close} />}
      {open?.kind === 'fees' && <FeesModal detail={detail} onClose={close} />}
      {open?.kind === 'deliver' && <DeliverModal detail={detail} onClose={close} />}
      {open?.kind === 'decide' && (
        <DecideApprovalModal detail={detail} approvalId={open.approvalId} onClose={close} />
      )}
      {(open?.kind === 'task-complete' || open?.kind === 'task-route') &&
        (() => {
          const task = detail.tasks.find((x) => x.id === open.taskId)
          if (!task) return null
          return open.kind === 'task-complete' ? (
            <TaskCompleteModal detail={detail} task={task} onClose={close} />
          ) : (
            <RouteModal
              detail={detail}
              task={task}
              onClose={close}
              onRouted={() => void navigate('/workbench')}
            />
          )
        })()}
    </div>
  )
}

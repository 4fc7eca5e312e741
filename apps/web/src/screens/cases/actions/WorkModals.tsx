import type { CaseDetail } from '@yimin/shared'
import { App, Form, Input, InputNumber, Radio, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useCaseAction, useCompleteTask, useRouteTask } from '../../../api/cases'
import { useMatterGuide } from '../../../api/catalog'
import { useDepartments } from '../../../api/org'
import { useLocalName } from '../../../components/names'
import { CaseModal } from './CaseModal'

interface Props {
  detail: CaseDetail
  onClose: () => void
}
type Task = CaseDetail['tasks'][number]

/** Finish my department's task: 同意 / 不同意 with a note. */
export function TaskCompleteModal({ detail, task, onClose }: Props & { task: Task }) {
  const { t } = useTranslation()
  const mutation = useCompleteTask(detail.id)
  return (
    <CaseModal<{ outcome: 'approved' | 'denied'; note: string }>
      title={t('caseActions.completeTask')}
      okText={t('caseActions.completeTask')}
      initialValues={{ outcome: 'approved', note: '' }}
      mutation={mutation}
      onSubmit={(v) => mutation.mutateAsync({ taskId: task.id, outcome: v.outcome, note: v.note ?? '' })}
      onClose={onClose}
    >
      <Form.Item name="outcome" label={t('caseActions.taskOpinion')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'approved', label: t('caseActions.agree') },
            { value: 'denied', label: t('caseActions.disagree') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('caseActions.noteLabel')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </CaseModal>
  )
}

/** Route a task to another department or level, or back to its own department. */
export function RouteModal({
  detail,
  task,
  onClose,
  onRouted,
}: Props & { task: Task; onRouted: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const mutation = useRouteTask(detail.id)
  const departments = useDepartments()
  const name = useLocalName()
  const options = (departments.data ?? [])
    .filter((d) => d.isActive && d.id !== task.holderDepartmentId)
    .map((d) => ({ value: d.id, label: `${name(d)}（${t(`levels.${d.level}`)}）` }))
  return (
    <CaseModal<{ departmentId: string; note: string }>
      title={t('caseActions.routeTask')}
      okText={t('caseActions.routeTask')}
      initialValues={{
        departmentId: task.holderDepartmentId !== task.departmentId ? task.departmentId : undefined,
        note: '',
      }}
      mutation={mutation}
      onSubmit={async (v) => {
        const moved = await mutation.mutateAsync({
          taskId: task.id,
          departmentId: v.departmentId,
          note: v.note ?? '',
        })
        void message.info(
          t(moved.eventType === 'task.returned' ? 'caseActions.returned' : 'caseActions.routed'),
        )
        onRouted()
      }}
      onClose={onClose}
    >
      <Form.Item
        name="departmentId"
        label={t('caseActions.routeTo')}
        rules={[{ required: true, message: t('validation.choose') }]}
      >
        <Select showSearch optionFilterProp="label" options={options} loading={departments.isPending} />
      </Form.Item>
      <Form.Item name="note" label={t('caseActions.noteLabel')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </CaseModal>
  )
}

/** 办理中补正: what is needed (one item a line) and why; the clock stops until it is supplied. */
export function SupplementModal({ detail, onClose }: Props) {
  const { t } = useTranslation()
  const mutation = useCaseAction(detail.id, 'supplement')
  return (
    <CaseModal<{ reason: string; items: string }>
      title={t('caseActions.request_supplement')}
      okText={t('caseActions.request_supplement')}
      initialValues={{ reason: '', items: '' }}
      mutation={mutation}
      onSubmit={(v) =>
        mutation.mutateAsync({
          reason: v.reason,
          items: (v.items ?? '')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
        })
      }
      onClose={onClose}
    >
      <p>{t('caseActions.clockStops')}</p>
      <Form.Item
        name="items"
        label={t('caseActions.supplementItems')}
        extra={t('caseActions.oneALine')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('case.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </CaseModal>
  )
}

/** Ask an approver for an extension (延期) or a special procedure (特别程序). */
export function ApprovalRequestModal({ detail, onClose }: Props) {
  const { t } = useTranslation()
  const mutation = useCaseAction(detail.id, 'approvals')
  const guide = useMatterGuide(detail.matterCode)
  const procedures = guide.data?.document.specialProcedures ?? []
  const cap = guide.data?.extensionCapDays
  return (
    <CaseModal<{ kind: 'extension' | 'special_procedure'; procedure?: string; days: number; reason: string }>
      title={t('caseActions.requestApproval')}
      okText={t('caseActions.send')}
      initialValues={{ kind: 'extension', days: 5, reason: '' }}
      mutation={mutation}
      onSubmit={(v) =>
        mutation.mutateAsync(
          v.kind === 'extension'
            ? { kind: 'extension', days: v.days, reason: v.reason }
            : { kind: 'special_procedure', procedure: v.procedure ?? '', days: v.days, reason: v.reason },
        )
      }
      onClose={onClose}
    >
      {(form) => (
        <>
          <Form.Item name="kind" label={t('case.approvalKind')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'extension', label: t('case.approvalKinds.extension') },
                {
                  value: 'special_procedure',
                  label: t('case.approvalKinds.special_procedure'),
                  disabled: procedures.length === 0,
                },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue('kind') === 'special_procedure' ? (
                <Form.Item
                  name="procedure"
                  label={t('caseActions.procedure')}
                  rules={[{ required: true, message: t('validation.choose') }]}
                >
                  <Select
                    options={procedures.map((p) => ({
                      value: p.kind,
                      label: `${t(`matter.procedures.${p.kind}`)}（${t('caseActions.atMost', { count: p.maxDays })}）`,
                    }))}
                  />
                </Form.Item>
              ) : (
                cap !== undefined && (
                  <p>{t('caseActions.extensionCap', { cap, used: detail.extensionDays })}</p>
                )
              )
            }
          </Form.Item>
          <Form.Item
            name="days"
            label={t('case.days')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber min={1} max={365} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('case.reason')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </CaseModal>
  )
}

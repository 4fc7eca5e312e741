import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { checkResidentId, type CaseDetail } from '@yimin/shared'
import { Button, Form, Input, InputNumber, Radio, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { useCaseAction, useDecideApproval } from '../../../api/cases'
import { useMatterGuide } from '../../../api/catalog'
import { CaseModal } from './CaseModal'

interface Props {
  detail: CaseDetail
  onClose: () => void
}

/** 办结: 准予 (with the result number) or 不予 (with reason and legal basis). */
export function CompleteModal({ detail, onClose }: Props) {
  const { t } = useTranslation()
  const mutation = useCaseAction(detail.id, 'complete')
  return (
    <CaseModal<{ outcome: 'approved' | 'denied'; reason: string; legalBasis: string; resultNumber: string }>
      title={t('caseActions.complete')}
      okText={t('caseActions.complete')}
      initialValues={{ outcome: 'approved', reason: '', legalBasis: '', resultNumber: '' }}
      mutation={mutation}
      onSubmit={(v) =>
        mutation.mutateAsync({
          outcome: v.outcome,
          reason: v.reason ?? '',
          legalBasis: v.legalBasis ?? '',
          resultNumber: v.resultNumber?.trim() || null,
        })
      }
      onClose={onClose}
    >
      {(form) => (
        <>
          <Form.Item name="outcome" label={t('caseActions.decision')}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'approved', label: t('caseOutcome.approved') },
                { value: 'denied', label: t('caseOutcome.denied') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() => {
              const denied = form.getFieldValue('outcome') === 'denied'
              const rule = denied
                ? [{ required: true, whitespace: true, message: t('validation.required') }]
                : []
              return (
                <>
                  {!denied && (
                    <Form.Item
                      name="resultNumber"
                      label={t('case.resultNumber')}
                      extra={t('caseActions.resultNumberHelp')}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                  )}
                  <Form.Item name="reason" label={t('case.reason')} rules={rule}>
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                  <Form.Item name="legalBasis" label={t('case.legalBasis')} rules={rule}>
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                </>
              )
            }}
          </Form.Item>
        </>
      )}
    </CaseModal>
  )
}

/** Fees actually charged; the catalog's items are offered as the starting list. */
export function FeesModal({ detail, onClose }: Props) {
  const { t } = useTranslation()
  const mutation = useCaseAction(detail.id, 'fees')
  const guide = useMatterGuide(detail.matterCode)
  const items = guide.data?.document.fees.map((f) => ({ name: f.name, amount: f.amount })) ?? []
  if (guide.isPending) return null
  return (
    <CaseModal<{ items: Array<{ name: string; amount: number }> }>
      title={t('caseActions.fees')}
      okText={t('common.save')}
      initialValues={{ items: items.length > 0 ? items : [{ name: '', amount: 0 }] }}
      mutation={mutation}
      onSubmit={(v) => mutation.mutateAsync({ items: v.items })}
      onClose={onClose}
    >
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item
                  name={[f.name, 'name']}
                  label={t('guide.feeName')}
                  rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                >
                  <Input style={{ width: 240 }} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'amount']}
                  label={t('case.charged')}
                  rules={[{ required: true, message: t('validation.required') }]}
                >
                  <InputNumber min={0} step={1} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined aria-hidden />}
                  aria-label={t('common.removeRow')}
                  onClick={() => remove(f.name)}
                />
              </Space>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', amount: 0 })}>
              {t('caseActions.addFee')}
            </Button>
          </>
        )}
      </Form.List>
    </CaseModal>
  )
}

/** 送达: at the window after checking the receiver's ID, by post with a tracking number, or electronic. */
export function DeliverModal({ detail, onClose }: Props) {
  const { t } = useTranslation()
  const mutation = useCaseAction(detail.id, 'deliver')
  return (
    <CaseModal<{ method: 'window' | 'post' | 'electronic'; receiverIdNumber: string; trackingNumber: string }>
      title={t('caseActions.deliver')}
      okText={t('caseActions.deliver')}
      initialValues={{ method: 'window', receiverIdNumber: '', trackingNumber: '' }}
      mutation={mutation}
      onSubmit={(v) =>
        mutation.mutateAsync(
          v.method === 'window'
            ? { method: 'window', receiverIdNumber: v.receiverIdNumber.trim() }
            : v.method === 'post'
              ? { method: 'post', trackingNumber: v.trackingNumber.trim() }
              : { method: 'electronic' },
        )
      }
      onClose={onClose}
    >
      {(form) => (
        <>
          <Form.Item name="method" label={t('case.delivery')}>
            <Radio.Group
              optionType="button"
              options={(['window', 'post', 'electronic'] as const).map((m) => ({
                value: m,
                label: t(`matter.delivery.${m}`),
              }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue('method') === 'window' ? (
                <Form.Item
                  name="receiverIdNumber"
                  label={t('caseActions.receiverId')}
                  extra={t('caseActions.receiverIdHelp')}
                  rules={[
                    {
                      validator: (_, v: string) =>
                        checkResidentId(String(v ?? '').trim()) === null
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('intake.idInvalid'))),
                    },
                  ]}
                >
                  <Input maxLength={18} autoComplete="off" />
                </Form.Item>
              ) : form.getFieldValue('method') === 'post' ? (
                <Form.Item
                  name="trackingNumber"
                  label={t('caseActions.trackingNumber')}
                  rules={[{ required: true, min: 4, whitespace: true, message: t('validation.required') }]}
                >
                  <Input maxLength={64} />
                </Form.Item>
              ) : null
            }
          </Form.Item>
        </>
      )}
    </CaseModal>
  )
}

/** An approver's decision on an extension or special procedure request. */
export function DecideApprovalModal({ detail, approvalId, onClose }: Props & { approvalId: string }) {
  const { t } = useTranslation()
  const mutation = useDecideApproval(detail.id)
  return (
    <CaseModal<{ approve: boolean; note: string }>
      title={t('caseActions.decideApproval')}
      okText={t('common.confirm')}
      initialValues={{ approve: true, note: '' }}
      mutation={mutation}
      onSubmit={(v) => mutation.mutateAsync({ approvalId, approve: v.approve, note: v.note ?? '' })}
      onClose={onClose}
    >
      <Form.Item name="approve" label={t('caseActions.decision')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: t('caseActions.approve') },
            { value: false, label: t('caseActions.reject') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('caseActions.noteLabel')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </CaseModal>
  )
}

import { Form, Input, Radio, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useDepartments } from '../../api/org'
import { useIssueCard, useWindowTable, type CardInput } from '../../api/supervision'
import { FormModal } from '../../components/FormModal'
import { useLocalName } from '../../components/names'
import { periodOf } from './period'

type Values = Pick<CardInput, 'colour' | 'targetKind' | 'departmentId' | 'windowId' | 'reason'>

/** A supervisor issues a yellow or red card (黄牌 / 红牌) to a department or a window, with a reason. */
export function IssueCardModal({
  open,
  onClose,
  preset,
}: {
  open: boolean
  onClose: () => void
  preset?: Partial<CardInput>
}) {
  const { t } = useTranslation()
  const issue = useIssueCard()
  const departments = useDepartments()
  const windows = useWindowTable(periodOf('month'))
  const name = useLocalName()
  return (
    <FormModal<Values>
      open={open}
      title={t('supervision.cards.issue')}
      initialValues={{ colour: 'yellow', targetKind: 'department', ...preset }}
      mutation={issue}
      onSubmit={(v) => issue.mutateAsync({ ...preset, ...v, reason: v.reason.trim() })}
      onClose={onClose}
      successText={t('supervision.cards.issued')}
    >
      {(form) => (
        <>
          <Form.Item name="colour" label={t('supervision.cards.colour')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={(['yellow', 'red'] as const).map((c) => ({
                value: c,
                label: `${c === 'red' ? '■' : '▲'} ${t(`supervision.cards.colours.${c}`)}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="targetKind" label={t('supervision.cards.target')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={(['department', 'window'] as const).map((k) => ({
                value: k,
                label: t(`supervision.cards.targets.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['targetKind']}>
            {() =>
              form.getFieldValue('targetKind') === 'window' ? (
                <Form.Item
                  name="windowId"
                  label={t('supervision.cards.targets.window')}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={(windows.data?.rows ?? []).map((w) => ({
                      value: w.windowId,
                      label: w.number === null ? name(w) : `${w.number} · ${name(w)}`,
                    }))}
                  />
                </Form.Item>
              ) : (
                <Form.Item
                  name="departmentId"
                  label={t('supervision.cards.targets.department')}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={(departments.data ?? []).map((d) => ({ value: d.id, label: name(d) }))}
                  />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('supervision.cards.reason')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        </>
      )}
    </FormModal>
  )
}

import { parallelRefusalPolicies, roles, specialProcedureKinds } from '@yimin/shared'
import { Alert, Form, Input, InputNumber, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useDepartments } from '../../../../api/org'
import { useLocalName } from '../../../../components/names'
import { EditorCard, RowList } from './EditorCard'

const days = { min: 0, max: 365, style: { width: '100%' } }

/** Limits: legal ≥ promised (0 = 即办件), intake ≤ 5, extension cap and approver. */
export function LimitFields() {
  const { t } = useTranslation()
  const promised = Form.useWatch<number | undefined>('promisedLimitDays')
  return (
    <EditorCard id="limits" title={t('editor.limits')}>
      {promised === 0 && (
        <Alert type="info" showIcon title={t('editor.instantNote')} style={{ marginBottom: 12 }} />
      )}
      <div className="yimin-row-grid">
        <Form.Item
          label={t('editor.fields.legalLimitDays')}
          name="legalLimitDays"
          extra={t('editor.workingDaysHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber {...days} />
        </Form.Item>
        <Form.Item
          label={t('editor.fields.promisedLimitDays')}
          name="promisedLimitDays"
          extra={t('editor.promisedHint')}
          dependencies={['legalLimitDays']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: async (_, v: number | null) =>
                v == null || v <= (getFieldValue('legalLimitDays') as number)
                  ? undefined
                  : Promise.reject(new Error(t('errors.CATALOG_PROMISED_EXCEEDS_LEGAL'))),
            }),
          ]}
        >
          <InputNumber {...days} />
        </Form.Item>
        <Form.Item
          label={t('editor.fields.intakeLimitDays')}
          name="intakeLimitDays"
          extra={t('editor.intakeHint')}
        >
          <InputNumber {...days} max={5} />
        </Form.Item>
        <Form.Item
          label={t('editor.fields.extensionMaxDays')}
          name="extensionMaxDays"
          extra={t('editor.extensionHint')}
        >
          <InputNumber {...days} />
        </Form.Item>
        <Form.Item label={t('editor.fields.extensionApproverRole')} name="extensionApproverRole">
          <Select options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
      </div>
    </EditorCard>
  )
}

/** Steps (受理 → 审查 → 决定 → 送达), each with its own limit. */
export function StepFields() {
  const { t } = useTranslation()
  return (
    <EditorCard id="steps" title={t('editor.steps')}>
      <RowList
        name="steps"
        itemKey="editor.step"
        addLabel={t('editor.addStep')}
        newRow={() => ({ name: '', limitDays: 1 })}
      >
        {(field) => (
          <>
            <Form.Item
              label={t('editor.fields.name')}
              name={[field.name, 'name']}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              label={t('editor.fields.limitDays')}
              name={[field.name, 'limitDays']}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber {...days} />
            </Form.Item>
          </>
        )}
      </RowList>
    </EditorCard>
  )
}

/** Departments processing in parallel (并联审批) with their limits and the refusal rule. */
export function ParallelFields() {
  const { t } = useTranslation()
  const name = useLocalName()
  const departments = useDepartments()
  return (
    <EditorCard id="parallel" title={t('editor.parallel')}>
      <RowList
        name="parallelDepartments"
        itemKey="editor.parallelDepartment"
        addLabel={t('editor.addParallel')}
        newRow={() => ({ limitDays: 5, onRefusal: 'refuse_case' })}
      >
        {(field) => (
          <>
            <Form.Item
              label={t('editor.fields.departmentId')}
              name={[field.name, 'departmentId']}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(departments.data ?? []).map((d) => ({ value: d.id, label: name(d) }))}
              />
            </Form.Item>
            <Form.Item
              label={t('editor.fields.limitDays')}
              name={[field.name, 'limitDays']}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber {...days} />
            </Form.Item>
            <Form.Item
              label={t('editor.fields.onRefusal')}
              name={[field.name, 'onRefusal']}
              rules={[{ required: true }]}
            >
              <Select
                options={parallelRefusalPolicies.map((p) => ({ value: p, label: t(`matter.refusal.${p}`) }))}
              />
            </Form.Item>
          </>
        )}
      </RowList>
    </EditorCard>
  )
}

/** Special procedures (听证, 现场勘察 …) the matter allows, with their maximum days. */
export function SpecialFields() {
  const { t } = useTranslation()
  return (
    <EditorCard id="special" title={t('editor.special')}>
      <RowList
        name="specialProcedures"
        itemKey="editor.specialProcedure"
        addLabel={t('editor.addSpecial')}
        newRow={() => ({ kind: 'site_inspection', maxDays: 10, note: '' })}
      >
        {(field) => (
          <>
            <Form.Item
              label={t('editor.fields.kind')}
              name={[field.name, 'kind']}
              rules={[{ required: true }]}
            >
              <Select
                options={specialProcedureKinds.map((k) => ({ value: k, label: t(`matter.procedures.${k}`) }))}
              />
            </Form.Item>
            <Form.Item
              label={t('editor.fields.maxDays')}
              name={[field.name, 'maxDays']}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={1} max={365} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label={t('editor.fields.note')} name={[field.name, 'note']}>
              <Input />
            </Form.Item>
          </>
        )}
      </RowList>
    </EditorCard>
  )
}

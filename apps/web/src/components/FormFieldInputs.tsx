import { checkFormValue, formFieldLabel, pickLocalized, type FormField } from '@yimin/shared'
import { Col, Form, Input, InputNumber, Row, Select } from 'antd'
import type { Rule } from 'antd/es/form'
import { useTranslation } from 'react-i18next'
import { DayPicker } from './DayPicker'

/**
 * The inputs of an application form (a matter's own fields, or a bundle's): one antd Form.Item
 * per field under `name` (default `formData`), labelled in the reader's language, checked with
 * the same rule the server applies (checkFormValue). Used by the counter's intake; the portal's
 * application form can render a matter's `guide.document.formFields` with it too.
 */
export function FormFieldInputs({
  fields,
  name = 'formData',
}: {
  fields: readonly FormField[]
  name?: string
}) {
  const { t, i18n } = useTranslation()
  if (fields.length === 0) return null
  const rule = (f: FormField): Rule => ({
    validator: (_, value: unknown) => {
      const problem = checkFormValue(f, value)
      return problem === null
        ? Promise.resolve()
        : Promise.reject(
            new Error(
              t(`formFields.problems.${problem}`, { min: f.min, max: f.max, maxLength: f.maxLength }),
            ),
          )
    },
  })
  return (
    <Row gutter={16}>
      {fields.map((f) => (
        <Col key={f.key} xs={24} md={f.type === 'textarea' ? 24 : 12}>
          <Form.Item
            name={[name, f.key]}
            label={formFieldLabel(f, i18n.language)}
            required={f.isRequired}
            rules={[rule(f)]}
            validateTrigger={['onChange', 'onBlur']}
          >
            {input(f, t, i18n.language)}
          </Form.Item>
        </Col>
      ))}
    </Row>
  )
}

function input(f: FormField, t: (key: string) => string, language: string) {
  switch (f.type) {
    case 'number':
      return (
        <InputNumber
          style={{ width: '100%' }}
          {...(f.min !== undefined ? { min: f.min } : {})}
          {...(f.max !== undefined ? { max: f.max } : {})}
        />
      )
    case 'date':
      // YYYY-MM-DD, as the native date input gave, but drawn in the page's language
      return <DayPicker style={{ width: '100%' }} />
    case 'select':
      return (
        <Select
          allowClear={!f.isRequired}
          placeholder={t('formFields.choose')}
          options={f.options.map((o) => ({ value: o.zh, label: pickLocalized(o, language) }))}
        />
      )
    case 'textarea':
      return <Input.TextArea rows={3} maxLength={f.maxLength ?? 2000} />
    case 'id_number':
      return <Input maxLength={18} autoComplete="off" />
    case 'phone':
      return <Input maxLength={13} inputMode="tel" autoComplete="off" />
    case 'text':
      return <Input maxLength={f.maxLength ?? 2000} autoComplete="off" />
  }
}

import { Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'

/**
 * The form fields of one `LocalizedText` (`{ zh, ug?, en? }`): Chinese (required unless told),
 * Uyghur (right to left) and English. `name` is the form field holding the text, e.g. `"name"` or
 * `["materials", 2, "label"]`; a blank translation is left out of the value (not translated).
 */
export function LocalizedTextFields({
  name,
  labels,
  required = true,
  max = 100,
  multiline = false,
}: {
  name: string | ReadonlyArray<string | number>
  /** the three labels; the name fields' labels by default */
  labels?: { zh: string; ug: string; en: string }
  required?: boolean
  max?: number
  multiline?: boolean
}) {
  const { t } = useTranslation()
  const path: Array<string | number> = typeof name === 'string' ? [name] : [...name]
  const text = labels ?? { zh: t('fields.name'), ug: t('fields.nameUg'), en: t('fields.nameEn') }
  const blankIsAbsent = (value: string | undefined) => (value && value.trim() ? value : undefined)
  const Field = multiline ? Input.TextArea : Input
  return (
    <>
      <Form.Item
        label={text.zh}
        name={[...path, 'zh']}
        rules={[{ required, whitespace: required, max, message: t('common.required') }]}
      >
        <Field lang="zh" />
      </Form.Item>
      <Form.Item label={text.ug} name={[...path, 'ug']} normalize={blankIsAbsent} rules={[{ max }]}>
        <Field dir="rtl" lang="ug" />
      </Form.Item>
      <Form.Item label={text.en} name={[...path, 'en']} normalize={blankIsAbsent} rules={[{ max }]}>
        <Field lang="en" />
      </Form.Item>
    </>
  )
}

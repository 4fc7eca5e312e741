import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { formFieldTypes } from '@yimin/shared'
import { Button, Checkbox, Form, Input, InputNumber, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { LocalizedTextFields } from '../../../../components/LocalizedTextFields'
import { EditorCard, RowList } from './EditorCard'

/** The matter's own application form (申请表): each field with its key, labels, type, choices, required and limits. */
export function FormFieldList() {
  const { t } = useTranslation()
  return (
    <EditorCard id="formFields" title={t('editor.formFields')}>
      <FormFieldRows list="formFields" itemKey="editor.formField" addLabel={t('editor.addFormField')} />
    </EditorCard>
  )
}

/**
 * The rows of a form's fields under the form list `list` (a matter's `formFields`, a bundle's
 * `form`): key, labels in three languages, type, required, and what the type takes (choices with
 * their translations, a range, a length).
 */
export function FormFieldRows({
  list,
  itemKey,
  addLabel,
}: {
  list: string
  itemKey: string
  addLabel: string
}) {
  const { t } = useTranslation()
  return (
    <RowList
      name={list}
      itemKey={itemKey}
      addLabel={addLabel}
      newRow={() => ({ key: '', label: { zh: '' }, type: 'text', isRequired: false, options: [] })}
    >
      {(field) => (
        <>
          <Form.Item
            label={t('bundle.fieldKey')}
            name={[field.name, 'key']}
            rules={[
              { required: true, pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, message: t('bundle.fieldKeyHint') },
            ]}
          >
            <Input autoComplete="off" lang="en" dir="ltr" />
          </Form.Item>
          <LocalizedTextFields
            name={[field.name, 'label']}
            labels={{
              zh: t('bundle.fieldLabel'),
              ug: t('editor.fields.labelUg'),
              en: t('editor.fields.labelEn'),
            }}
          />
          <Form.Item label={t('bundle.fieldType')} name={[field.name, 'type']}>
            <Select
              options={formFieldTypes.map((ft) => ({ value: ft, label: t(`bundle.fieldTypes.${ft}`) }))}
            />
          </Form.Item>
          <Form.Item
            label={t('bundle.fieldRequired')}
            name={[field.name, 'isRequired']}
            valuePropName="checked"
          >
            <Checkbox>{t('guide.isRequired')}</Checkbox>
          </Form.Item>
          <Form.Item noStyle dependencies={[[list, field.name, 'type']]}>
            {({ getFieldValue }) => {
              const type = getFieldValue([list, field.name, 'type']) as string
              if (type === 'select')
                // each choice in the three languages (the stored answer is its Chinese text)
                return <ChoiceList name={[field.name, 'options']} />
              if (type === 'number')
                return (
                  <>
                    <Form.Item label={t('editor.fields.min')} name={[field.name, 'min']}>
                      <InputNumber style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item label={t('editor.fields.max')} name={[field.name, 'max']}>
                      <InputNumber style={{ width: '100%' }} />
                    </Form.Item>
                  </>
                )
              if (type === 'text' || type === 'textarea')
                return (
                  <Form.Item label={t('editor.fields.maxLength')} name={[field.name, 'maxLength']}>
                    <InputNumber min={1} max={2000} style={{ width: '100%' }} />
                  </Form.Item>
                )
              return null
            }}
          </Form.Item>
        </>
      )}
    </RowList>
  )
}

/** A select field's choices, each a group of three inputs (Chinese, Uyghur, English) with a remove button. */
function ChoiceList({ name }: { name: Array<string | number> }) {
  const { t } = useTranslation()
  return (
    <Form.List name={name}>
      {(choices, { add, remove }) => (
        <div style={{ gridColumn: '1 / -1' }}>
          {choices.map((choice, index) => (
            <div
              key={choice.key}
              role="group"
              aria-label={t('editor.choice', { n: index + 1 })}
              className="yimin-row-grid"
            >
              <LocalizedTextFields
                name={[choice.name]}
                labels={{
                  zh: `${t('bundle.fieldOptions')} ${index + 1}`,
                  ug: t('editor.formFieldOptionsUg'),
                  en: t('editor.formFieldOptionsEn'),
                }}
              />
              <Button
                size="small"
                danger
                style={{ alignSelf: 'center', justifySelf: 'start' }}
                icon={<DeleteOutlined aria-hidden />}
                onClick={() => remove(choice.name)}
                aria-label={t('common.removeNamed', { name: t('editor.choice', { n: index + 1 }) })}
              >
                {t('common.remove')}
              </Button>
            </div>
          ))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ zh: '' })}>
            {t('editor.addChoice')}
          </Button>
        </div>
      )}
    </Form.List>
  )
}

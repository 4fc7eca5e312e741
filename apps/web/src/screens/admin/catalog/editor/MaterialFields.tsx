import { materialForms } from '@yimin/shared'
import { Checkbox, Form, Input, InputNumber, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { LocalizedTextFields } from '../../../../components/LocalizedTextFields'
import { nameLabels } from './document'
import { EditorCard, RowList } from './EditorCard'

/** Materials: form, copies, required, 容缺 with the days to supply it later. */
export function MaterialFields() {
  const { t } = useTranslation()
  return (
    <EditorCard id="materials" title={t('editor.materials')}>
      <RowList
        name="materials"
        itemKey="editor.material"
        addLabel={t('editor.addMaterial')}
        newRow={() => ({
          name: { zh: '' },
          form: 'original',
          copies: 1,
          isRequired: true,
          isDeferrable: false,
          deferralDays: null,
          source: '',
          note: '',
        })}
      >
        {(field) => (
          <>
            <LocalizedTextFields name={[field.name, 'name']} labels={nameLabels(t)} max={200} />
            <Form.Item
              label={t('editor.fields.form')}
              name={[field.name, 'form']}
              rules={[{ required: true }]}
            >
              <Select options={materialForms.map((f) => ({ value: f, label: t(`matter.forms.${f}`) }))} />
            </Form.Item>
            <Form.Item
              label={t('editor.fields.copies')}
              name={[field.name, 'copies']}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={0} max={99} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name={[field.name, 'isRequired']}
              valuePropName="checked"
              label={t('editor.fields.isRequired')}
            >
              <Checkbox>{t('guide.isRequired')}</Checkbox>
            </Form.Item>
            <Form.Item
              name={[field.name, 'isDeferrable']}
              valuePropName="checked"
              label={t('editor.fields.isDeferrable')}
            >
              <Checkbox>{t('editor.deferrableLabel')}</Checkbox>
            </Form.Item>
            <Form.Item noStyle dependencies={[['materials', field.name, 'isDeferrable']]}>
              {({ getFieldValue }) =>
                getFieldValue(['materials', field.name, 'isDeferrable']) ? (
                  <Form.Item
                    label={t('editor.fields.deferralDays')}
                    name={[field.name, 'deferralDays']}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <InputNumber min={1} max={365} style={{ width: '100%' }} />
                  </Form.Item>
                ) : null
              }
            </Form.Item>
            <Form.Item label={t('editor.fields.source')} name={[field.name, 'source']}>
              <Input />
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

/** Fees with their legal basis (a fee without one is refused). */
export function FeeFields() {
  const { t } = useTranslation()
  return (
    <EditorCard id="fees" title={t('editor.fees')}>
      <RowList
        name="fees"
        itemKey="editor.fee"
        addLabel={t('editor.addFee')}
        newRow={() => ({ name: '', amount: 0, unit: '', legalBasis: '' })}
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
              label={t('editor.fields.amount')}
              name={[field.name, 'amount']}
              extra={t('editor.amountHint')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={0} max={10000000} step={1} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label={t('editor.fields.unit')} name={[field.name, 'unit']}>
              <Input />
            </Form.Item>
            <Form.Item
              label={t('editor.fields.legalBasis')}
              name={[field.name, 'legalBasis']}
              style={{ gridColumn: '1 / -1' }}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
      </RowList>
    </EditorCard>
  )
}

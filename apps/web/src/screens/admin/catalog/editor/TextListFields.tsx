import { Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { EditorCard, RowList } from './EditorCard'

/** A list of free texts: conditions (受理条件) or legal basis (设定依据). */
export function TextListFields({
  name,
  title,
  itemKey,
  addLabel,
}: {
  name: 'conditions' | 'legalBasis'
  title: string
  itemKey: string
  addLabel: string
}) {
  const { t } = useTranslation()
  return (
    <EditorCard id={name} title={title}>
      <RowList name={name} itemKey={itemKey} addLabel={addLabel} newRow={() => ''}>
        {(field, i) => (
          <Form.Item
            name={field.name}
            label={t(itemKey, { n: i + 1 })}
            rules={[{ required: true, message: t('common.required') }]}
            style={{ gridColumn: '1 / -1' }}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
      </RowList>
    </EditorCard>
  )
}

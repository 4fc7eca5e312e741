import { matterLevels, matterTypes } from '@yimin/shared'
import { Form, Input, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useDepartments } from '../../../../api/org'
import { LocalizedTextFields } from '../../../../components/LocalizedTextFields'
import { useLocalName } from '../../../../components/names'
import { nameLabels } from './document'
import { EditorCard } from './EditorCard'

/** Code, names, type, implementing department and level, summary, search words. */
export function BasicFields({ isCodeFixed }: { isCodeFixed: boolean }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const departments = useDepartments()
  return (
    <EditorCard id="basic" title={t('editor.basic')}>
      <div className="yimin-row-grid">
        <Form.Item
          label={t('editor.fields.code')}
          name="code"
          extra={isCodeFixed ? t('editor.codeFixed') : t('editor.codeHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input disabled={isCodeFixed} autoComplete="off" />
        </Form.Item>
        <LocalizedTextFields name="name" labels={nameLabels(t)} max={200} />
        <Form.Item label={t('editor.fields.type')} name="type" rules={[{ required: true }]}>
          <Select options={matterTypes.map((m) => ({ value: m, label: t(`matter.types.${m}`) }))} />
        </Form.Item>
        <Form.Item
          label={t('editor.fields.departmentId')}
          name="departmentId"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: name(d) }))}
          />
        </Form.Item>
        <Form.Item label={t('editor.fields.level')} name="level" rules={[{ required: true }]}>
          <Select options={matterLevels.map((l) => ({ value: l, label: t(`levels.${l}`) }))} />
        </Form.Item>
        <Form.Item label={t('editor.fields.keywords')} name="keywords" extra={t('editor.keywordsHint')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} />
        </Form.Item>
      </div>
      <Form.Item label={t('editor.fields.summary')} name="summary">
        <Input.TextArea rows={3} />
      </Form.Item>
    </EditorCard>
  )
}

import { matterLevels, matterTypes } from '@yimin/shared'
import { Form, Input, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useDepartments } from '../../../api/org'
import { useLocalName } from '../../../components/names'

export interface Filters {
  q: string
  departmentId?: string
  level?: string
  type?: string
}

/** The search box and its filters (department, level, type); labelled for screen readers. */
export function SearchFilters({
  value,
  onChange,
  large = false,
}: {
  value: Filters
  onChange: (f: Filters) => void
  large?: boolean
}) {
  const { t } = useTranslation()
  const name = useLocalName()
  const departments = useDepartments()
  const size = large ? 'large' : 'middle'
  return (
    <form role="search" aria-label={t('guide.searchLabel')} onSubmit={(e) => e.preventDefault()}>
      <Form layout="vertical" component={false}>
        <Form.Item label={t('guide.searchLabel')} htmlFor="guide-q" style={{ marginBottom: 12 }}>
          <Input.Search
            id="guide-q"
            size="large"
            allowClear
            enterButton={t('guide.search')}
            placeholder={t('guide.searchPlaceholder')}
            defaultValue={value.q}
            onSearch={(q) => onChange({ ...value, q })}
            onChange={(e) => onChange({ ...value, q: e.target.value })}
          />
        </Form.Item>
        <div className="yimin-filter-row">
          <Form.Item label={t('guide.department')} htmlFor="guide-department" style={{ marginBottom: 8 }}>
            <Select
              id="guide-department"
              size={size}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('guide.allDepartments')}
              value={value.departmentId}
              onChange={(departmentId?: string) => onChange({ ...value, departmentId })}
              options={(departments.data ?? [])
                .filter((d) => d.isActive)
                .map((d) => ({ value: d.id, label: name(d) }))}
            />
          </Form.Item>
          <Form.Item label={t('guide.level')} htmlFor="guide-level" style={{ marginBottom: 8 }}>
            <Select
              id="guide-level"
              size={size}
              allowClear
              placeholder={t('guide.allLevels')}
              value={value.level}
              onChange={(level?: string) => onChange({ ...value, level })}
              options={matterLevels.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('guide.type')} htmlFor="guide-type" style={{ marginBottom: 8 }}>
            <Select
              id="guide-type"
              size={size}
              allowClear
              placeholder={t('guide.allTypes')}
              value={value.type}
              onChange={(type?: string) => onChange({ ...value, type })}
              options={matterTypes.map((m) => ({ value: m, label: t(`matter.types.${m}`) }))}
            />
          </Form.Item>
        </div>
      </Form>
    </form>
  )
}

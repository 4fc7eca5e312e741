import { ClearOutlined } from '@ant-design/icons'
import type { CaseStatus } from '@yimin/shared'
import { Button, Input, Select, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Light } from '../cases/case-light'
import {
  distinctOf,
  emptyTaskFilter,
  isTaskFilterActive,
  type FilterableTask,
  type TaskFilter,
} from './task-filter'

const lights: Light[] = ['green', 'yellow', 'red', 'paused']

/** Status, light, matter and a search over case number and applicant, above the task list. */
export function TaskFilterBar({
  tasks,
  value,
  onChange,
}: {
  tasks: readonly FilterableTask[]
  value: TaskFilter
  onChange: (f: TaskFilter) => void
}) {
  const { t } = useTranslation()
  const statuses = distinctOf(tasks, (x) => x.status)
  if (value.status && value.status !== 'awaiting_approval' && !statuses.includes(value.status))
    statuses.push(value.status)
  const matters = distinctOf(tasks, (x) => x.matterName)
  const any = t('workbench.filter.any')
  return (
    <Space wrap role="search" aria-label={t('workbench.filter.label')} style={{ marginBottom: 12 }}>
      <Select<CaseStatus | 'awaiting_approval' | null>
        aria-label={t('fields.status')}
        style={{ minWidth: 160 }}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={[
          { value: null, label: `${t('fields.status')}: ${any}` },
          ...statuses.map((s) => ({ value: s, label: t(`caseStatus.${s}`) })),
          { value: 'awaiting_approval' as const, label: t('workbench.awaitingApproval') },
        ]}
      />
      <Select<Light | null>
        aria-label={t('workbench.filter.light')}
        style={{ minWidth: 140 }}
        value={value.light}
        onChange={(light) => onChange({ ...value, light })}
        options={[
          { value: null, label: `${t('workbench.filter.light')}: ${any}` },
          ...lights.map((l) => ({ value: l, label: t(`caseLight.${l}`) })),
        ]}
      />
      <Select<string | null>
        aria-label={t('case.matter')}
        style={{ minWidth: 200 }}
        value={value.matter}
        onChange={(matter) => onChange({ ...value, matter })}
        options={[
          { value: null, label: `${t('case.matter')}: ${any}` },
          ...matters.map((m) => ({ value: m, label: m })),
        ]}
      />
      <Input.Search
        aria-label={t('workbench.filter.search')}
        placeholder={t('workbench.filter.search')}
        allowClear
        style={{ width: 260 }}
        value={value.text}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
      />
      {isTaskFilterActive(value) && (
        <Button icon={<ClearOutlined aria-hidden />} onClick={() => onChange(emptyTaskFilter)}>
          {t('workbench.filter.clear')}
        </Button>
      )}
    </Space>
  )
}

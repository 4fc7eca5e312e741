import type { CaseDetail } from '@yimin/shared'
import { Table, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { DueLight } from './case-status'
import { useDepartmentName } from './useDepartmentName'

type Task = CaseDetail['tasks'][number]

/** The department tasks: whose, who holds it now (routed), due date, light, outcome. */
export function CaseTasks({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  const department = useDepartmentName()
  return (
    <Table<Task>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={detail.tasks}
      scroll={{ x: true }}
      locale={{ emptyText: t('case.noTasks') }}
      columns={[
        { title: t('case.taskDepartment'), key: 'dep', render: (_, task) => department(task.departmentId) },
        {
          title: t('case.taskHolder'),
          key: 'holder',
          render: (_, task) =>
            task.holderDepartmentId === task.departmentId ? (
              department(task.holderDepartmentId)
            ) : (
              <Tag color="processing">
                {t('case.routedTo', { name: department(task.holderDepartmentId) })}
              </Tag>
            ),
        },
        {
          title: t('case.taskKind'),
          dataIndex: 'kind',
          render: (k: Task['kind']) => t(`case.taskKinds.${k}`),
        },
        {
          title: t('case.limitDays'),
          dataIndex: 'limitDays',
          render: (d: number) => t('guide.workingDays', { count: d }),
        },
        {
          title: t('case.dueOn'),
          key: 'due',
          render: (_, task) =>
            task.dueOn ? `${task.dueOn}${task.isDueProvisional ? ` (${t('case.provisional')})` : ''}` : '—',
        },
        {
          title: t('fields.status'),
          key: 'status',
          render: (_, task) =>
            task.status === 'done' ? (
              <Tag>{`${t('case.taskDone')} · ${task.outcome ? t(`caseOutcome.${task.outcome}`) : ''}`}</Tag>
            ) : (
              <DueLight remainingDays={task.remainingDays} isPaused={detail.isPaused} />
            ),
        },
      ]}
    />
  )
}

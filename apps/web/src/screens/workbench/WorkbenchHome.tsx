import { CalculatorOutlined, DislikeOutlined } from '@ant-design/icons'
import { rolePermissions } from '@yimin/shared'
import { Button, Card, Space, Table, Tag } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { StaffMe } from '../../api/auth'
import { useApprovalQueue, useDecisionQueue, useTaskQueue, type ApprovalQueueItem } from '../../api/cases'
import { Shell } from '../../app/Shell'
import { ErrorAlert } from '../../components/ErrorAlert'
import { FindCaseBox } from '../../components/FindCaseBox'
import { formatDateTime } from '../../components/format'
import { CaseQueueTable } from '../counter/IntakeQueue'
import { useDepartmentName } from '../cases/useDepartmentName'
import { DepartmentSupervision } from '../supervision/DepartmentSupervision'
import { TaskFilterBar } from './TaskFilterBar'
import { emptyTaskFilter, filterTasks, isTaskFilterActive, type TaskFilter } from './task-filter'

const workbenchRoles = new Set(['handler', 'reviewer', 'approver'])

/** The department workbench for handlers, reviewers and approvers (承办/审核/批准). */
export function WorkbenchHome({ me }: { me: StaffMe }) {
  const { t, i18n } = useTranslation()
  const department = useDepartmentName()
  const mine = me.grants.filter((g) => workbenchRoles.has(g.role))
  const isApprover = me.grants.some((g) => rolePermissions[g.role].includes('case.approve'))
  const tasks = useTaskQueue()
  const [filter, setFilter] = useState<TaskFilter>(emptyTaskFilter)
  const allTasks = useMemo(() => tasks.data ?? [], [tasks.data])
  const shown = useMemo(() => filterTasks(allTasks, filter), [allTasks, filter])
  const filtering = isTaskFilterActive(filter)
  const approvals = useApprovalQueue(isApprover)
  const decisions = useDecisionQueue(isApprover)
  return (
    <Shell
      me={me}
      title={t('workbench.title')}
      extra={
        <Space wrap aria-label={t('workbench.yourRoles')}>
          {mine.map((g) => (
            <Tag key={`${g.role}-${g.departmentId ?? 'all'}`}>
              {t(`roles.${g.role}`)} ·{' '}
              {g.departmentId ? department(g.departmentId) : t('workbench.allDepartments')}
            </Tag>
          ))}
          <FindCaseBox />
          <Link to="/ratings/rectifications">
            <Button icon={<DislikeOutlined aria-hidden />}>{t('ratings.worklist.title')}</Button>
          </Link>
          <Link to="/tools/working-days">
            <Button icon={<CalculatorOutlined aria-hidden />}>{t('tools.workingDays.title')}</Button>
          </Link>
        </Space>
      }
    >
      <Card
        title={
          <h2 className="yimin-card-title">
            {filtering
              ? t('workbench.tasksFiltered', { shown: shown.length, count: allTasks.length })
              : t('workbench.tasks', { count: allTasks.length })}
          </h2>
        }
        style={{ marginBottom: 16 }}
      >
        <ErrorAlert error={tasks.error} />
        <p>{t('workbench.lightLegend')}</p>
        {allTasks.length > 0 && <TaskFilterBar tasks={allTasks} value={filter} onChange={setFilter} />}
        <CaseQueueTable
          items={shown}
          loading={tasks.isPending}
          dueLabel={t('workbench.taskDue')}
          emptyText={
            allTasks.length === 0 ? (
              t('workbench.noTasks')
            ) : (
              <Space direction="vertical">
                <span>{t('workbench.filter.noMatch', { count: allTasks.length })}</span>
                <Button onClick={() => setFilter(emptyTaskFilter)}>{t('workbench.filter.clear')}</Button>
              </Space>
            )
          }
        />
      </Card>
      {isApprover && (
        <Card
          title={
            <h2 className="yimin-card-title">
              {t('workbench.decisions', { count: decisions.data?.length ?? 0 })}
            </h2>
          }
          style={{ marginBottom: 16 }}
        >
          <ErrorAlert error={decisions.error} />
          <p>{t('workbench.decisionsHelp')}</p>
          <CaseQueueTable
            items={decisions.data ?? []}
            loading={decisions.isPending}
            dueLabel={t('case.dueOn')}
          />
        </Card>
      )}
      {isApprover && (
        <Card
          title={
            <h2 className="yimin-card-title">
              {t('workbench.approvals', { count: approvals.data?.length ?? 0 })}
            </h2>
          }
        >
          <ErrorAlert error={approvals.error} />
          <Table<ApprovalQueueItem>
            size="middle"
            rowKey="id"
            loading={approvals.isPending}
            dataSource={approvals.data ?? []}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: t('workbench.noApprovals') }}
            columns={[
              {
                title: t('case.approvalKind'),
                key: 'kind',
                render: (_, a) =>
                  a.procedure
                    ? `${t(`case.approvalKinds.${a.kind}`)} · ${t(`matter.procedures.${a.procedure}`)}`
                    : t(`case.approvalKinds.${a.kind}`),
              },
              {
                title: t('case.days'),
                dataIndex: 'days',
                render: (d: number) => t('guide.workingDays', { count: d }),
              },
              { title: t('case.reason'), dataIndex: 'reason' },
              {
                title: t('workbench.requestedAt'),
                dataIndex: 'requestedAt',
                render: (at: string) => formatDateTime(at, i18n.language),
              },
              {
                title: t('common.actions'),
                key: 'open',
                render: (_, a) => <Link to={`/cases/${a.caseId}`}>{t('workbench.openToDecide')}</Link>,
              },
            ]}
          />
        </Card>
      )}
      <DepartmentSupervision me={me} />
    </Shell>
  )
}

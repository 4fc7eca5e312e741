import {
  CalculatorOutlined, CheckSquareOutlined, ClockCircleOutlined, InboxOutlined, SearchOutlined, TeamOutlined } from '@ant-design/icons'
import { Space, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../api/auth'
import { Shell } from '../../app/Shell'
import { SectionGrid } from '../../components/SectionGrid'

const workbenchRoles = new Set(['handler', 'reviewer', 'approver'])

/** The department workbench for handlers, reviewers and approvers (承办/审核/批准). */
export function WorkbenchHome({ me }: { me: StaffMe }) {
  const { t } = useTranslation()
  const mine = me.grants.filter((g) => workbenchRoles.has(g.role))
  return (
    <Shell
      me={me}
      title={t('workbench.title')}
      extra={
        <Space wrap aria-label={t('workbench.yourRoles')}>
          {mine.map((g) => (
            <Tag key={`${g.role}-${g.departmentId ?? 'all'}`}>
              {t(`roles.${g.role}`)} · {g.departmentId ?? t('workbench.allDepartments')}
            </Tag>
          ))}
        </Space>
      }
    >
      <SectionGrid
        sections={[
          { key: 'workbench.inbox', icon: <InboxOutlined /> },
          { key: 'workbench.deadlines', icon: <ClockCircleOutlined /> },
          { key: 'workbench.decisions', icon: <CheckSquareOutlined /> },
          { key: 'workbench.parallel', icon: <TeamOutlined /> },
          { key: 'workbench.search', icon: <SearchOutlined /> },
          { key: 'tools.workingDays', icon: <CalculatorOutlined />, to: '/tools/working-days' },
        ]}
      />
    </Shell>
  )
}

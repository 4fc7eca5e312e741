import type { CaseStatus, LightCase } from '@yimin/shared'
import { Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLightCases } from '../../api/supervision'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useLocalName } from '../../components/names'
import { CaseStatusTag, LightTag } from '../cases/case-status'
import { useDepartmentName } from '../cases/useDepartmentName'
import { ExportLink } from './ExportLink'

/** The red or yellow cases, worst first, each opening its case page. */
export function LightCases({ light }: { light: 'red' | 'yellow' }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const [page, setPage] = useState(1)
  const cases = useLightCases(light, page)
  const department = useDepartmentName()
  const title = t(`supervision.lightCases.${light}`, { count: cases.data?.total ?? 0 })
  return (
    <section aria-label={title}>
      <div className="yimin-section-head">
        <h3>{title}</h3>
        <ExportLink table={light} name={t(`supervision.live.${light}`)} />
      </div>
      <ErrorAlert error={cases.error} />
      <Table<LightCase>
        size="small"
        rowKey="id"
        loading={cases.isPending}
        dataSource={cases.data?.items ?? []}
        scroll={{ x: true }}
        locale={{ emptyText: t(`supervision.lightCases.none.${light}`) }}
        pagination={{
          current: page,
          pageSize: 10,
          total: cases.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        columns={[
          {
            title: t('supervision.lightCases.light'),
            key: 'light',
            render: (_, c) => (
              <LightTag
                light={c.isPaused ? 'paused' : c.light}
                detail={c.isPaused ? t(`caseLight.${c.light}`) : undefined}
              />
            ),
          },
          {
            title: t('supervision.lightCases.number'),
            key: 'number',
            render: (_, c) => (
              <Link to={`/cases/${c.id}`}>
                <bdi>{c.number}</bdi>
              </Link>
            ),
          },
          {
            title: t('supervision.lightCases.matter'),
            key: 'matter',
            render: (_, c) => <bdi>{name({ name: c.matterName })}</bdi>,
          },
          {
            title: t('supervision.lightCases.department'),
            key: 'department',
            render: (_, c) => department(c.departmentId),
          },
          { title: t('supervision.lightCases.applicant'), dataIndex: 'applicantName' },
          {
            title: t('supervision.lightCases.what'),
            key: 'what',
            render: (_, c) => t(`supervision.lightCases.whats.${c.what}`),
          },
          {
            title: t('supervision.lightCases.dueOn'),
            key: 'dueOn',
            render: (_, c) => <bdi className="yimin-nowrap">{c.dueOn}</bdi>,
          },
          {
            title: t('supervision.lightCases.status'),
            key: 'status',
            render: (_, c) => <CaseStatusTag status={c.status as CaseStatus} />,
          },
        ]}
      />
    </section>
  )
}

import { alertCodes, alertStatuses, type AlertStatus, type SupervisionAlert } from '@yimin/shared'
import { Button, Select, Table } from 'antd'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CaseRef } from './CaseRef'
import type { StaffMe } from '../../api/auth'
import { useDepartments } from '../../api/org'
import { useAlerts } from '../../api/supervision'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'
import { useLocalName } from '../../components/names'
import { useDepartmentName } from '../cases/useDepartmentName'
import { AlertDetail } from './AlertDetail'
import { alertText } from './alert-text'
import { AlertStatusTag } from './AlertStatusTag'
import { ExportLink } from './ExportLink'

/** The alert list with filters (status, rule, department) and each alert's detail. */
export function AlertsPanel({
  me,
  showDepartmentFilter = true,
}: {
  me: StaffMe
  showDepartmentFilter?: boolean
}) {
  const { t, i18n } = useTranslation()
  const [status, setStatus] = useState<AlertStatus | undefined>()
  const [code, setCode] = useState<string | undefined>()
  const [departmentId, setDepartmentId] = useState<string | undefined>()
  const [page, setPage] = useState(1)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const last = useRef<SupervisionAlert | null>(null)
  const alerts = useAlerts({ status, code, departmentId, page, pageSize: 20 })
  const departments = useDepartments()
  const name = useLocalName()
  const department = useDepartmentName()
  const items = alerts.data?.items ?? []
  const selected = selectedId ? (items.find((a) => a.id === selectedId) ?? last.current) : null
  last.current = selected
  const filter = <T extends string>(
    label: string,
    value: T | undefined,
    onChange: (v: T | undefined) => void,
    options: Array<{ value: T; label: string }>,
  ) => (
    <Select<T>
      aria-label={label}
      placeholder={label}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={(v) => {
        onChange(v ?? undefined)
        setPage(1)
      }}
      style={{ minWidth: 180 }}
      options={options}
    />
  )
  return (
    <section aria-label={t('supervision.alerts.title')}>
      <div className="yimin-toolbar">
        {filter(
          t('supervision.alerts.status'),
          status,
          setStatus,
          alertStatuses.map((s) => ({ value: s, label: t(`supervision.alertStatus.${s}`) })),
        )}
        {filter(
          t('supervision.alerts.code'),
          code,
          setCode,
          alertCodes.map((c) => ({ value: c, label: t(`supervision.ruleNames.${c}`) })),
        )}
        {showDepartmentFilter &&
          filter(
            t('supervision.figures.department'),
            departmentId,
            setDepartmentId,
            (departments.data ?? []).map((d) => ({ value: d.id, label: name(d) })),
          )}
        {showDepartmentFilter && <ExportLink table="alerts" name={t('supervision.alerts.title')} />}
      </div>
      <ErrorAlert error={alerts.error} />
      <Table<SupervisionAlert>
        size="small"
        rowKey="id"
        loading={alerts.isPending}
        dataSource={items}
        scroll={{ x: true }}
        locale={{ emptyText: t('supervision.alerts.none') }}
        pagination={{
          current: page,
          pageSize: 20,
          total: alerts.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        columns={[
          {
            title: t('supervision.alerts.status'),
            key: 'status',
            render: (_, a) => <AlertStatusTag status={a.status} />,
          },
          {
            title: t('supervision.alerts.message'),
            key: 'message',
            render: (_, a) => alertText(t, a, i18n.language),
          },
          {
            title: t('supervision.alerts.case'),
            key: 'case',
            render: (_, a) => <CaseRef link={a.link} number={a.caseNumber} />,
          },
          {
            title: t('supervision.figures.department'),
            key: 'department',
            render: (_, a) => department(a.departmentId),
          },
          {
            title: t('supervision.alerts.raisedAt'),
            key: 'at',
            render: (_, a) => formatDateTime(a.raisedAt, i18n.language),
          },
          {
            title: t('common.actions'),
            key: 'open',
            render: (_, a) => (
              <Button
                type="link"
                onClick={() => setSelectedId(a.id)}
                aria-label={t('supervision.alerts.openNamed', { number: a.caseNumber })}
              >
                {t('supervision.alerts.open')}
              </Button>
            ),
          },
        ]}
      />
      <AlertDetail alert={selected} me={me} onClose={() => setSelectedId(null)} />
    </section>
  )
}

import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import type { Department } from '@yimin/shared'
import { Button, Card, Input, Select, Space, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDepartments, useDivisions } from '../../../api/org'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useLocalName } from '../../../components/names'
import { StatusTag } from '../../../components/StatusTag'
import { DepartmentModal } from './DepartmentModal'

/** Departments (units) with level, division, parent unit and whether they are active. */
export function DepartmentsCard({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const departments = useDepartments()
  const divisions = useDivisions()
  const [editing, setEditing] = useState<Department | 'new' | null>(null)
  const [search, setSearch] = useState('')
  const [level, setLevel] = useState<string | undefined>()
  const all = departments.data ?? []
  const byId = new Map(all.map((d) => [d.id, d]))
  const needle = search.trim().toLowerCase()
  const shown = all
    .filter(
      (d) =>
        (!level || d.level === level) &&
        (!needle ||
          [d.name.zh, d.code, d.name.en ?? '', d.name.ug ?? ''].some((s) =>
            s.toLowerCase().includes(needle),
          )),
    )
    .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('admin.org.departments')}</h2>}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('admin.org.addDepartment')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          aria-label={t('admin.org.searchDepartments')}
          placeholder={t('admin.org.searchDepartments')}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 240 }}
        />
        <Select
          allowClear
          aria-label={t('fields.level')}
          placeholder={t('fields.level')}
          value={level}
          onChange={setLevel}
          style={{ width: 160 }}
          options={(['region', 'city', 'district'] as const).map((l) => ({
            value: l,
            label: t(`levels.${l}`),
          }))}
        />
      </Space>
      <ErrorAlert error={departments.error} />
      <Table<Department>
        rowKey="id"
        size="middle"
        loading={departments.isPending}
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('fields.code'), key: 'code', render: (_, d) => <code>{d.code}</code> },
          { title: t('fields.name'), key: 'name', render: (_, d) => <bdi>{name(d)}</bdi> },
          { title: t('fields.level'), key: 'level', render: (_, d) => t(`levels.${d.level}`) },
          {
            title: t('admin.org.division'),
            key: 'division',
            render: (_, d) => (
              <bdi>{name(divisions.data?.find((v) => v.code === d.divisionCode)) || d.divisionCode}</bdi>
            ),
          },
          {
            title: t('admin.org.parent'),
            key: 'parent',
            render: (_, d) => (d.parentId ? <bdi>{name(byId.get(d.parentId))}</bdi> : '—'),
          },
          { title: t('admin.org.phone'), key: 'phone', render: (_, d) => d.phone ?? '—' },
          {
            title: t('fields.status'),
            key: 'active',
            render: (_, d) => (
              <StatusTag
                isActive={d.isActive}
                activeLabel={t('fields.active')}
                inactiveLabel={t('fields.inactive')}
              />
            ),
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, d: Department) => (
                    <Button
                      size="small"
                      icon={<EditOutlined aria-hidden />}
                      onClick={() => setEditing(d)}
                      aria-label={t('admin.org.editNamed', { name: name(d) })}
                    >
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <DepartmentModal department={editing} onClose={() => setEditing(null)} />
    </Card>
  )
}

import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import type { Hall } from '@yimin/shared'
import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUsers } from '../../../api/admin'
import {
  useDepartments,
  useQueueCategories,
  type AreaInput,
  type FloorInput,
  type WindowInput,
} from '../../../api/org'
import { useLocalName } from '../../../components/names'
import { StatusTag } from '../../../components/StatusTag'
import { AreaModal, FloorModal, WindowModal, windowInitial, type Editing } from './PartModals'

type HallWindow = Hall['windows'][number]

/** The hall as it is built: floors → areas → numbered windows, with what each window serves. */
export function FloorsCard({ hall, canManage }: { hall: Hall; canManage: boolean }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const departments = useDepartments()
  const categories = useQueueCategories()
  const users = useUsers()
  const [floor, setFloor] = useState<Editing<FloorInput>>(null)
  const [area, setArea] = useState<Editing<AreaInput>>(null)
  const [win, setWin] = useState<Editing<WindowInput>>(null)
  const departmentName = (id: string) => name(departments.data?.find((d) => d.id === id)) || id
  const category = (id: string) => categories.data?.find((c) => c.id === id)
  const userName = (id: string) => users.data?.find((u) => u.id === id)?.displayName ?? id
  const edit = (label: string) => ({
    size: 'small' as const,
    icon: <EditOutlined aria-hidden />,
    'aria-label': label,
  })
  const floors = [...hall.floors].sort((a, b) => a.number - b.number)

  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('admin.hall.floorsAndWindows')}</h2>}
      extra={
        canManage && (
          <Space wrap>
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setFloor({ isNew: true, initial: {} })}
            >
              {t('admin.hall.addFloor')}
            </Button>
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={hall.floors.length === 0}
              onClick={() => setArea({ isNew: true, initial: { floorId: floors[0]?.id } })}
            >
              {t('admin.hall.addArea')}
            </Button>
          </Space>
        )
      }
      style={{ marginBottom: 16 }}
    >
      {floors.length === 0 && <Empty description={t('admin.hall.noFloors')} />}
      {floors.map((f) => {
        const areas = hall.areas.filter((a) => a.floorId === f.id).sort((a, b) => a.sortOrder - b.sortOrder)
        return (
          <section key={f.id} aria-labelledby={`floor-${f.id}`} style={{ marginBottom: 20 }}>
            <Space wrap align="center">
              <h3 id={`floor-${f.id}`} style={{ fontSize: 17, margin: 0 }}>
                {t('hallPlace.floor', { n: f.number })} · <bdi>{name(f)}</bdi>
              </h3>
              {!f.isServiceFloor && <Tag>{t('admin.hall.notServiceFloor')}</Tag>}
              {canManage && (
                <Button
                  {...edit(t('admin.hall.editFloorNamed', { name: name(f) }))}
                  onClick={() => setFloor({ isNew: false, id: f.id, initial: { ...f } })}
                >
                  {t('common.edit')}
                </Button>
              )}
            </Space>
            {areas.length === 0 && (
              <Typography.Paragraph type="secondary">{t('admin.hall.noAreas')}</Typography.Paragraph>
            )}
            {areas.map((a) => (
              <div
                key={a.id}
                style={{ marginTop: 12, paddingInlineStart: 16, borderInlineStart: '3px solid #d9d9d9' }}
              >
                <Space wrap align="center" style={{ marginBottom: 8 }}>
                  <h4 style={{ fontSize: 15, margin: 0 }}>
                    <bdi>{name(a)}</bdi> <code>{a.code}</code>
                  </h4>
                  {canManage && (
                    <>
                      <Button
                        {...edit(t('admin.hall.editAreaNamed', { name: name(a) }))}
                        onClick={() => setArea({ isNew: false, id: a.id, initial: { ...a } })}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="small"
                        icon={<PlusOutlined aria-hidden />}
                        onClick={() => setWin({ isNew: true, initial: { areaId: a.id } })}
                        aria-label={t('admin.hall.addWindowIn', { name: name(a) })}
                      >
                        {t('admin.hall.addWindow')}
                      </Button>
                    </>
                  )}
                </Space>
                <Table<HallWindow>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  dataSource={hall.windows
                    .filter((w) => w.areaId === a.id)
                    .sort((x, y) => x.number - y.number)}
                  locale={{ emptyText: t('admin.hall.noWindows') }}
                  columns={[
                    {
                      title: t('admin.hall.windowNumber'),
                      key: 'number',
                      render: (_, w) => <strong>{t('hallPlace.window', { n: w.number })}</strong>,
                    },
                    {
                      title: t('admin.hall.windowName'),
                      key: 'name',
                      render: (_, w) => <bdi>{name(w) || '—'}</bdi>,
                    },
                    {
                      title: t('admin.hall.departments'),
                      key: 'departments',
                      render: (_, w) => <TagList items={w.departmentIds.map(departmentName)} />,
                    },
                    {
                      title: t('admin.hall.categories'),
                      key: 'categories',
                      render: (_, w) => (
                        <TagList
                          items={w.categoryIds.map((id) =>
                            category(id) ? `${category(id)?.prefix} · ${name(category(id))}` : id,
                          )}
                        />
                      ),
                    },
                    {
                      title: t('admin.hall.staff'),
                      key: 'staff',
                      render: (_, w) => <TagList items={(w.staffIds ?? []).map(userName)} />,
                    },
                    {
                      title: t('fields.status'),
                      key: 'active',
                      render: (_, w) => (
                        <StatusTag
                          isActive={w.isActive}
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
                            render: (_: unknown, w: HallWindow) => (
                              <Button
                                {...edit(t('admin.hall.editWindowNamed', { n: w.number }))}
                                onClick={() => setWin({ isNew: false, id: w.id, initial: windowInitial(w) })}
                              >
                                {t('common.edit')}
                              </Button>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
              </div>
            ))}
          </section>
        )
      })}
      <FloorModal hall={hall} editing={floor} onClose={() => setFloor(null)} />
      <AreaModal hall={hall} editing={area} onClose={() => setArea(null)} />
      <WindowModal hall={hall} editing={win} onClose={() => setWin(null)} />
    </Card>
  )
}

function TagList({ items }: { items: string[] }) {
  if (items.length === 0) return <>—</>
  return (
    <Space wrap size={4}>
      {items.map((s, i) => (
        <Tag key={i}>
          <bdi>{s}</bdi>
        </Tag>
      ))}
    </Space>
  )
}

import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import { facilityKinds, type Hall } from '@yimin/shared'
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDeleteFacility, useSaveHallPart, type FacilityInput } from '../../../api/org'
import { errorKey } from '../../../components/ErrorAlert'
import { FormModal } from '../../../components/FormModal'
import { LocalizedTextFields } from '../../../components/LocalizedTextFields'
import { useLocalName, useLocalized } from '../../../components/names'
import { NameFields, type Editing } from './PartModals'

type Facility = Hall['facilities'][number]

/** Facilities of the hall (print, bank, canteen …) with their place, hours and capacity. */
export function FacilitiesCard({ hall, canManage }: { hall: Hall; canManage: boolean }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const name = useLocalName()
  const local = useLocalized()
  const [editing, setEditing] = useState<Editing<FacilityInput>>(null)
  const remove = useDeleteFacility()
  const save = useSaveHallPart('facilities')
  const place = (f: Facility) => {
    const area = hall.areas.find((a) => a.id === f.areaId)
    const floor = hall.floors.find((x) => x.id === (f.floorId ?? area?.floorId))
    return (
      [floor ? t('hallPlace.floor', { n: floor.number }) : null, area ? name(area) : null]
        .filter(Boolean)
        .join(' · ') || '—'
    )
  }
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('admin.hall.facilities')}</h2>}
      extra={
        canManage && (
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setEditing({ isNew: true, initial: { kind: 'other' } })}
          >
            {t('admin.hall.addFacility')}
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
    >
      <Table<Facility>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={[...hall.facilities].sort((a, b) => a.sortOrder - b.sortOrder)}
        locale={{ emptyText: t('admin.hall.noFacilities') }}
        columns={[
          { title: t('fields.name'), key: 'name', render: (_, f) => <bdi>{name(f)}</bdi> },
          {
            title: t('admin.hall.facilityKind'),
            key: 'kind',
            render: (_, f) => t(`facilityKinds.${f.kind}`),
          },
          { title: t('admin.hall.place'), key: 'place', render: (_, f) => place(f) },
          { title: t('admin.hall.hours'), key: 'hours', render: (_, f) => f.hours ?? '—' },
          { title: t('admin.hall.capacity'), key: 'capacity', render: (_, f) => f.capacity ?? '—' },
          {
            title: t('admin.hall.note'),
            key: 'note',
            render: (_, f) => (f.note ? <bdi>{local(f.note)}</bdi> : '—'),
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, f: Facility) => (
                    <Space size={4}>
                      <Button
                        size="small"
                        icon={<EditOutlined aria-hidden />}
                        aria-label={t('admin.org.editNamed', { name: name(f) })}
                        onClick={() => setEditing({ isNew: false, id: f.id, initial: { ...f } })}
                      >
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('admin.hall.confirmDeleteFacility', { name: name(f) })}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() =>
                          remove.mutate(
                            { hallId: hall.id, partId: f.id },
                            { onError: (e) => void message.error(t(errorKey(e))) },
                          )
                        }
                      >
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={t('common.deleteNamed', { name: name(f) })}
                        >
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<FacilityInput>
        open={editing !== null}
        title={editing?.isNew ? t('admin.hall.addFacility') : t('admin.hall.editFacility')}
        initialValues={editing?.initial ?? {}}
        mutation={save}
        onClose={() => setEditing(null)}
        onSubmit={(v) =>
          save.mutateAsync({
            hallId: hall.id,
            partId: editing && !editing.isNew ? editing.id : null,
            input: {
              ...v,
              floorId: v.floorId ?? null,
              areaId: v.areaId ?? null,
              hours: v.hours || null,
              note: v.note?.zh ? v.note : null,
              capacity: v.capacity ?? null,
            },
          })
        }
      >
        <Form.Item label={t('admin.hall.facilityKind')} name="kind" rules={[{ required: true }]}>
          <Select options={facilityKinds.map((k) => ({ value: k, label: t(`facilityKinds.${k}`) }))} />
        </Form.Item>
        <NameFields />
        <Form.Item label={t('admin.hall.floor')} name="floorId">
          <Select
            allowClear
            options={hall.floors.map((f) => ({
              value: f.id,
              label: `${t('hallPlace.floor', { n: f.number })} · ${name(f)}`,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('admin.hall.area')} name="areaId">
          <Select allowClear options={hall.areas.map((a) => ({ value: a.id, label: name(a) }))} />
        </Form.Item>
        <Form.Item label={t('admin.hall.hours')} name="hours" extra={t('admin.hall.hoursHint')}>
          <Input />
        </Form.Item>
        <Form.Item label={t('admin.hall.capacity')} name="capacity">
          <InputNumber min={0} max={1000000} />
        </Form.Item>
        <LocalizedTextFields
          name="note"
          required={false}
          max={500}
          multiline
          labels={{ zh: t('admin.hall.note'), ug: t('admin.hall.noteUg'), en: t('admin.hall.noteEn') }}
        />
      </FormModal>
    </Card>
  )
}

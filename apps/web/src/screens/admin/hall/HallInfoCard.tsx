import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import type { Hall, OpeningHours } from '@yimin/shared'
import { Button, Card, Checkbox, Descriptions, Form, Input, Select, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDivisions, useSaveHall, type HallInput } from '../../../api/org'
import { FormModal } from '../../../components/FormModal'
import { LocalizedTextFields } from '../../../components/LocalizedTextFields'
import { useLocalName, useLocalized } from '../../../components/names'
import { NameFields } from './PartModals'

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const

/** "周一至周五 09:00–17:00" style lines for opening hours. */
export function OpeningHoursText({ hours }: { hours: OpeningHours }) {
  const { t } = useTranslation()
  if (hours.length === 0) return <>—</>
  return (
    <>
      {hours.map((h, i) => (
        <div key={i}>
          {h.days.map((d) => t(`weekdays.${d}`)).join(t('common.listSeparator'))}{' '}
          <bdi>{`${h.open}–${h.close}`}</bdi>
        </div>
      ))}
    </>
  )
}

/** The hall's name, address, division and opening hours; also creates a hall. */
export function HallInfoCard({ hall, canManage }: { hall: Hall | null; canManage: boolean }) {
  const { t } = useTranslation()
  const name = useLocalName()
  const local = useLocalized()
  const divisions = useDivisions()
  const save = useSaveHall()
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null)
  const initial: Partial<HallInput> =
    editing === 'edit' && hall
      ? {
          name: hall.name,
          address: hall.address,
          divisionCode: hall.divisionCode,
          openingHours: hall.openingHours,
        }
      : { openingHours: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }] }
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{hall ? name(hall) : t('admin.hall.title')}</h2>}
      extra={
        canManage && (
          <Space wrap>
            {hall && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing('edit')}>
                {t('admin.hall.editHall')}
              </Button>
            )}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('admin.hall.addHall')}
            </Button>
          </Space>
        )
      }
      style={{ marginBottom: 16 }}
    >
      {hall && (
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('admin.hall.address')}>
            <bdi>{local(hall.address)}</bdi>
          </Descriptions.Item>
          <Descriptions.Item label={t('admin.org.division')}>
            {name(divisions.data?.find((d) => d.code === hall.divisionCode)) || hall.divisionCode}
          </Descriptions.Item>
          <Descriptions.Item label={t('admin.hall.openingHours')}>
            <OpeningHoursText hours={hall.openingHours} />
          </Descriptions.Item>
        </Descriptions>
      )}
      <FormModal<HallInput>
        open={editing !== null}
        title={editing === 'new' ? t('admin.hall.addHall') : t('admin.hall.editHall')}
        initialValues={initial}
        mutation={save}
        width={680}
        onClose={() => setEditing(null)}
        onSubmit={(v) =>
          save.mutateAsync({
            id: editing === 'edit' && hall ? hall.id : null,
            input: { ...v, openingHours: v.openingHours },
          })
        }
      >
        <NameFields />
        <LocalizedTextFields
          name="address"
          max={200}
          labels={{
            zh: t('admin.hall.address'),
            ug: t('admin.hall.addressUg'),
            en: t('admin.hall.addressEn'),
          }}
        />
        <Form.Item
          label={t('admin.org.division')}
          name="divisionCode"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(divisions.data ?? []).map((d) => ({ value: d.code, label: `${name(d)} ${d.code}` }))}
          />
        </Form.Item>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 15, fontWeight: 600 }}>{t('admin.hall.openingHours')}</legend>
          <Form.List name="openingHours">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Space
                    key={field.key}
                    wrap
                    align="start"
                    style={{ display: 'flex', borderBottom: '1px solid #d9d9d9', marginBottom: 8 }}
                  >
                    <Form.Item
                      name={[field.name, 'days']}
                      label={t('admin.hall.days', { n: i + 1 })}
                      rules={[{ required: true, message: t('common.required') }]}
                    >
                      <Checkbox.Group
                        options={weekdays.map((d) => ({ value: d, label: t(`weekdays.${d}`) }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'open']}
                      label={t('admin.hall.opens')}
                      rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'HH:MM' }]}
                    >
                      <Input style={{ width: 90 }} placeholder="09:00" />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'close']}
                      label={t('admin.hall.closes')}
                      rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'HH:MM' }]}
                    >
                      <Input style={{ width: 90 }} placeholder="17:00" />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('common.removeRow', { n: i + 1 })}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  </Space>
                ))}
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ days: [6], open: '10:00', close: '14:00' })}
                >
                  {t('admin.hall.addHours')}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>
      </FormModal>
    </Card>
  )
}

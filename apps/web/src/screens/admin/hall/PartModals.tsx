import type { Hall } from '@yimin/shared'
import { Form, Input, InputNumber, Select, Switch } from 'antd'
import { useTranslation } from 'react-i18next'
import { useUsers } from '../../../api/admin'
import {
  useDepartments,
  useQueueCategories,
  useSaveHallPart,
  type AreaInput,
  type FloorInput,
  type WindowInput,
} from '../../../api/org'
import { FormModal } from '../../../components/FormModal'
import { useLocalName } from '../../../components/names'
import { LocalizedTextFields } from '../../../components/LocalizedTextFields'

type Floor = Hall['floors'][number]
type Area = Hall['areas'][number]
type HallWindow = Hall['windows'][number]

/** What is being edited: a new part (with defaults) or an existing one. */
export type Editing<P> =
  { isNew: true; initial: Partial<P> } | { isNew: false; id: string; initial: Partial<P> } | null

export function NameFields() {
  return <LocalizedTextFields name="name" />
}

export function FloorModal({
  hall,
  editing,
  onClose,
}: {
  hall: Hall
  editing: Editing<FloorInput>
  onClose: () => void
}) {
  const { t } = useTranslation()
  const save = useSaveHallPart('floors')
  return (
    <FormModal<FloorInput>
      open={editing !== null}
      title={editing?.isNew ? t('admin.hall.addFloor') : t('admin.hall.editFloor')}
      initialValues={{ isServiceFloor: true, ...editing?.initial }}
      mutation={save}
      onClose={onClose}
      onSubmit={(v) =>
        save.mutateAsync({
          hallId: hall.id,
          partId: editing && !editing.isNew ? editing.id : null,
          input: v,
        })
      }
    >
      <Form.Item
        label={t('admin.hall.floorNumber')}
        name="number"
        rules={[{ required: true, message: t('common.required') }]}
      >
        <InputNumber min={-5} max={200} />
      </Form.Item>
      <NameFields />
      <Form.Item label={t('admin.hall.isServiceFloor')} name="isServiceFloor" valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  )
}

export function AreaModal({
  hall,
  editing,
  onClose,
}: {
  hall: Hall
  editing: Editing<AreaInput>
  onClose: () => void
}) {
  const { t } = useTranslation()
  const name = useLocalName()
  const save = useSaveHallPart('areas')
  return (
    <FormModal<AreaInput>
      open={editing !== null}
      title={editing?.isNew ? t('admin.hall.addArea') : t('admin.hall.editArea')}
      initialValues={{ sortOrder: 0, ...editing?.initial }}
      mutation={save}
      onClose={onClose}
      onSubmit={(v) =>
        save.mutateAsync({
          hallId: hall.id,
          partId: editing && !editing.isNew ? editing.id : null,
          input: v,
        })
      }
    >
      <Form.Item
        label={t('admin.hall.floor')}
        name="floorId"
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select
          options={hall.floors.map((f: Floor) => ({
            value: f.id,
            label: `${t('hallPlace.floor', { n: f.number })} · ${name(f)}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('fields.code')}
        name="code"
        rules={[{ required: true, pattern: /^[A-Za-z0-9-]{1,32}$/, message: t('admin.hall.codeHint') }]}
        extra={t('admin.hall.codeHint')}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <NameFields />
      <Form.Item label={t('fields.sortOrder')} name="sortOrder">
        <InputNumber min={0} max={10000} />
      </Form.Item>
    </FormModal>
  )
}

export function WindowModal({
  hall,
  editing,
  onClose,
}: {
  hall: Hall
  editing: Editing<WindowInput>
  onClose: () => void
}) {
  const { t } = useTranslation()
  const name = useLocalName()
  const save = useSaveHallPart('windows')
  const departments = useDepartments()
  const categories = useQueueCategories()
  const users = useUsers()
  const areaLabel = (a: Area) => {
    const floor = hall.floors.find((f) => f.id === a.floorId)
    return `${floor ? t('hallPlace.floor', { n: floor.number }) : ''} · ${name(a)}`
  }
  return (
    <FormModal<WindowInput>
      open={editing !== null}
      title={editing?.isNew ? t('admin.hall.addWindow') : t('admin.hall.editWindow')}
      initialValues={{
        isActive: true,
        name: { zh: '' },
        departmentIds: [],
        categoryIds: [],
        staffIds: [],
        ...editing?.initial,
      }}
      mutation={save}
      onClose={onClose}
      width={640}
      onSubmit={(v) =>
        save.mutateAsync({ hallId: hall.id, partId: editing && !editing.isNew ? editing.id : null, input: v })
      }
    >
      <Form.Item
        label={t('admin.hall.area')}
        name="areaId"
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select options={hall.areas.map((a) => ({ value: a.id, label: areaLabel(a) }))} />
      </Form.Item>
      <Form.Item
        label={t('admin.hall.windowNumber')}
        name="number"
        rules={[{ required: true, message: t('common.required') }]}
      >
        <InputNumber min={1} max={9999} />
      </Form.Item>
      <LocalizedTextFields
        name="name"
        required={false}
        labels={{ zh: t('admin.hall.windowName'), ug: t('fields.nameUg'), en: t('fields.nameEn') }}
      />
      <Form.Item label={t('admin.hall.departments')} name="departmentIds">
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={(departments.data ?? []).map((d) => ({ value: d.id, label: name(d) }))}
        />
      </Form.Item>
      <Form.Item label={t('admin.hall.categories')} name="categoryIds">
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={(categories.data ?? []).map((c) => ({ value: c.id, label: `${c.prefix} · ${name(c)}` }))}
        />
      </Form.Item>
      <Form.Item label={t('admin.hall.staff')} name="staffIds" extra={t('admin.hall.staffHint')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={(users.data ?? [])
            .filter((u) => !u.isDisabled && u.grants.some((g) => g.role === 'clerk'))
            .map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
        />
      </Form.Item>
      <Form.Item label={t('fields.active')} name="isActive" valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  )
}

export function windowInitial(w: HallWindow): Partial<WindowInput> {
  return {
    areaId: w.areaId,
    number: w.number,
    name: w.name,
    isActive: w.isActive,
    departmentIds: w.departmentIds,
    categoryIds: w.categoryIds,
    staffIds: w.staffIds ?? [],
  }
}

import { deliveryMethods, onlineLevels } from '@yimin/shared'
import { Checkbox, Form, Input, InputNumber, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useHalls, useQueueCategories } from '../../../../api/org'
import { areaPlaces } from '../../../../components/hall-places'
import { useLocalName } from '../../../../components/names'
import { EditorCard } from './EditorCard'

/** Delivery, online level, visits, where in the hall, queue category. */
export function PlaceFields() {
  const { t, i18n } = useTranslation()
  const name = useLocalName()
  const halls = useHalls()
  const categories = useQueueCategories()
  return (
    <EditorCard id="service" title={t('editor.service')}>
      <Form.Item
        label={t('editor.fields.delivery')}
        name="delivery"
        rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]}
      >
        <DeliveryChecks
          options={deliveryMethods.map((d) => ({ value: d, label: t(`matter.delivery.${d}`) }))}
        />
      </Form.Item>
      <div className="yimin-row-grid">
        <Form.Item label={t('editor.fields.onlineLevel')} name="onlineLevel" rules={[{ required: true }]}>
          <Select options={onlineLevels.map((o) => ({ value: o, label: t(`matter.online.${o}`) }))} />
        </Form.Item>
        <Form.Item
          label={t('editor.fields.visits')}
          name="visits"
          extra={t('editor.visitsHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={0} max={5} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('editor.fields.hallAreaId')} name="hallAreaId">
          <Select
            allowClear
            options={areaPlaces(halls.data ?? [], i18n.language, t).map((p) => ({
              value: p.id,
              label: p.label,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('editor.fields.queueCategoryId')} name="queueCategoryId">
          <Select
            allowClear
            options={(categories.data ?? []).map((c) => ({ value: c.id, label: `${c.prefix} · ${name(c)}` }))}
          />
        </Form.Item>
      </div>
      <Form.Item label={t('editor.fields.locationNote')} name="locationNote">
        <Input />
      </Form.Item>
    </EditorCard>
  )
}

/** The checkbox group without the `aria-required` Form.Item adds: a role="group" may not carry it (the label says required). */
function DeliveryChecks(props: React.ComponentProps<typeof Checkbox.Group> & { 'aria-required'?: unknown }) {
  const rest = { ...props }
  delete rest['aria-required']
  return <Checkbox.Group {...rest} />
}

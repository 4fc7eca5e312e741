import type { DeviceResponse } from '@yimin/shared'
import { App, Form, Modal, Radio, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useBindDevice } from '../../../api/admin'
import { useHalls } from '../../../api/org'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { areaPlaces, windowPlaces } from '../../../components/hall-places'

interface Fields {
  target: 'none' | 'window' | 'area'
  windowId?: string
  areaId?: string
}

/** Binds a device to a window (window display, rating pad) or an area (hall display, kiosk). */
export function BindDeviceModal({ device, onClose }: { device: DeviceResponse | null; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const halls = useHalls()
  const bind = useBindDevice()
  const [form] = Form.useForm<Fields>()
  const target = Form.useWatch('target', form)
  const close = () => {
    bind.reset()
    onClose()
  }
  const submit = (v: Fields) => {
    if (!device) return
    const input = {
      id: device.id,
      windowId: v.target === 'window' ? (v.windowId ?? null) : null,
      areaId: v.target === 'area' ? (v.areaId ?? null) : null,
    }
    bind.mutate(input, {
      onSuccess: () => {
        void message.success(t('admin.devices.bound', { name: device.name }))
        close()
      },
    })
  }
  const initial: Fields = device?.windowId
    ? { target: 'window', windowId: device.windowId }
    : device?.areaId
      ? { target: 'area', areaId: device.areaId }
      : { target: 'none' }

  return (
    <Modal
      open={device !== null}
      title={device ? t('admin.devices.bindFor', { name: device.name }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={bind.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <ErrorAlert error={bind.error ?? halls.error} style={{ marginBottom: 16 }} />
      <Form<Fields> form={form} layout="vertical" onFinish={submit} initialValues={initial}>
        <Form.Item label={t('admin.devices.bindTo')} name="target">
          <Radio.Group
            options={[
              { value: 'none', label: t('admin.devices.unbound') },
              { value: 'window', label: t('admin.devices.window') },
              { value: 'area', label: t('admin.devices.area') },
            ]}
          />
        </Form.Item>
        {target === 'window' && (
          <Form.Item
            label={t('admin.devices.window')}
            name="windowId"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={windowPlaces(halls.data ?? [], i18n.language, t).map((p) => ({
                value: p.id,
                label: p.label,
              }))}
            />
          </Form.Item>
        )}
        {target === 'area' && (
          <Form.Item
            label={t('admin.devices.area')}
            name="areaId"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={areaPlaces(halls.data ?? [], i18n.language, t).map((p) => ({
                value: p.id,
                label: p.label,
              }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}

import { EnvironmentOutlined, PlusOutlined } from '@ant-design/icons'
import type { DeviceResponse } from '@yimin/shared'
import { App, Button, Card, Popconfirm, Space, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDevices, useEndDeviceSessions, useRevokeDevice } from '../../../api/admin'
import { useHalls } from '../../../api/org'
import { areaPlaces, windowPlaces } from '../../../components/hall-places'
import { useAdminMe } from '../AdminLayout'
import { BindDeviceModal } from './BindDeviceModal'
import { errorKey, ErrorAlert } from '../../../components/ErrorAlert'
import { formatDateTime } from '../../../components/format'
import { RegisterDeviceModal } from './RegisterDeviceModal'
import { StatusTag } from '../../../components/StatusTag'

/** Devices: register (the credential is shown once), bind to a window or an area, revoke. */
export function DevicesPanel() {
  const canManage = useAdminMe().permissions.includes('device.manage')
  const { t, i18n } = useTranslation()
  const halls = useHalls()
  const [bindingOf, setBindingOf] = useState<DeviceResponse | null>(null)
  const places = new Map(
    [
      ...windowPlaces(halls.data ?? [], i18n.language, t),
      ...areaPlaces(halls.data ?? [], i18n.language, t),
    ].map((p) => [p.id, p.label]),
  )
  const placeOf = (d: DeviceResponse) => {
    const id = d.windowId ?? d.areaId
    return id ? (places.get(id) ?? id) : t('admin.devices.unbound')
  }
  const { message } = App.useApp()
  const devices = useDevices()
  const revoke = useRevokeDevice()
  const endSessions = useEndDeviceSessions()
  const [isRegistering, setIsRegistering] = useState(false)

  const onRevoke = (d: DeviceResponse) =>
    revoke.mutate(d.id, {
      onSuccess: () => void message.success(t('admin.devices.revoked', { name: d.name })),
      onError: (e) => void message.error(t(errorKey(e))),
    })

  const onEndSessions = (d: DeviceResponse) =>
    endSessions.mutate(d.id, {
      onSuccess: () => void message.success(t('admin.devices.sessionsEnded', { name: d.name })),
      onError: (e) => void message.error(t(errorKey(e))),
    })

  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('admin.devices.title')}</h2>}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setIsRegistering(true)}>
            {t('admin.devices.register')}
          </Button>
        )
      }
    >
      <ErrorAlert error={devices.error} />
      <Table<DeviceResponse>
        rowKey="id"
        size="middle"
        loading={devices.isPending}
        dataSource={devices.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('admin.devices.name'), key: 'name', render: (_, d) => <bdi>{d.name}</bdi> },
          { title: t('admin.devices.kind'), key: 'kind', render: (_, d) => t(`deviceKinds.${d.kind}`) },
          {
            title: t('admin.devices.status'),
            key: 'status',
            render: (_, d) => (
              <StatusTag
                isActive={d.revokedAt === null}
                activeLabel={t('admin.devices.inService')}
                inactiveLabel={t('admin.devices.isRevoked')}
              />
            ),
          },
          { title: t('admin.devices.binding'), key: 'binding', render: (_, d) => <bdi>{placeOf(d)}</bdi> },
          {
            title: t('admin.devices.lastSeenAt'),
            key: 'lastSeenAt',
            render: (_, d) => formatDateTime(d.lastSeenAt, i18n.language),
          },
          { title: t('admin.devices.sessions'), key: 'sessions', render: (_, d) => d.activeSessions },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, d: DeviceResponse) =>
                    d.revokedAt === null ? (
                      <Space wrap size={4}>
                        <Button
                          size="small"
                          icon={<EnvironmentOutlined aria-hidden />}
                          onClick={() => setBindingOf(d)}
                          aria-label={t('admin.devices.bindFor', { name: d.name })}
                        >
                          {t('admin.devices.bind')}
                        </Button>
                        <Popconfirm
                          title={t('admin.devices.confirmEndSessions', { name: d.name })}
                          okText={t('common.confirm')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => onEndSessions(d)}
                        >
                          <Button
                            size="small"
                            disabled={d.activeSessions === 0}
                            aria-label={t('admin.devices.endSessionsNamed', { name: d.name })}
                          >
                            {t('admin.devices.endSessions')}
                          </Button>
                        </Popconfirm>
                        <Popconfirm
                          title={t('admin.devices.confirmRevoke', { name: d.name })}
                          okText={t('common.confirm')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => onRevoke(d)}
                        >
                          <Button
                            size="small"
                            danger
                            aria-label={t('admin.devices.revokeNamed', { name: d.name })}
                          >
                            {t('admin.devices.revoke')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <RegisterDeviceModal open={isRegistering} onClose={() => setIsRegistering(false)} />
      <BindDeviceModal device={bindingOf} onClose={() => setBindingOf(null)} />
    </Card>
  )
}

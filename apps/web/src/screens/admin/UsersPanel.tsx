import { PlusOutlined } from '@ant-design/icons'
import type { UserResponse } from '@yimin/shared'
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSetUserDisabled, useUsers } from '../../api/admin'
import { errorKey, ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'
import { CreateUserModal } from './CreateUserModal'
import { StatusTag } from './StatusTag'

export function UsersPanel({ canManage, selfId }: { canManage: boolean; selfId: string }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const users = useUsers()
  const setDisabled = useSetUserDisabled()
  const [isCreating, setIsCreating] = useState(false)

  const toggle = (u: UserResponse) =>
    setDisabled.mutate(
      { id: u.id, isDisabled: !u.isDisabled },
      {
        onSuccess: () => void message.success(t(u.isDisabled ? 'admin.users.enabled' : 'admin.users.disabled', { name: u.displayName })),
        onError: (e) => void message.error(t(errorKey(e))),
      },
    )

  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('admin.users.title')}</h2>}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setIsCreating(true)}>
            {t('admin.users.create')}
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
    >
      <ErrorAlert error={users.error} />
      <Table<UserResponse>
        rowKey="id"
        size="middle"
        loading={users.isPending}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('admin.users.username'), key: 'username', render: (_, u) => <bdi>{u.username}</bdi> },
          { title: t('admin.users.displayName'), key: 'displayName', render: (_, u) => <bdi>{u.displayName}</bdi> },
          {
            title: t('admin.users.roles'),
            key: 'roles',
            render: (_, u) => (
              <Space wrap size={4}>
                {u.grants.map((g) => (
                  <Tag key={`${g.role}-${g.departmentId ?? 'all'}`}>{t(`roles.${g.role}`)}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('admin.users.status'),
            key: 'status',
            render: (_, u) => <StatusTag isActive={!u.isDisabled} activeLabel={t('admin.users.active')} inactiveLabel={t('admin.users.isDisabled')} />,
          },
          { title: t('admin.users.createdAt'), key: 'createdAt', render: (_, u) => formatDateTime(u.createdAt, i18n.language) },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, u: UserResponse) =>
                    u.id === selfId ? null : (
                      <Popconfirm
                        title={t(u.isDisabled ? 'admin.users.confirmEnable' : 'admin.users.confirmDisable', { name: u.displayName })}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => toggle(u)}
                      >
                        <Button size="small" danger={!u.isDisabled} aria-label={t(u.isDisabled ? 'admin.users.enableNamed' : 'admin.users.disableNamed', { name: u.displayName })}>
                          {t(u.isDisabled ? 'admin.users.enable' : 'admin.users.disable')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]
            : []),
        ]}
      />
      <CreateUserModal open={isCreating} onClose={() => setIsCreating(false)} />
    </Card>
  )
}

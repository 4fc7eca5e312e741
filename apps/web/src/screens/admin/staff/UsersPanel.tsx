import { KeyOutlined, MobileOutlined, PlusOutlined, SafetyOutlined } from '@ant-design/icons'
import type { UserResponse } from '@yimin/shared'
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useResetUserTotp, useSetUserDisabled, useUsers } from '../../../api/admin'
import { useDepartments } from '../../../api/org'
import { errorKey, ErrorAlert } from '../../../components/ErrorAlert'
import { formatDateTime } from '../../../components/format'
import { useLocalName } from '../../../components/names'
import { StatusTag } from '../../../components/StatusTag'
import { useAdminMe } from '../AdminLayout'
import { CreateUserModal } from './CreateUserModal'
import { GrantsModal } from './GrantsModal'
import { PasswordModal } from './PasswordModal'
import { PhoneModal } from './PhoneModal'

/** Staff accounts: roles with their department scope, password reset, disable / enable. */
export function UsersPanel() {
  const me = useAdminMe()
  const canManage = me.permissions.includes('user.manage')
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const name = useLocalName()
  const users = useUsers()
  const departments = useDepartments()
  const setDisabled = useSetUserDisabled()
  const resetTotp = useResetUserTotp()
  const [isCreating, setIsCreating] = useState(false)
  const [grantsOf, setGrantsOf] = useState<UserResponse | null>(null)
  const [passwordOf, setPasswordOf] = useState<UserResponse | null>(null)
  const [phoneOf, setPhoneOf] = useState<UserResponse | null>(null)
  const departmentName = (id: string | null) =>
    id === null ? t('admin.users.allDepartments') : name(departments.data?.find((d) => d.id === id)) || id

  const toggle = (u: UserResponse) =>
    setDisabled.mutate(
      { id: u.id, isDisabled: !u.isDisabled },
      {
        onSuccess: () =>
          void message.success(
            t(u.isDisabled ? 'admin.users.enabled' : 'admin.users.disabled', { name: u.displayName }),
          ),
        onError: (e) => void message.error(t(errorKey(e))),
      },
    )

  const doResetTotp = (u: UserResponse) =>
    resetTotp.mutate(u.id, {
      onSuccess: () => void message.success(t('admin.users.totpResetDone', { name: u.displayName })),
      onError: (e) => void message.error(t(errorKey(e))),
    })

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
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('admin.users.username'), key: 'username', render: (_, u) => <bdi>{u.username}</bdi> },
          {
            title: t('admin.users.displayName'),
            key: 'displayName',
            render: (_, u) => <bdi>{u.displayName}</bdi>,
          },
          {
            title: t('admin.users.roles'),
            key: 'roles',
            render: (_, u) => (
              <Space wrap size={4}>
                {u.grants.map((g) => (
                  <Tag key={`${g.role}-${g.departmentId ?? 'all'}`}>
                    {t(`roles.${g.role}`)} · <bdi>{departmentName(g.departmentId)}</bdi>
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('admin.users.phone'),
            key: 'phone',
            render: (_, u) => <bdi dir="ltr">{u.phoneMasked ?? '—'}</bdi>,
          },
          {
            title: t('admin.users.status'),
            key: 'status',
            render: (_, u) => (
              <StatusTag
                isActive={!u.isDisabled}
                activeLabel={t('admin.users.active')}
                inactiveLabel={t('admin.users.isDisabled')}
              />
            ),
          },
          {
            title: t('admin.users.totp'),
            key: 'totp',
            render: (_, u) => (
              <StatusTag
                isActive={u.totpEnabled}
                activeLabel={t('admin.users.totpOn')}
                inactiveLabel={t('admin.users.totpOff')}
              />
            ),
          },
          {
            title: t('admin.users.createdAt'),
            key: 'createdAt',
            render: (_, u) => formatDateTime(u.createdAt, i18n.language),
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, u: UserResponse) => (
                    <Space wrap size={4}>
                      <Button
                        size="small"
                        icon={<SafetyOutlined aria-hidden />}
                        onClick={() => setGrantsOf(u)}
                        aria-label={t('admin.users.editGrantsNamed', { name: u.displayName })}
                      >
                        {t('admin.users.editGrants')}
                      </Button>
                      <Button
                        size="small"
                        icon={<KeyOutlined aria-hidden />}
                        onClick={() => setPasswordOf(u)}
                        aria-label={t('admin.users.resetPasswordFor', { name: u.displayName })}
                      >
                        {t('admin.users.resetPassword')}
                      </Button>
                      <Button
                        size="small"
                        icon={<MobileOutlined aria-hidden />}
                        onClick={() => setPhoneOf(u)}
                        aria-label={t('admin.users.editPhoneFor', { name: u.displayName })}
                      >
                        {t('admin.users.editPhone')}
                      </Button>
                      {u.totpEnabled && u.id !== me.userId && (
                        <Popconfirm
                          title={t('admin.users.confirmTotpReset', { name: u.displayName })}
                          okText={t('common.confirm')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => doResetTotp(u)}
                        >
                          <Button
                            size="small"
                            aria-label={t('admin.users.totpResetFor', { name: u.displayName })}
                          >
                            {t('admin.users.totpReset')}
                          </Button>
                        </Popconfirm>
                      )}
                      {u.id !== me.userId && (
                        <Popconfirm
                          title={t(
                            u.isDisabled ? 'admin.users.confirmEnable' : 'admin.users.confirmDisable',
                            { name: u.displayName },
                          )}
                          okText={t('common.confirm')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => toggle(u)}
                        >
                          <Button
                            size="small"
                            danger={!u.isDisabled}
                            aria-label={t(
                              u.isDisabled ? 'admin.users.enableNamed' : 'admin.users.disableNamed',
                              { name: u.displayName },
                            )}
                          >
                            {t(u.isDisabled ? 'admin.users.enable' : 'admin.users.disable')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <CreateUserModal open={isCreating} onClose={() => setIsCreating(false)} />
      <GrantsModal user={grantsOf} onClose={() => setGrantsOf(null)} />
      <PasswordModal user={passwordOf} onClose={() => setPasswordOf(null)} />
      <PhoneModal user={phoneOf} onClose={() => setPhoneOf(null)} />
    </Card>
  )
}

import { LogoutOutlined, UserOutlined } from '@ant-design/icons'
import { Button, Layout, Space } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { useSignOut, type StaffMe } from '../api/auth'
import { ElderlySwitch } from '../components/ElderlySwitch'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { homesForRoles } from './homes'

/** The header every screen shares: the center's name, who is signed in, language, sign-out. */
export function ShellHeader({ me, nav }: { me?: StaffMe; nav?: ReactNode }) {
  const { t } = useTranslation()
  const signOut = useSignOut()
  const navigate = useNavigate()
  const homes = me ? homesForRoles(me.grants.map((g) => g.role)) : []
  return (
    <Layout.Header className="yimin-header" role="banner">
      <a href="#main" className="yimin-skip-link">
        {t('common.skipToContent')}
      </a>
      <Link to={homes[0]?.path ?? '/'}>
        <p className="yimin-brand">{t('app.centerName')}</p>
      </Link>
      {homes.length > 1 && (
        <nav aria-label={t('nav.label')}>
          <Space wrap>
            {homes.map((h) => (
              <Link key={h.path} to={h.path}>
                {t(`roles.${h.role}`)}
              </Link>
            ))}
          </Space>
        </nav>
      )}
      {nav}
      <span className="yimin-header-spacer" />
      <Space wrap>
        {me && (
          <span aria-label={t('nav.signedInAs', { name: me.displayName })}>
            <UserOutlined aria-hidden /> <bdi>{me.displayName}</bdi>
          </span>
        )}
        {me && <Link to="/security">{t('nav.security')}</Link>}
        {!me && <ElderlySwitch />}
        <LanguageSwitch />
        {me && (
          <Button
            icon={<LogoutOutlined aria-hidden />}
            loading={signOut.isPending}
            onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate('/signin') })}
          >
            {t('nav.signOut')}
          </Button>
        )}
      </Space>
    </Layout.Header>
  )
}

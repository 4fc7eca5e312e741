import { ApartmentOutlined, BankOutlined, CalendarOutlined, MessageOutlined, ProfileOutlined } from '@ant-design/icons'
import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { StaffMe } from '../../api/auth'
import { Shell } from '../../app/Shell'
import { SectionGrid } from '../../components/SectionGrid'
import { DevicesPanel } from './DevicesPanel'
import { UsersPanel } from './UsersPanel'

/** The admin console: staff accounts and devices today; the rest as later issues land. */
export function AdminHome({ me }: { me: StaffMe }) {
  const { t } = useTranslation()
  const canManage = me.permissions.includes('user.manage')
  return (
    <Shell me={me} title={t('admin.title')}>
      <UsersPanel canManage={canManage} selfId={me.userId} />
      <DevicesPanel canManage={me.permissions.includes('device.manage')} />
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('admin.more')}
      </Typography.Title>
      <SectionGrid
        sections={[
          { key: 'admin.organisation', icon: <ApartmentOutlined /> },
          { key: 'admin.halls', icon: <BankOutlined /> },
          { key: 'admin.catalog', icon: <ProfileOutlined /> },
          { key: 'admin.calendar', icon: <CalendarOutlined /> },
          { key: 'admin.sms', icon: <MessageOutlined /> },
        ]}
      />
    </Shell>
  )
}

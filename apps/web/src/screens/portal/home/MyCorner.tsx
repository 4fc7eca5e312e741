import { CalendarOutlined, LoginOutlined, RightOutlined } from '@ant-design/icons'
import type { CitizenMe } from '@yimin/shared'
import { Button, Card, List, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMyAppointments } from '../../../api/appointments'
import { useMyCases } from '../../../api/citizen'
import { centerDay } from '../../../components/format'
import { formatDay } from '../../../components/format'
import { useLocalized } from '../../../components/names'
import { CaseStatusTag } from '../../cases/case-status'

/** The sign-in button in the page's header row: sign in, or "mine" once signed in. */
export function SignInButton({ me }: { me: CitizenMe | null | undefined }) {
  const { t } = useTranslation()
  if (me)
    return (
      <Link to="/portal/my-cases">
        <Button>{t('portal.home.mine')}</Button>
      </Link>
    )
  return (
    <Link to="/portal/sign-in?next=%2Fportal">
      <Button type="primary" icon={<LoginOutlined aria-hidden />}>
        {t('portal.home.signIn')}
      </Button>
    </Link>
  )
}

/** Once signed in: my latest cases and my coming appointments; before: why to sign in. */
export function MyCorner({ me }: { me: CitizenMe | null | undefined }) {
  const { t } = useTranslation()
  if (!me)
    return (
      <Card size="small" className="yimin-portal-section">
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('portal.home.signInPrompt')}{' '}
          <Link to="/portal/sign-in?next=%2Fportal">{t('portal.home.signIn')}</Link>
        </Typography.Paragraph>
      </Card>
    )
  return <MyLists />
}

function MyLists() {
  const { t, i18n } = useTranslation()
  const local = useLocalized()
  const cases = useMyCases(true)
  const appointments = useMyAppointments(true)
  const today = centerDay(0)
  const coming = (appointments.data ?? []).filter((a) => a.status === 'booked' && a.date >= today).slice(0, 2)
  return (
    <>
      <section className="yimin-portal-section" aria-labelledby="portal-my-cases">
        <h2 id="portal-my-cases">{t('portal.myCases.title')}</h2>
        <Card size="small">
          <List
            size="small"
            loading={cases.isPending}
            dataSource={(cases.data ?? []).slice(0, 3)}
            locale={{ emptyText: t('online.myCases.empty') }}
            renderItem={(c) => (
              <List.Item>
                <Link to={`/portal/my-cases/${c.id}`}>
                  <bdi>{local(c.matterName)}</bdi>
                </Link>{' '}
                <CaseStatusTag status={c.status} />
              </List.Item>
            )}
          />
          <Link to="/portal/my-cases">
            {t('portal.home.allCases')} <RightOutlined aria-hidden className="yimin-flip-rtl" />
          </Link>
        </Card>
      </section>
      <section className="yimin-portal-section" aria-labelledby="portal-my-appointments">
        <h2 id="portal-my-appointments">{t('appointments.mine.title')}</h2>
        <Card size="small">
          <List
            size="small"
            loading={appointments.isPending}
            dataSource={coming}
            locale={{ emptyText: t('appointments.mine.empty') }}
            renderItem={(a) => (
              <List.Item>
                <span>
                  <CalendarOutlined aria-hidden /> <bdi>{local(a.categoryName)}</bdi>
                </span>
                <span>
                  {formatDay(a.date, i18n.language)} <bdi dir="ltr">{`${a.startsAt}–${a.endsAt}`}</bdi>
                </span>
              </List.Item>
            )}
          />
          <Link to="/portal/appointments">
            {t('portal.home.book')} <RightOutlined aria-hidden className="yimin-flip-rtl" />
          </Link>
        </Card>
      </section>
    </>
  )
}

import { LoginOutlined } from '@ant-design/icons'
import type { CitizenMe } from '@yimin/shared'
import { Button } from 'antd'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

// Signed-in only: the lists, their status tags and icons load once a citizen is signed in, not
// on every visitor's first load.
const MyLists = lazy(() => import('./MyLists').then((m) => ({ default: m.MyLists })))

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
      <div className="yimin-portal-box yimin-portal-section">
        <p style={{ margin: 0 }}>
          {t('portal.home.signInPrompt')}{' '}
          <Link to="/portal/sign-in?next=%2Fportal">{t('portal.home.signIn')}</Link>
        </p>
      </div>
    )
  return (
    <Suspense fallback={null}>
      <MyLists />
    </Suspense>
  )
}

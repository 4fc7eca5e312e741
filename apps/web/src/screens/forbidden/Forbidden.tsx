import { Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { useMe } from '../../api/auth'
import { Shell } from '../../app/Shell'

/** A signed-in staff member opened a screen none of their roles may use. */
export function Forbidden() {
  const { t } = useTranslation()
  const me = useMe()
  return (
    <Shell me={me.data?.kind === 'staff' ? me.data : undefined} title={t('forbidden.title')}>
      <Result status="403" subTitle={t('forbidden.description')} />
    </Shell>
  )
}

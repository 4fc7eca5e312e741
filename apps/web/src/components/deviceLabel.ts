import { useTranslation } from 'react-i18next'
import type { DeviceMe } from '../api/auth'

/**
 * How a device screen names itself in its footer: the name the administrator gave it (in
 * Chinese only) when the screen speaks Chinese, else its kind in the screen's language
 * (issue 21 point 7: no Chinese where a translation is expected).
 */
export function useDeviceLabel(): (me: Pick<DeviceMe, 'name' | 'deviceKind'>) => string {
  const { t, i18n } = useTranslation()
  return (me) => (i18n.language.startsWith('zh') ? me.name : t(`deviceKinds.${me.deviceKind}`))
}

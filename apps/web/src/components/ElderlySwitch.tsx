import { EyeOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { setElderlyMode, useElderlyMode } from '../theme/elderly'

/**
 * The one switch of elderly-friendly mode (适老化) on the portal and the kiosk. A toggle button
 * (aria-pressed) whose text says what it does, so the state is never shown by colour alone.
 */
export function ElderlySwitch({ variant = 'portal' }: { variant?: 'portal' | 'kiosk' }) {
  const { t } = useTranslation()
  const isOn = useElderlyMode()
  const label = isOn ? t('elderly.turnOff') : t('elderly.turnOn')
  if (variant === 'kiosk') {
    return (
      <button
        type="button"
        className="kiosk-elderly-switch"
        aria-pressed={isOn}
        data-elderly-switch
        onClick={() => setElderlyMode(!isOn)}
      >
        <EyeOutlined aria-hidden /> {label}
      </button>
    )
  }
  return (
    <Button
      aria-pressed={isOn}
      data-elderly-switch
      icon={<EyeOutlined aria-hidden />}
      onClick={() => setElderlyMode(!isOn)}
    >
      {label}
    </Button>
  )
}

import { CheckCircleFilled, SyncOutlined, WarningFilled } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { StreamStatus } from '../api/events'
import { displayPalette } from '../theme/tokens'

/** The live link's state in words and an icon (never colour alone), announced politely. */
export function ConnectionStatus({ status, dark = false }: { status: StreamStatus; dark?: boolean }) {
  const { t } = useTranslation()
  const labels: Record<StreamStatus, string> = {
    connecting: t('live.connecting'),
    open: t('live.open'),
    reconnecting: t('live.reconnecting'),
    closed: t('live.closed'),
  }
  const isOpen = status === 'open'
  const color = dark ? (isOpen ? displayPalette.ok : displayPalette.warn) : undefined
  const icon = isOpen ? (
    <CheckCircleFilled aria-hidden />
  ) : status === 'closed' ? (
    <WarningFilled aria-hidden />
  ) : (
    <SyncOutlined spin aria-hidden />
  )
  return (
    <span
      role="status"
      aria-live="polite"
      style={{ color, display: 'inline-flex', gap: 8, alignItems: 'center' }}
    >
      {icon}
      {labels[status]}
    </span>
  )
}

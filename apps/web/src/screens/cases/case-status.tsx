import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  ExclamationCircleOutlined,
  FileDoneOutlined,
  InboxOutlined,
  PauseCircleOutlined,
  RollbackOutlined,
  StopOutlined,
  SyncOutlined,
  WarningOutlined,
} from '@ant-design/icons'
import type { CaseOutcome, CaseStatus } from '@yimin/shared'
import { Tag } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { lightOf, type Light } from './case-light'

export { lightOf, type Light }

const statusLook: Record<CaseStatus, { color: string; icon: ReactNode }> = {
  received: { color: 'processing', icon: <InboxOutlined aria-hidden /> },
  correction_requested: { color: 'warning', icon: <ExclamationCircleOutlined aria-hidden /> },
  refused: { color: 'error', icon: <StopOutlined aria-hidden /> },
  in_progress: { color: 'processing', icon: <SyncOutlined aria-hidden /> },
  supplement_requested: { color: 'warning', icon: <PauseCircleOutlined aria-hidden /> },
  special_procedure: { color: 'warning', icon: <PauseCircleOutlined aria-hidden /> },
  completed: { color: 'success', icon: <CheckCircleOutlined aria-hidden /> },
  delivered: { color: 'success', icon: <FileDoneOutlined aria-hidden /> },
  withdrawn: { color: 'default', icon: <RollbackOutlined aria-hidden /> },
  revoked: { color: 'error', icon: <CloseCircleOutlined aria-hidden /> },
}

/** A case status as icon + word (+ the outcome when decided), never colour alone. */
export function CaseStatusTag({ status, outcome }: { status: CaseStatus; outcome?: CaseOutcome | null }) {
  const { t } = useTranslation()
  const look = statusLook[status]
  return (
    <Tag color={look.color} icon={look.icon} style={{ fontSize: 14 }}>
      {t(`caseStatus.${status}`)}
      {outcome ? ` · ${t(`caseOutcome.${outcome}`)}` : ''}
    </Tag>
  )
}

const lightLook: Record<Light, { color: string; icon: ReactNode }> = {
  green: { color: 'success', icon: <CheckCircleOutlined aria-hidden /> },
  yellow: { color: 'warning', icon: <WarningOutlined aria-hidden /> },
  red: { color: 'error', icon: <CloseCircleOutlined aria-hidden /> },
  paused: { color: 'default', icon: <PauseCircleOutlined aria-hidden /> },
  none: { color: 'default', icon: <ClockCircleOutlined aria-hidden /> },
}

/** Days left as a light with its word and icon: "green · 4 working days left", "red · 2 days overdue". */
export function DueLight({
  remainingDays,
  isPaused = false,
}: {
  remainingDays: number | null | undefined
  isPaused?: boolean
}) {
  const { t } = useTranslation()
  const light = lightOf(remainingDays, isPaused)
  const look = lightLook[light]
  const days = remainingDays ?? 0
  const text =
    light === 'paused'
      ? t('caseLight.paused')
      : light === 'none'
        ? t('caseLight.none')
        : light === 'red'
          ? t('caseLight.overdue', { count: -days })
          : days === 0
            ? t('caseLight.dueToday')
            : t('caseLight.left', { count: days })
  return (
    <Tag color={look.color} icon={look.icon}>
      {light === 'paused' || light === 'none' ? text : `${t(`caseLight.${light}`)} · ${text}`}
    </Tag>
  )
}

/** A light by its colour with its word and icon, and an optional detail: "red · due 2026-04-07". */
export function LightTag({ light, detail }: { light: Light; detail?: string }) {
  const { t } = useTranslation()
  const look = lightLook[light]
  const word = t(`caseLight.${light}`)
  return (
    <Tag color={look.color} icon={look.icon}>
      {detail ? `${word} · ${detail}` : word}
    </Tag>
  )
}

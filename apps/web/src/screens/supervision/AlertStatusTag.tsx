import {
  CheckCircleOutlined,
  EyeOutlined,
  MessageOutlined,
  SyncOutlined,
  WarningOutlined,
} from '@ant-design/icons'
import type { AlertStatus, CardStatus } from '@yimin/shared'
import { Tag } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

const look: Record<AlertStatus, { color: string; icon: ReactNode }> = {
  open: { color: 'error', icon: <WarningOutlined aria-hidden /> },
  acknowledged: { color: 'warning', icon: <EyeOutlined aria-hidden /> },
  answered: { color: 'processing', icon: <MessageOutlined aria-hidden /> },
  closed: { color: 'success', icon: <CheckCircleOutlined aria-hidden /> },
  resolved: { color: 'default', icon: <SyncOutlined aria-hidden /> },
}

/** An alert's status as icon + word. */
export function AlertStatusTag({ status }: { status: AlertStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={look[status].color} icon={look[status].icon}>
      {t(`supervision.alertStatus.${status}`)}
    </Tag>
  )
}

const cardStatusIcon: Record<CardStatus, ReactNode> = {
  issued: <WarningOutlined aria-hidden />,
  answered: <MessageOutlined aria-hidden />,
  closed: <CheckCircleOutlined aria-hidden />,
}

/** A card (黄牌 / 红牌) as icon + word; its state beside it. */
export function CardTag({ colour, status }: { colour: 'yellow' | 'red'; status?: CardStatus }) {
  const { t } = useTranslation()
  return (
    <>
      <Tag
        color={colour === 'red' ? 'error' : 'warning'}
        icon={<span aria-hidden>{colour === 'red' ? '■ ' : '▲ '}</span>}
      >
        {t(`supervision.cards.colours.${colour}`)}
      </Tag>
      {status && (
        <Tag color={status === 'closed' ? 'success' : undefined} icon={cardStatusIcon[status]}>
          {t(`supervision.cards.statuses.${status}`)}
        </Tag>
      )}
    </>
  )
}

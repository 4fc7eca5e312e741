import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  PhoneOutlined,
} from '@ant-design/icons'
import type { RectificationStatus } from '@yimin/shared'
import { Space, Tag } from 'antd'
import { useTranslation } from 'react-i18next'

const look: Record<RectificationStatus, { color: string; icon: React.ReactNode }> = {
  open: { color: 'processing', icon: <ClockCircleOutlined aria-hidden /> },
  called_back: { color: 'warning', icon: <PhoneOutlined aria-hidden /> },
  closed: { color: 'success', icon: <CheckCircleOutlined aria-hidden /> },
}

/** A rectification's status in words and an icon, and "overdue" in words when it is. */
export function RectificationStatusTag({
  status,
  isOverdue,
}: {
  status: RectificationStatus
  isOverdue: boolean
}) {
  const { t } = useTranslation()
  return (
    <Space size={4} wrap>
      <Tag color={look[status].color} icon={look[status].icon}>
        {t(`ratings.status.${status}`)}
      </Tag>
      {isOverdue && (
        <Tag color="error" icon={<ExclamationCircleOutlined aria-hidden />}>
          {t('ratings.overdue')}
        </Tag>
      )}
    </Space>
  )
}

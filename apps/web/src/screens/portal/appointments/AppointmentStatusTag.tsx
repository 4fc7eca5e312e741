import {
  CalendarOutlined,
  CheckCircleOutlined,
  CloseCircleOutlined,
  ExclamationCircleOutlined,
} from '@ant-design/icons'
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Appointment } from '../../../api/queue'

const looks = {
  booked: { color: 'processing', icon: <CalendarOutlined aria-hidden /> },
  checked_in: { color: 'success', icon: <CheckCircleOutlined aria-hidden /> },
  cancelled: { color: 'default', icon: <CloseCircleOutlined aria-hidden /> },
  no_show: { color: 'warning', icon: <ExclamationCircleOutlined aria-hidden /> },
} as const

/** An appointment's status as icon + word + colour (never colour alone). */
export function AppointmentStatusTag({ status }: { status: Appointment['status'] }) {
  const { t } = useTranslation()
  const look = looks[status]
  return (
    <Tag color={look.color} icon={look.icon}>
      {t(`appointments.status.${status}`)}
    </Tag>
  )
}

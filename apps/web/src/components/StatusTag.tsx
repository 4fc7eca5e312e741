import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons'
import { Tag } from 'antd'

/** Status as icon + word + colour, never colour alone. */
export function StatusTag({
  isActive,
  activeLabel,
  inactiveLabel,
}: {
  isActive: boolean
  activeLabel: string
  inactiveLabel: string
}) {
  return isActive ? (
    <Tag color="success" icon={<CheckCircleOutlined aria-hidden />}>
      {activeLabel}
    </Tag>
  ) : (
    <Tag color="error" icon={<StopOutlined aria-hidden />}>
      {inactiveLabel}
    </Tag>
  )
}

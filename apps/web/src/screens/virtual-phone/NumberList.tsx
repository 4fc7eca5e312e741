import { MobileOutlined } from '@ant-design/icons'
import { List, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { PhoneNumberEntry } from '../../api/virtual-phone'
import { formatDateTime } from '../../components/format'

export function NumberList({
  numbers,
  selected,
  onSelect,
}: {
  numbers: PhoneNumberEntry[]
  selected: string | null
  onSelect: (phone: string) => void
}) {
  const { t, i18n } = useTranslation()
  return (
    <nav aria-label={t('virtualPhone.numbers')}>
      <List
        dataSource={numbers}
        renderItem={(n) => (
          <List.Item style={{ padding: 0 }}>
            <button
              type="button"
              className={`vp-number${n.phone === selected ? ' vp-number-selected' : ''}`}
              aria-current={n.phone === selected ? 'true' : undefined}
              onClick={() => onSelect(n.phone)}
            >
              <MobileOutlined aria-hidden />
              <span className="vp-number-text">
                <strong dir="ltr">{n.phoneMasked}</strong>
                <Typography.Text type="secondary">
                  {t('virtualPhone.lastAt', { time: formatDateTime(n.lastAt, i18n.language) })}
                </Typography.Text>
              </span>
            </button>
          </List.Item>
        )}
      />
    </nav>
  )
}

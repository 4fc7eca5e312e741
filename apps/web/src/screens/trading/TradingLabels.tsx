import type { AnnouncementKind, TradingCategory, TradingMethod } from '@yimin/shared'
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { centerTimeZone } from '../../api/center'

/** Labels shared by the trading screens: a category, a method, an announcement kind, as text (never colour alone). */
export function CategoryTag({ category }: { category: TradingCategory }) {
  const { t } = useTranslation()
  return <Tag>{t(`trading.categories.${category}`)}</Tag>
}

export function MethodTag({ method }: { method: TradingMethod }) {
  const { t } = useTranslation()
  return <Tag>{t(`trading.methods.${method}`)}</Tag>
}

export function KindTag({ kind }: { kind: AnnouncementKind }) {
  const { t } = useTranslation()
  return <Tag color="blue">{t(`trading.kinds.${kind}`)}</Tag>
}

/** An instant in the center's time zone, as a short local date and time. */
export function formatInstant(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: centerTimeZone(),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))
}

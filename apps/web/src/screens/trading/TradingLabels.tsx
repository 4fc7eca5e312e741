import type {
  AnnouncementKind,
  TradingCategory,
  TradingLotStage,
  TradingMethod,
  TradingProjectStatus,
} from '@yimin/shared'
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

/** Ended without an award (流标, terminated): marked by a sign as well as a colour. */
const endedBadly = new Set<string>(['failed', 'terminated'])

/** A project's status as a word (and a sign when it failed or was terminated). */
export function ProjectStatusTag({ status }: { status: TradingProjectStatus }) {
  const { t } = useTranslation()
  const isBad = endedBadly.has(status)
  return (
    <Tag color={isBad ? 'error' : status === 'awarded' ? 'success' : undefined}>
      {isBad && <span aria-hidden>✕ </span>}
      {t(`trading.statuses.${status}`)}
    </Tag>
  )
}

/** A lot's own stage as a word (and a sign when it failed). */
export function LotStageTag({ stage }: { stage: TradingLotStage }) {
  const { t } = useTranslation()
  const isBad = endedBadly.has(stage)
  return (
    <Tag color={isBad ? 'error' : stage === 'awarded' ? 'success' : undefined}>
      {isBad && <span aria-hidden>✕ </span>}
      {t(`trading.lotStages.${stage}`)}
    </Tag>
  )
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

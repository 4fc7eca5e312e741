import type { Principal } from '@yimin/shared'
import { canSomewhere } from '../auth/permissions'
import type { AlertRow, CardRow } from './alerts.repository'

type LinkedAlert = Pick<AlertRow, 'code' | 'case_id' | 'subject_kind' | 'subject_id'>

/**
 * Which of the trading center's staff screens the reader may open: a lot's screen takes
 * `trading.read` (the center's, an agency's, a tenderee's or a supervising department's staff),
 * the trading board `trading.supervise` or `trading.register`. The center's electronic
 * supervisor (电子监察) sees the trading alerts but holds neither: those alerts show no link
 * rather than one that ends on "no access".
 */
export interface LinkReader {
  tradingLots: boolean
  tradingBoard: boolean
}

export function linkReader(p: Principal): LinkReader {
  return {
    tradingLots: canSomewhere(p, 'trading.read'),
    tradingBoard: canSomewhere(p, 'trading.supervise') || canSomewhere(p, 'trading.register'),
  }
}

/**
 * Where an alert opens in the web app (apps/web's routes). A case alert opens its case; an
 * unrectified bad review the rectification worklist (the rated subject may be a visit, which has
 * no case page). The trading center's alerts have a project as their case, and a project has no
 * page of its own: a lot's alert opens the lot's screen (committee, evaluation, result, and the
 * opening from there), an announcement's the announcement as published (the dates the rule
 * checked), an objection's or complaint's the supervisor's trading board, where they are decided.
 * null: the reader may not open that screen.
 */
export function alertLink(a: LinkedAlert, reader: LinkReader): string | null {
  const id = encodeURIComponent(a.subject_id)
  if (a.subject_kind === 'trading_lot') return reader.tradingLots ? `/trading/lots/${id}` : null
  if (a.subject_kind === 'trading_announcement') return `/portal/trading/announcements/${id}`
  if (a.subject_kind === 'trading_dispute') return reader.tradingBoard ? '/trading/board' : null
  if (a.code === 'BAD_RATING_NOT_RECTIFIED') return '/ratings/rectifications'
  return `/cases/${encodeURIComponent(a.case_id)}`
}

/**
 * Where a card opens: the screen of the alert it was issued on (a card on a trading alert opens
 * the alert's lot, announcement or board: its case id is a project's, which has no page), else
 * its case; null when it has neither (a card on a department's or window's conduct) or the reader
 * may not open the alert's screen.
 */
export function cardLink(
  card: Pick<CardRow, 'case_id'>,
  alert: LinkedAlert | undefined,
  reader: LinkReader,
): string | null {
  if (alert) return alertLink(alert, reader)
  return card.case_id === null ? null : `/cases/${encodeURIComponent(card.case_id)}`
}

import type { AlertRow, CardRow } from './alerts.repository'

type LinkedAlert = Pick<AlertRow, 'code' | 'case_id' | 'subject_kind' | 'subject_id'>

/**
 * Where an alert opens in the web app (apps/web's routes). A case alert opens its case; an
 * unrectified bad review the rectification worklist (the rated subject may be a visit, which has
 * no case page). The trading center's alerts have a project as their case, and a project has no
 * page of its own: a lot's alert opens the lot's screen (committee, evaluation, result, and the
 * opening from there), an announcement's the announcement as published (the dates the rule
 * checked), an objection's or complaint's the supervisor's trading board, where they are decided.
 */
export function alertLink(a: LinkedAlert): string {
  const id = encodeURIComponent(a.subject_id)
  if (a.subject_kind === 'trading_lot') return `/trading/lots/${id}`
  if (a.subject_kind === 'trading_announcement') return `/portal/trading/announcements/${id}`
  if (a.subject_kind === 'trading_dispute') return '/trading/board'
  if (a.code === 'BAD_RATING_NOT_RECTIFIED') return '/ratings/rectifications'
  return `/cases/${encodeURIComponent(a.case_id)}`
}

/**
 * Where a card opens: the screen of the alert it was issued on (a card on a trading alert opens
 * the alert's lot, announcement or board: its case id is a project's, which has no page), else
 * its case; null when it has neither (a card on a department's or window's conduct).
 */
export function cardLink(card: Pick<CardRow, 'case_id'>, alert: LinkedAlert | undefined): string | null {
  if (alert) return alertLink(alert)
  return card.case_id === null ? null : `/cases/${encodeURIComponent(card.case_id)}`
}

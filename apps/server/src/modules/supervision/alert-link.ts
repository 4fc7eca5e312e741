import type { AlertRow } from './alerts.repository'

/**
 * Where an alert opens in the web app (apps/web's routes). A case alert opens its case; an
 * unrectified bad review the rectification worklist (the rated subject may be a visit, which has
 * no case page). The trading center's alerts have a project as their case, and a project has no
 * page of its own: a lot's alert opens the lot's screen (committee, evaluation, result, and the
 * opening from there), an announcement's the announcement as published (the dates the rule
 * checked), an objection's or complaint's the supervisor's trading board, where they are decided.
 */
export function alertLink(a: Pick<AlertRow, 'code' | 'case_id' | 'subject_kind' | 'subject_id'>): string {
  const id = encodeURIComponent(a.subject_id)
  if (a.subject_kind === 'trading_lot') return `/trading/lots/${id}`
  if (a.subject_kind === 'trading_announcement') return `/portal/trading/announcements/${id}`
  if (a.subject_kind === 'trading_dispute') return '/trading/board'
  if (a.code === 'BAD_RATING_NOT_RECTIFIED') return '/ratings/rectifications'
  return `/cases/${encodeURIComponent(a.case_id)}`
}

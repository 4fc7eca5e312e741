import type { AnomalyRule } from './anomaly'

/** How far ahead an opening without an opening room is flagged. */
export const OPENING_WARN_MS = 3 * 24 * 60 * 60_000

/** A lot whose opening is within three days (or past) and has no opening room booked. */
export const openingWithoutVenue: AnomalyRule = {
  code: 'TRADING_OPENING_WITHOUT_VENUE',
  severity: 'warning',
  subjectKind: 'trading_lot',
  clears: true,
  evaluate(facts, _cal, now) {
    if (facts.status === 'terminated' || facts.status === 'draft') return []
    const limit = Date.parse(now) + OPENING_WARN_MS
    return facts.lots
      .filter((l) => l.openingAt !== null && !l.hasOpeningRoom && Date.parse(l.openingAt) <= limit)
      .map((l) => ({
        code: this.code,
        projectId: facts.projectId,
        subjectId: l.id,
        params: { lot: l.name, openingAt: l.openingAt! },
      }))
  },
}

/**
 * Queue statistics, pure: waiting and service times, no-shows and the estimate's error, grouped
 * by category, window, clerk and hour of arrival (local).
 */
export interface StatTicket {
  categoryId: string
  windowId: string | null
  clerkId: string | null
  status: string
  source: string
  arrivedAt: string
  issuedAt: string
  calledAt: string | null
  startedAt: string | null
  finishedAt: string | null
  estimatedWaitMinutes: number | null
  /** local hour of arrival, 0–23 */
  hour: number
}

/** A queue_tickets row's columns the statistics read. */
export interface TicketTimes {
  category_id: string
  window_id: string | null
  clerk_id: string | null
  status: string
  source: string
  arrived_at: string
  issued_at: string
  called_at: string | null
  started_at: string | null
  finished_at: string | null
  estimated_wait_minutes: number | string | null
}

/** The statistics' view of a ticket row; `hour` is the local hour of arrival. */
export function toStatTicket(t: TicketTimes, hour: number): StatTicket {
  return {
    categoryId: t.category_id,
    windowId: t.window_id,
    clerkId: t.clerk_id,
    status: t.status,
    source: t.source,
    arrivedAt: t.arrived_at,
    issuedAt: t.issued_at,
    calledAt: t.called_at,
    startedAt: t.started_at,
    finishedAt: t.finished_at,
    estimatedWaitMinutes: t.estimated_wait_minutes === null ? null : Number(t.estimated_wait_minutes),
    hour,
  }
}

export interface StatRow {
  key: string
  label: string
  tickets: number
  served: number
  noShows: number
  cancelled: number
  meanWaitMinutes: number | null
  maxWaitMinutes: number | null
  meanServiceMinutes: number | null
  estimateMeanAbsErrorMinutes: number | null
  estimateMeanSignedErrorMinutes: number | null
}

const minutes = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000
const round1 = (v: number) => Math.round(v * 10) / 10
const mean = (xs: number[]) => (xs.length === 0 ? null : round1(xs.reduce((a, b) => a + b, 0) / xs.length))

export function summarise(key: string, label: string, tickets: readonly StatTicket[]): StatRow {
  const waits: number[] = []
  const services: number[] = []
  const errors: number[] = []
  let served = 0
  let noShows = 0
  let cancelled = 0
  for (const t of tickets) {
    if (t.status === 'done') served++
    if (t.status === 'no_show') noShows++
    if (t.status === 'cancelled') cancelled++
    if (t.calledAt) waits.push(minutes(t.arrivedAt, t.calledAt))
    if (t.status === 'done' && t.finishedAt)
      services.push(minutes(t.startedAt ?? t.calledAt ?? t.finishedAt, t.finishedAt))
    // the estimate given at issue against the wait that followed (transfers got none)
    if (t.calledAt && t.estimatedWaitMinutes !== null && t.source !== 'transfer')
      errors.push(minutes(t.issuedAt, t.calledAt) - t.estimatedWaitMinutes)
  }
  return {
    key,
    label,
    tickets: tickets.filter((t) => t.source !== 'transfer').length,
    served,
    noShows,
    cancelled,
    meanWaitMinutes: mean(waits),
    maxWaitMinutes: waits.length ? round1(Math.max(...waits)) : null,
    meanServiceMinutes: mean(services),
    estimateMeanAbsErrorMinutes: mean(errors.map(Math.abs)),
    estimateMeanSignedErrorMinutes: mean(errors),
  }
}

export function groupStats(
  tickets: readonly StatTicket[],
  keyOf: (t: StatTicket) => string | null,
  labelOf: (key: string) => string,
): StatRow[] {
  const groups = new Map<string, StatTicket[]>()
  for (const t of tickets) {
    const k = keyOf(t)
    if (k === null) continue
    const list = groups.get(k) ?? []
    list.push(t)
    groups.set(k, list)
  }
  return [...groups.entries()]
    .map(([k, list]) => summarise(k, labelOf(k), list))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh'))
}

/**
 * Pure figures of the supervision wall (数据大屏): the queue-wait heatmap, satisfaction per day
 * and comments with identifying numbers hidden. No I/O: the wall service feeds them rows.
 */

export interface WaitTicket {
  /** local service date (YYYY-MM-DD) */
  serviceDate: string
  arrivedAt: string
  calledAt: string
}

export interface HeatCell {
  day: string
  hour: number
  tickets: number
  meanWaitMinutes: number
}

const hourFormats = new Map<string, Intl.DateTimeFormat>()

/** The local hour (0–23) of an instant in a time zone. */
export function localHour(at: Date, timeZone: string): number {
  let format = hourFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' })
    hourFormats.set(timeZone, format)
  }
  return Number(format.format(at))
}

/**
 * Mean waits (arrival → call, minutes, one decimal) per service day and local hour of arrival,
 * the queue statistics' definition. Only the given days and hours count; a negative wait (a
 * clock set back) counts as zero. Cells with no called ticket are left out.
 */
export function waitHeatmap(
  tickets: readonly WaitTicket[],
  timeZone: string,
  days: readonly string[],
  hours: readonly number[],
): HeatCell[] {
  const wanted = new Set(days)
  const wantedHours = new Set(hours)
  const sums = new Map<string, { day: string; hour: number; n: number; total: number }>()
  for (const t of tickets) {
    if (!wanted.has(t.serviceDate)) continue
    const arrived = new Date(t.arrivedAt)
    const hour = localHour(arrived, timeZone)
    if (!wantedHours.has(hour)) continue
    const wait = Math.max(0, (Date.parse(t.calledAt) - arrived.getTime()) / 60_000)
    const key = `${t.serviceDate} ${hour}`
    const s = sums.get(key) ?? { day: t.serviceDate, hour, n: 0, total: 0 }
    s.n++
    s.total += wait
    sums.set(key, s)
  }
  return [...sums.values()]
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.hour - b.hour))
    .map((s) => ({
      day: s.day,
      hour: s.hour,
      tickets: s.n,
      meanWaitMinutes: Math.round((s.total / s.n) * 10) / 10,
    }))
}

/** Working hours on the heatmap: from the first to the last hour any ticket arrived, at least 8–17. */
export function heatHours(cells: readonly { hour: number }[]): number[] {
  let from = 8
  let to = 17
  for (const c of cells) {
    from = Math.min(from, c.hour)
    to = Math.max(to, c.hour)
  }
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

/**
 * Satisfaction (满意度, 0–100: the share of 满意 and 非常满意, score ≥ 4) per day, one row for
 * every day asked for (null where nobody rated), like the dashboard's satisfaction.
 */
export function dailySatisfaction(
  rows: readonly { day: string; ratings: number; satisfied: number }[],
  days: readonly string[],
): Array<{ day: string; ratings: number; satisfaction: number | null }> {
  const byDay = new Map(rows.map((r) => [r.day, r]))
  return days.map((day) => {
    const r = byDay.get(day)
    const ratings = r?.ratings ?? 0
    return {
      day,
      ratings,
      satisfaction: r && ratings > 0 ? Math.round((r.satisfied / ratings) * 1000) / 10 : null,
    }
  })
}

/**
 * A comment as the wall shows it: runs of digits that could be a phone, an ID or a case number
 * (four or more, also with spaces or dashes between them, and an ID's final X) become `＊＊＊`,
 * whitespace is folded and the text is cut to `max` characters.
 */
export function scrubComment(text: string, max = 80): string {
  const hidden = text
    .replace(/\d(?:[\d\s-]*\d){3,}[xX]?/g, '＊＊＊')
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '＊＊＊')
    .replace(/\s+/g, ' ')
    .trim()
  const chars = [...hidden]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : hidden
}

/** The `n` days up to and including `today` (YYYY-MM-DD), oldest first. */
export function daysUpTo(today: string, n: number): string[] {
  const end = Date.parse(`${today}T00:00:00Z`)
  return Array.from({ length: n }, (_, i) =>
    new Date(end - (n - 1 - i) * 86_400_000).toISOString().slice(0, 10),
  )
}

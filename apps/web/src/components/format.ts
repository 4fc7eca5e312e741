import { centerTimeZone } from '../api/center'

/**
 * Dates in the reader's language and the center's time zone (the server's TZ_CENTER): one
 * helper for every page — zh-CN 2026年3月2日, en 2 Mar 2026, ug 2026-يىلى 2-مارت.
 */

// Browsers ship no Uyghur date data (they fall back to Chinese): Uyghur dates are written here.
const ugMonths = [
  'يانۋار',
  'فېۋرال',
  'مارت',
  'ئاپرېل',
  'ماي',
  'ئىيۇن',
  'ئىيۇل',
  'ئاۋغۇست',
  'سېنتەبىر',
  'ئۆكتەبىر',
  'نويابىر',
  'دېكابىر',
]

/** The Intl locale of a UI language: English dates are day-month-year (2 Mar 2026). */
const intlLocale = (language: string) => (language === 'en' ? 'en-GB' : language)

const formats = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = formats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options)
    formats.set(key, f)
  }
  return f
}

/** Year, month, day, hour, minute of an instant on the wall clock of a time zone. */
function wallClock(d: Date, timeZone: string) {
  const parts = formatter('en-GB', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(d)
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? ''
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    time: `${get('hour')}:${get('minute')}`,
  }
}

const ugDay = (year: number, month: number, day: number) => `${year}-يىلى ${day}-${ugMonths[month - 1] ?? ''}`

/** An instant (ISO) as a date and time in the reader's language, on the center's clock. */
export function formatDateTime(
  iso: string | null | undefined,
  language: string,
  timeZone = centerTimeZone(),
): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '—'
  if (language === 'ug') {
    const w = wallClock(d, timeZone)
    return `${ugDay(w.year, w.month, w.day)} ${w.time}`
  }
  return formatter(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(d)
}

/** A calendar day (YYYY-MM-DD, already the center's) in the reader's language: 2026年3月2日, 2 Mar 2026, 2026-يىلى 2-مارت. */
export function formatDay(day: string | null | undefined, language: string): string {
  if (!day) return '—'
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return day
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (language === 'ug') return ugDay(year, month, date)
  return formatter(intlLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  )
}

/** A calendar day with its weekday (appointment days): 3月2日 周一, Mon 2 Mar, 2-مارت دۈشەنبە. */
export function formatDayWithWeekday(day: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return day
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  if (language === 'ug') {
    const weekdays = ['يەكشەنبە', 'دۈشەنبە', 'سەيشەنبە', 'چارشەنبە', 'پەيشەنبە', 'جۈمە', 'شەنبە']
    return `${Number(m[3])}-${ugMonths[Number(m[2]) - 1] ?? ''} ${weekdays[d.getUTCDay()] ?? ''}`
  }
  return formatter(intlLocale(language), {
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(d)
}

/** The center's calendar day (YYYY-MM-DD) `offsetDays` from now. */
export function centerDay(offsetDays = 0, now = new Date(), timeZone = centerTimeZone()): string {
  return formatter('sv-SE', { timeZone }).format(new Date(now.getTime() + offsetDays * 86_400_000))
}

/** The center's clock time (HH:MM) of an instant. */
export function centerTime(now = new Date(), timeZone = centerTimeZone()): string {
  return formatter('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(now)
}

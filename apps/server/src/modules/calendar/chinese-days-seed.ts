// chinese-days ships CommonJS; its ESM named imports fail at run time, the default import works.
import cd from 'chinese-days'
import { daysFromCivil, formatDate, isWeekend } from './civil-dates'
import type { DayOverride } from './working-days'

/** The package that seeds the calendar, and the years it knows (it has nothing after 2026). */
export const CHINESE_DAYS_SOURCE = 'chinese-days@1.5.7'
export const SEED_FIRST_YEAR = 2016
export const SEED_LAST_YEAR = 2026

/**
 * The State Council schedule of one year as overrides, read from chinese-days: the named
 * holidays (including those falling on a weekend, for display) and the make-up working days
 * (调休上班) on weekends. Names are the Chinese ones ("国庆节").
 */
export function chineseDaysOverrides(year: number): DayOverride[] {
  const out: DayOverride[] = []
  const end = daysFromCivil(year + 1, 1, 1)
  for (let d = daysFromCivil(year, 1, 1); d < end; d++) {
    const date = formatDate(d)
    const detail = cd.getDayDetail(date)
    // Named days come as "National Day,国庆节,3"; ordinary days as the weekday name ("Saturday").
    const parts = detail.name.split(',')
    const isNamed = parts.length >= 2
    const name = (parts[1] ?? detail.name).trim()
    if (isNamed && !detail.work) out.push({ date, kind: 'holiday', name })
    else if (detail.work && isWeekend(d)) out.push({ date, kind: 'workday', name })
    else if (!detail.work && !isWeekend(d)) out.push({ date, kind: 'holiday', name })
  }
  return out
}

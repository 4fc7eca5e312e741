import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR } from '@yimin/shared'
import { AppError } from '../../platform/errors'
import type { CalendarDayRow, CalendarYearRow } from './calendar.repository'
import { isValidDate } from './civil-dates'
import type { WorkingCalendar } from './working-days'

/** Range checks and presenters of the calendar service. */
export function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    throw new AppError(
      'CALENDAR_DATE_OUT_OF_RANGE',
      `the calendar covers ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`,
      { year },
    )
  }
}

export function assertInRange(date: string): void {
  const year = Number(date.slice(0, 4))
  if (!isValidDate(date) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    throw new AppError(
      'CALENDAR_DATE_OUT_OF_RANGE',
      `the calendar covers ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`,
      { date },
    )
  }
}

/** Years from `from` to `to` that are not loaded. */
export function missingYears(cal: WorkingCalendar, from: string, to: string): number[] {
  const out: number[] = []
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
    if (!cal.isYearLoaded(y)) out.push(y)
  return out
}

export const presentYear = (y: CalendarYearRow) => ({
  year: y.year,
  source: y.source,
  loadedAt: y.loaded_at,
  loadedBy: y.loaded_by,
})
export const presentDay = (d: CalendarDayRow) => ({
  date: d.date,
  kind: d.kind,
  name: d.name,
  updatedAt: d.updated_at,
  updatedBy: d.updated_by,
})

import { z } from 'zod'
import { cleanText } from './text'

/**
 * The working-day calendar API (issue 4): the public calculator, the loaded years, and the
 * admin edits. Dates are calendar dates 'YYYY-MM-DD' in the center's time zone.
 */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'no such date')
  .describe('calendar date YYYY-MM-DD')

export const calendarDayKinds = ['holiday', 'workday'] as const
export type CalendarDayKind = (typeof calendarDayKinds)[number]

/** The dates the API accepts; outside: CALENDAR_DATE_OUT_OF_RANGE. */
export const CALENDAR_MIN_YEAR = 2000
export const CALENDAR_MAX_YEAR = 2099
export const CALENDAR_MAX_DAYS = 1000

const namedDay = z.object({ date: z.string(), name: z.string() })

export const calendarAddQuery = z.strictObject({
  from: calendarDate,
  days: z.coerce.number().int().min(0).max(CALENDAR_MAX_DAYS),
})
export const calendarAddResponse = z.object({
  from: z.string(),
  days: z.number().int(),
  /** from + days working days; the start day is not counted; days = 0 gives from itself */
  date: z.string(),
  /** true when a year from `from` to `date` is not loaded: plain weekends were assumed there */
  isProvisional: z.boolean(),
  provisionalYears: z.array(z.number().int()),
  /** holidays passed over, from the day after `from` to `date` */
  holidays: z.array(namedDay),
  /** make-up working days (调休上班) counted in the same span */
  makeUpWorkdays: z.array(namedDay),
})
export type CalendarAddResponse = z.infer<typeof calendarAddResponse>

export const calendarCountQuery = z.strictObject({ from: calendarDate, to: calendarDate })
export const calendarCountResponse = z.object({
  from: z.string(),
  to: z.string(),
  /** working days d with from < d <= to; negative when to is before from */
  workingDays: z.number().int(),
  isProvisional: z.boolean(),
  provisionalYears: z.array(z.number().int()),
})
export type CalendarCountResponse = z.infer<typeof calendarCountResponse>

export const calendarYear = z.object({
  year: z.number().int(),
  /** `chinese-days@1.5.7` (seeded), `import` (admin console), `cli-import` */
  source: z.string(),
  loadedAt: z.string(),
  loadedBy: z.string().nullable(),
})

export const calendarYearsResponse = z.object({
  /** today in the center's time zone */
  today: z.string(),
  currentYear: z.number().int(),
  nextYear: z.number().int(),
  years: z.array(calendarYear),
  /** the current and next year when not loaded: the admin console warns until they are */
  missingYears: z.array(z.number().int()),
  status: z.enum(['ok', 'next-year-missing', 'current-year-missing']),
})
export type CalendarYearsResponse = z.infer<typeof calendarYearsResponse>

export const calendarDay = z.object({
  date: z.string(),
  kind: z.enum(calendarDayKinds),
  name: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
})
export type CalendarDay = z.infer<typeof calendarDay>

export const calendarDaysQuery = z.strictObject({ year: z.coerce.number().int() })
export const calendarDaysResponse = z.object({
  year: z.number().int(),
  isLoaded: z.boolean(),
  loaded: calendarYear.nullable(),
  /** holidays and make-up working days; every other day follows the weekend rule */
  days: z.array(calendarDay),
})
export type CalendarDaysResponse = z.infer<typeof calendarDaysResponse>

export const setCalendarDayRequest = z.strictObject({
  kind: z.enum(calendarDayKinds),
  name: cleanText({ min: 1, max: 64 }),
})

export const calendarChangeResponse = z.object({
  /** dates whose working / non-working status changed */
  changedDates: z.array(z.string()),
  /** years that became loaded */
  loadedYears: z.array(z.number().int()),
})
export type CalendarChangeResponse = z.infer<typeof calendarChangeResponse>

/** The file content, see the format in the admin console (date,kind,name per line). */
export const importCalendarYearRequest = z.strictObject({ content: z.string().min(1).max(100_000) })
export const importCalendarYearResponse = calendarChangeResponse.extend({
  year: z.number().int(),
  holidays: z.number().int(),
  workdays: z.number().int(),
})
export type ImportCalendarYearResponse = z.infer<typeof importCalendarYearResponse>

/** details of a CALENDAR_IMPORT_INVALID error */
export interface CalendarImportErrorDetails {
  errors: Array<{
    /** 1-based line; 0 = the file as a whole */
    line: number
    code:
      | 'columns'
      | 'date'
      | 'other-year'
      | 'kind'
      | 'name'
      | 'duplicate'
      | 'workday-not-weekend'
      | 'empty'
      | 'too-long'
    message: string
  }>
}

/** Holidays and make-up working days (调休上班); every other day follows the weekend rule. */
export interface CalendarDaysTable {
  /** YYYY-MM-DD, a calendar date in the center's time zone */
  date: string
  kind: 'holiday' | 'workday'
  name: string
  updated_at: string
  updated_by: string | null
}

/** Years whose State Council schedule is loaded; other years are provisional. */
export interface CalendarYearsTable {
  year: number
  /** `chinese-days@1.5.7` (seeded), `import` (admin API), `cli-import` */
  source: string
  loaded_at: string
  loaded_by: string | null
}

export interface CalendarTables {
  calendar_days: CalendarDaysTable
  calendar_years: CalendarYearsTable
}

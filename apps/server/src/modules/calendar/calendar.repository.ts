import type { Executor } from '../../db/database'
import type { CalendarDaysTable, CalendarYearsTable } from './calendar.tables'

export type CalendarDayRow = CalendarDaysTable
export type CalendarYearRow = CalendarYearsTable

/** The system_settings row that changes with every calendar change: instances compare it to reload. */
const VERSION_KEY = 'calendar.version'

const yearBounds = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const

/** All SQL of the calendar: day overrides, loaded years, the version. */
export class CalendarRepository {
  constructor(private readonly db: Executor) {}

  async listDays(tx: Executor = this.db): Promise<CalendarDayRow[]> {
    return tx.selectFrom('calendar_days').selectAll().orderBy('date').execute()
  }

  async listDaysOfYear(year: number, tx: Executor = this.db): Promise<CalendarDayRow[]> {
    const [from, to] = yearBounds(year)
    return tx
      .selectFrom('calendar_days')
      .selectAll()
      .where('date', '>=', from)
      .where('date', '<=', to)
      .orderBy('date')
      .execute()
  }

  async findDay(date: string, tx: Executor = this.db): Promise<CalendarDayRow | undefined> {
    return tx.selectFrom('calendar_days').selectAll().where('date', '=', date).executeTakeFirst()
  }

  async listYears(tx: Executor = this.db): Promise<CalendarYearRow[]> {
    const rows = await tx.selectFrom('calendar_years').selectAll().orderBy('year').execute()
    return rows.map((r) => ({ ...r, year: Number(r.year) }))
  }

  async upsertDay(row: CalendarDayRow, tx: Executor = this.db): Promise<void> {
    await tx
      .insertInto('calendar_days')
      .values(row)
      .onConflict((oc) =>
        oc.column('date').doUpdateSet({
          kind: row.kind,
          name: row.name,
          updated_at: row.updated_at,
          updated_by: row.updated_by,
        }),
      )
      .execute()
  }

  async deleteDay(date: string, tx: Executor = this.db): Promise<boolean> {
    const r = await tx.deleteFrom('calendar_days').where('date', '=', date).executeTakeFirst()
    return Number(r.numDeletedRows) > 0
  }

  /** Replaces a year's overrides and marks the year loaded (call inside a transaction). */
  async replaceYear(year: CalendarYearRow, days: CalendarDayRow[], tx: Executor): Promise<void> {
    const [from, to] = yearBounds(year.year)
    await tx.deleteFrom('calendar_days').where('date', '>=', from).where('date', '<=', to).execute()
    if (days.length > 0) await tx.insertInto('calendar_days').values(days).execute()
    await tx
      .insertInto('calendar_years')
      .values(year)
      .onConflict((oc) =>
        oc
          .column('year')
          .doUpdateSet({ source: year.source, loaded_at: year.loaded_at, loaded_by: year.loaded_by }),
      )
      .execute()
  }

  async version(tx: Executor = this.db): Promise<string | null> {
    const row = await tx
      .selectFrom('system_settings')
      .select('value')
      .where('key', '=', VERSION_KEY)
      .executeTakeFirst()
    return row?.value ?? null
  }

  /**
   * Sets a new version. Done first in a changing transaction: the row lock (PostgreSQL) or the
   * write lock (SQLite) makes concurrent calendar changes run one after the other.
   */
  async bumpVersion(value: string, at: string, tx: Executor): Promise<void> {
    await tx
      .insertInto('system_settings')
      .values({ key: VERSION_KEY, value, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
      .execute()
  }
}

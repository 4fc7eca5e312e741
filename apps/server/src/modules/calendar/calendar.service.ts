import type { Transaction } from 'kysely'
import {
  type CalendarAddResponse,
  type CalendarChangeResponse,
  type CalendarCountResponse,
  type CalendarDayKind,
  type CalendarDaysResponse,
  type CalendarYearsResponse,
  type ImportCalendarYearResponse,
  type Principal,
} from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import type { Tables } from '../../db/tables'
import { localDate, type Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { Logger } from '../../platform/logger'
import { actorLabel, type AuditService } from '../audit/audit.service'
import { assertCan } from '../auth/permissions'
import { parseCalendarImport } from './calendar-import'
import { assertInRange, assertYear, missingYears, presentDay, presentYear } from './calendar.presenters'
import type { CalendarDayRow, CalendarRepository, CalendarYearRow } from './calendar.repository'
import { formatDate, isValidDate, isWeekend, parseDate } from './civil-dates'
import { WorkingCalendar } from './working-days'

/** What a calendar change hands to listeners, inside the transaction that makes it. */
export interface CalendarChange {
  /** dates whose working / non-working status changed, in order */
  dates: string[]
  /** years that became loaded (results crossing them are no longer provisional) */
  loadedYears: number[]
  /** the calendar as it will be once the transaction commits: recompute with this one */
  calendar: WorkingCalendar
  tx: Transaction<Tables>
}
export type CalendarChangeListener = (change: CalendarChange) => Promise<void>

type Actor = Principal | 'system'

/**
 * The working-day calendar: kept in memory as a WorkingCalendar, rebuilt on change. Several
 * instances share the database: every change writes a new version (system_settings row
 * `calendar.version`) in its transaction, and `get()` compares it (one primary-key read) before
 * answering, so an instance never serves a calendar older than the last committed change.
 * Hot loops call `get()` once and use the calendar it returns.
 */
export class CalendarService {
  private calendar = new WorkingCalendar([], [])
  private years: CalendarYearRow[] = []
  private version: string | null | undefined = undefined
  private loading: Promise<void> | null = null
  private readonly listeners: CalendarChangeListener[] = []
  /** today() as last computed, and the minute (since the epoch) it holds for */
  private todayValue = ''
  private todayMinute = Number.NaN

  constructor(
    private readonly db: Db,
    private readonly repo: CalendarRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly options: { timeZone: string },
  ) {}

  /** The current calendar, reloaded first when another instance (or this one) changed it. */
  async get(): Promise<WorkingCalendar> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const version = await this.repo.version()
      if (version === this.version) break
      this.loading ??= this.load().finally(() => {
        this.loading = null
      })
      await this.loading
    }
    return this.calendar
  }

  /** The calendar as last loaded, without a database read (after a `get()`). */
  get current(): WorkingCalendar {
    return this.calendar
  }

  /**
   * Registers a listener called inside every calendar change's transaction when a date's
   * status changed or a year became loaded (the case module recomputes due dates of open
   * cases and tasks there, and records an event). A listener that throws rolls the change back.
   */
  onCalendarChanged(listener: CalendarChangeListener): () => void {
    this.listeners.push(listener)
    return () => {
      const i = this.listeners.indexOf(listener)
      if (i >= 0) this.listeners.splice(i, 1)
    }
  }

  /**
   * Today in the center's time zone. Kept for the minute it was computed in: every request asks,
   * and a date changes only on a minute boundary (time zone offsets are whole minutes).
   */
  today(): string {
    const minute = Math.floor(this.clock.now().getTime() / 60_000)
    if (minute !== this.todayMinute) {
      this.todayValue = localDate(new Date(minute * 60_000), this.options.timeZone)
      this.todayMinute = minute
    }
    return this.todayValue
  }

  async add(from: string, days: number): Promise<CalendarAddResponse> {
    assertInRange(from)
    const cal = await this.get()
    const r = cal.addWorkingDays(from, days)
    assertInRange(r.date)
    const span = days === 0 ? [] : cal.overridesBetween(formatDate(parseDate(from) + 1), r.date)
    return {
      from,
      days,
      date: r.date,
      isProvisional: r.isProvisional,
      provisionalYears: missingYears(cal, from, r.date),
      holidays: span.filter((o) => o.kind === 'holiday').map(({ date, name }) => ({ date, name })),
      makeUpWorkdays: span.filter((o) => o.kind === 'workday').map(({ date, name }) => ({ date, name })),
    }
  }

  async count(from: string, to: string): Promise<CalendarCountResponse> {
    assertInRange(from)
    assertInRange(to)
    const cal = await this.get()
    const r = cal.countWorkingDays(from, to)
    return {
      from,
      to,
      ...r,
      provisionalYears: missingYears(cal, from < to ? from : to, from < to ? to : from),
    }
  }

  async yearsStatus(): Promise<CalendarYearsResponse> {
    const cal = await this.get()
    const today = this.today()
    const currentYear = Number(today.slice(0, 4))
    const nextYear = currentYear + 1
    const missing = [currentYear, nextYear].filter((y) => !cal.isYearLoaded(y))
    return {
      today,
      currentYear,
      nextYear,
      years: this.years.map(presentYear),
      missingYears: missing,
      status: missing.includes(currentYear)
        ? 'current-year-missing'
        : missing.length
          ? 'next-year-missing'
          : 'ok',
    }
  }

  async listDays(year: number): Promise<CalendarDaysResponse> {
    assertYear(year)
    const [rows, years] = await Promise.all([this.repo.listDaysOfYear(year), this.repo.listYears()])
    const loaded = years.find((y) => y.year === year)
    return {
      year,
      isLoaded: Boolean(loaded),
      loaded: loaded ? presentYear(loaded) : null,
      days: rows.map(presentDay),
    }
  }

  async setDay(
    actor: Actor,
    date: string,
    input: { kind: CalendarDayKind; name: string },
  ): Promise<CalendarChangeResponse> {
    if (actor !== 'system') assertCan(actor, 'calendar.manage')
    assertInRange(date)
    if (input.kind === 'workday' && !isWeekend(parseDate(date))) {
      throw new AppError('CALENDAR_WORKDAY_NOT_WEEKEND', `${date} is a weekday: it is a working day already`)
    }
    return this.change(actor, 'calendar.day-set', date, [date, date], async (tx, now, by) => {
      await this.repo.upsertDay(
        { date, kind: input.kind, name: input.name, updated_at: now, updated_by: by },
        tx,
      )
    })
  }

  async deleteDay(actor: Actor, date: string): Promise<CalendarChangeResponse> {
    if (actor !== 'system') assertCan(actor, 'calendar.manage')
    assertInRange(date)
    return this.change(actor, 'calendar.day-delete', date, [date, date], async (tx) => {
      if (!(await this.repo.deleteDay(date, tx)))
        throw new AppError('CALENDAR_DAY_NOT_FOUND', `no holiday or make-up working day on ${date}`)
    })
  }

  /** Replaces a year's overrides with the file's and marks the year loaded, all or nothing. */
  async importYear(
    actor: Actor,
    year: number,
    content: string,
    source = 'import',
  ): Promise<ImportCalendarYearResponse> {
    if (actor !== 'system') assertCan(actor, 'calendar.manage')
    assertYear(year)
    const parsed = parseCalendarImport(year, content)
    if (!parsed.ok) {
      const first = parsed.errors[0]
      const where = first && first.line > 0 ? `line ${first.line}: ` : ''
      throw new AppError(
        'CALENDAR_IMPORT_INVALID',
        `the file has ${parsed.errors.length} error(s); ${where}${first?.message ?? ''}`,
        { errors: parsed.errors },
      )
    }
    const range: [string, string] = [`${year}-01-01`, `${year}-12-31`]
    const change = await this.change(
      actor,
      'calendar.year-import',
      String(year),
      range,
      async (tx, now, by) => {
        const days: CalendarDayRow[] = parsed.days.map((d) => ({ ...d, updated_at: now, updated_by: by }))
        await this.repo.replaceYear({ year, source, loaded_at: now, loaded_by: by }, days, tx)
      },
    )
    const holidays = parsed.days.filter((d) => d.kind === 'holiday').length
    return { year, holidays, workdays: parsed.days.length - holidays, ...change }
  }

  /** Status for /readyz: an unloaded current or next year is a warning, never an outage. */
  async readiness(): Promise<{ ok: true; detail: string }> {
    const s = await this.yearsStatus()
    const loaded = s.years.length
      ? `loaded ${s.years[0]!.year}–${s.years[s.years.length - 1]!.year}`
      : 'no year loaded'
    if (s.missingYears.length === 0) return { ok: true, detail: loaded }
    return {
      ok: true,
      detail: `${loaded}; warning: ${s.missingYears.join(', ')} not loaded, due dates there are provisional`,
    }
  }

  private async change(
    actor: Actor,
    action: string,
    subject: string,
    [from, to]: [string, string],
    mutate: (tx: Transaction<Tables>, now: string, by: string) => Promise<void>,
  ): Promise<CalendarChangeResponse> {
    const now = this.clock.now()
    const by = actor === 'system' ? 'system' : actorLabel(actor)
    const result = await this.db.transaction().execute(async (tx) => {
      // first: serialises concurrent changes (see bumpVersion)
      await this.repo.bumpVersion(newId(now.getTime()), now.toISOString(), tx)
      const before = await this.read(tx)
      await mutate(tx, now.toISOString(), by)
      const after = await this.read(tx)
      const dates: string[] = []
      for (let d = parseDate(from); d <= parseDate(to); d++) {
        const date = formatDate(d)
        if (before.isWorkingDay(date) !== after.isWorkingDay(date)) dates.push(date)
      }
      const loadedYears = after.loadedYears.filter((y) => !before.isYearLoaded(y))
      if (dates.length > 0 || loadedYears.length > 0) {
        for (const listener of [...this.listeners])
          await listener({ dates, loadedYears, calendar: after, tx })
      }
      await this.audit.record(
        { actor, action, subject: `calendar:${subject}`, details: { changedDates: dates, loadedYears } },
        tx,
      )
      return { changedDates: dates, loadedYears }
    })
    await this.get()
    return result
  }

  private async load(): Promise<void> {
    // The version is read before the rows: a change committed in between makes the next get() reload.
    const version = await this.repo.version()
    const [days, years] = await Promise.all([this.repo.listDays(), this.repo.listYears()])
    this.calendar = this.build(days, years)
    this.years = years
    this.version = version
  }

  private async read(tx: Executor): Promise<WorkingCalendar> {
    const [days, years] = [await this.repo.listDays(tx), await this.repo.listYears(tx)]
    return this.build(days, years)
  }

  private build(days: CalendarDayRow[], years: CalendarYearRow[]): WorkingCalendar {
    const valid = days.filter((d) => isValidDate(d.date) && (d.kind === 'holiday' || d.kind === 'workday'))
    if (valid.length < days.length)
      this.log.warn(
        { skipped: days.length - valid.length },
        'calendar rows with a bad date or kind were skipped',
      )
    return new WorkingCalendar(
      valid.map((d) => ({ date: d.date, kind: d.kind, name: d.name })),
      years.map((y) => y.year).filter((y) => y >= 1900 && y <= 2199),
    )
  }
}

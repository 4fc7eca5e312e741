import {
  matterTypes,
  maskPersonName,
  type LightCase,
  type Principal,
  type SupervisionOverview,
} from '@yimin/shared'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import type { CalendarService } from '../calendar/calendar.service'
import type { AlertsService } from './alerts.service'
import type { Scope } from './alerts.repository'
import type { DashboardRepository } from './dashboard.repository'
import { parseDate } from '../calendar/civil-dates'
import type { PeriodFigures, FigureGroup } from './period-figures'
import { withToday } from './period-figures'
import { withPendingToday } from './today-figures'
import { dayBounds, lightPage, lightSummary, type BoardEntry, type BoardInput } from './light-board'
import { lightLabels } from './lights'
import type { RankedLightCount } from '../cases/cases.queries'
import { openByStatusFromCounts, openTasksFromCounts } from './light-counts'
import { settingsView, type SupervisionSettingsStore } from './supervision-settings'

export interface Period {
  from: string
  to: string
}

/** The live dashboard: today's counts, lights, red and yellow lists (masked), drill-down. */
export class DashboardService {
  constructor(
    private readonly db: Db,
    private readonly repo: DashboardRepository,
    private readonly calendar: CalendarService,
    private readonly settings: SupervisionSettingsStore,
    private readonly alerts: AlertsService,
    private readonly clock: Clock,
  ) {}

  /** Supervisors only (tables across every department). */
  requireAll(principal: Principal): void {
    if (this.alerts.scopeOf(principal) !== 'all')
      throw new AppError('SUPERVISION_SCOPE_ALL_ONLY', 'only supervisors see every department')
  }

  /** The period asked for, or this month up to today. */
  period(q: { from?: string | undefined; to?: string | undefined }): Period {
    const today = this.calendar.today()
    const to = q.to ?? today
    const from = q.from ?? `${to.slice(0, 8)}01`
    if (from > to || parseDate(to) - parseDate(from) > 3 * 366)
      throw new AppError(
        'SUPERVISION_PERIOD_INVALID',
        'the period must run forward and span at most three years',
        { from, to },
      )
    return { from, to }
  }

  /**
   * A period's figures: the rollup's days, today's rows with what the case writes since their last
   * fold add (today-figures.ts), so "this month" counts today exactly as the live tab does.
   */
  async figures(
    group: FigureGroup,
    period: Period,
    filter: { departmentId?: string } = {},
  ): Promise<PeriodFigures[]> {
    const today = this.calendar.today()
    if (period.to < today) return this.repo.figures(group, period.from, period.to, filter)
    const cal = await this.calendar.get()
    const [folded, pending] = await withPendingToday(this.db, cal, today, (tx) =>
      this.repo.figures(group, period.from, today, filter, tx),
    )
    return withToday(folded, period.from <= today ? pending : [], group, filter)
  }

  /** What the lights' questions need: today, the calendar, the yellow days, the viewer's departments. */
  async boardInput(scope: Scope): Promise<BoardInput> {
    const cal = await this.calendar.get()
    const settings = settingsView(await this.settings.get())
    const today = this.calendar.today()
    let counts: Promise<RankedLightCount[]> | null = null
    return {
      repo: this.repo,
      cal,
      today,
      settings,
      types: matterTypes,
      scope,
      counts: () =>
        (counts ??= this.repo.lightCounts(dayBounds({ cal, today, settings, types: matterTypes }))),
    }
  }

  async overview(principal: Principal): Promise<SupervisionOverview> {
    return this.overviewOf(this.alerts.scopeOf(principal))
  }

  /**
   * The live counts for a scope already checked (the wall reads them for every department); with
   * the board input of a request that asks more of the board, its reads are shared.
   */
  async overviewOf(scope: Scope, shared?: BoardInput): Promise<SupervisionOverview> {
    const input = shared ?? (await this.boardInput(scope))
    const today = input.today
    const [board, received, accepted, completed, counts] = await Promise.all([
      lightSummary(input),
      this.repo.countOn('received_on', today, scope),
      this.repo.countOn('accepted_on', today, scope),
      this.repo.countOn('completed_on', today, scope),
      input.counts(),
    ])
    const byStatus = openByStatusFromCounts(counts, scope)
    const openTasks = openTasksFromCounts(counts, scope)
    const n = (s: string) => byStatus.get(s) ?? 0
    const c = board.counts
    const running = n('in_progress') + c.cases.paused
    return {
      today,
      at: this.clock.now().toISOString(),
      received,
      accepted,
      completed,
      open: [...byStatus.values()].reduce((a, b) => a + b, 0),
      red: board.red,
      yellow: board.yellow,
      cases: {
        red: c.cases.red + c.cases.pausedRed,
        yellow: c.cases.yellow + c.cases.pausedYellow,
        green: running - c.cases.red - c.cases.yellow - c.cases.pausedRed - c.cases.pausedYellow,
        paused: c.cases.paused,
      },
      intakes: {
        red: c.intakes.red,
        yellow: c.intakes.yellow,
        green: n('received') - c.intakes.red - c.intakes.yellow + n('correction_requested'),
        paused: n('correction_requested'),
      },
      tasks: {
        red: c.tasks.red + c.tasks.pausedRed,
        yellow: c.tasks.yellow + c.tasks.pausedYellow,
        green: openTasks - c.tasks.red - c.tasks.yellow - c.tasks.pausedRed - c.tasks.pausedYellow,
        paused: c.tasks.paused,
      },
      isCalendarProvisional: board.isProvisional,
    }
  }

  /** Red or yellow cases, worst and most overdue first, a page at a time, personal data masked. */
  async lightCases(
    principal: Principal,
    q: {
      light: 'red' | 'yellow'
      departmentId?: string | undefined
      windowId?: string | undefined
      page: number
      pageSize: number
    },
  ) {
    const { total, entries } = await lightPage(await this.boardInput(this.alerts.scopeOf(principal)), q)
    return { total, page: q.page, pageSize: q.pageSize, items: await this.presentCases(entries) }
  }

  async presentCases(page: BoardEntry[]): Promise<LightCase[]> {
    const found = await this.repo.caseRows(page.map((e) => e.caseId))
    const rows = new Map(found.map((r) => [r.id, r]))
    const matterNames = await this.repo.matterNames(found.map((r) => r.matter_id))
    return page.flatMap((e) => {
      const r = rows.get(e.caseId)
      if (!r) return []
      return [
        {
          id: r.id,
          number: r.number,
          matterName: { zh: r.matter_name, ...matterNames(r.matter_id) },
          departmentId: r.department_id,
          departmentName: r.department_name,
          windowId: r.window_id,
          status: r.status,
          applicantName: r.applicant_kind === 'person' ? maskPersonName(r.applicant_name) : r.applicant_name,
          light: e.colour,
          lightLabel: lightLabels[e.colour].zh,
          what: e.what,
          dueOn: e.dueOn,
          isPaused: e.isPaused,
          link: `/cases/${r.id}`,
        },
      ]
    })
  }
}

import type {
  AnnouncementDates,
  AnnouncementKind,
  Principal,
  TradingBoardResponse,
  TradingFiguresResponse,
  TradingCategory,
  TradingLotStage,
  TradingMethod,
  TradingProjectStatus,
} from '@yimin/shared'
import { fromFlag, fromJson, toNumber } from '../../db/convert'
import { localDate, type Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { canSomewhere } from '../auth/permissions'
import type { CalendarService } from '../calendar/calendar.service'
import { anomalyRules } from './anomalies'
import { boardCounts } from './board-counts.rules'
import { tradingFigures } from './figures.rules'
import type { Anomaly, AnomalyRule, LotSupervisionFacts } from './anomalies/anomaly'
import type { DisputesRepository } from './disputes.repository'
import type { AnnouncementsRepository } from './announcements.repository'
import type { ProjectsService } from './projects.service'
import type { TimetableService, TimetableVersion } from './timetable.service'
import type { LotRow, ProjectRow, ProjectScope, TradingRepository } from './trading.repository'
import type { VenuesRepository } from './venues.repository'

/**
 * The trading supervision board (行政监督): every project in the caller's scope by stage and
 * category with its budget, and the anomalies the rules find. Supervisors see their
 * department's projects; center staff and administrators all.
 */
/** Supplies what evaluation and bidding know of lots (deposits, rigging signs); none by default. */
export type LotFactsSource = (lotIds: string[]) => Promise<Map<string, Partial<LotSupervisionFacts>>>

export class BoardService {
  private lotFacts: LotFactsSource = () => Promise.resolve(new Map<string, Partial<LotSupervisionFacts>>())

  /** The container wires the evaluation module's facts here (trading never reads its tables). */
  useLotFacts(source: LotFactsSource): void {
    this.lotFacts = source
  }

  constructor(
    private readonly projects: ProjectsService,
    private readonly trading: TradingRepository,
    private readonly announcements: AnnouncementsRepository,
    private readonly venues: VenuesRepository,
    private readonly timetable: TimetableService,
    private readonly disputes: DisputesRepository,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  async board(actor: Principal): Promise<TradingBoardResponse> {
    if (actor.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', 'sign in first')
    if (!canSomewhere(actor, 'trading.supervise') && !canSomewhere(actor, 'trading.register'))
      throw new AppError('FORBIDDEN', 'missing permission trading.supervise')
    const scope = await this.projects.scopeOf(actor)
    const { projects, lots, anomalies } = await this.anomaliesIn(scope)
    const lotsOf = new Map<string, Array<{ stage: TradingLotStage; budgetFen: number }>>()
    for (const l of lots)
      lotsOf.set(l.project_id, [
        ...(lotsOf.get(l.project_id) ?? []),
        { stage: l.stage as TradingLotStage, budgetFen: toNumber(l.budget_fen) },
      ])
    const counts = boardCounts(
      projects.map((p) => ({
        status: p.status as TradingProjectStatus,
        category: p.category as TradingCategory,
        budgetFen: toNumber(p.budget_fen),
        lots: lotsOf.get(p.id) ?? [],
      })),
    )
    return {
      ...counts,
      anomalies: anomalies.map((a) => ({
        code: a.code,
        projectId: a.projectId,
        projectCode: a.project.code,
        subjectId: a.subjectId,
        params: a.params,
      })),
    }
  }

  /** Projects, amounts and savings by month of registration and category, in the caller's scope. */
  async figures(actor: Principal, from: string, to: string): Promise<TradingFiguresResponse> {
    if (actor.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', 'sign in first')
    if (!canSomewhere(actor, 'trading.supervise') && !canSomewhere(actor, 'trading.register'))
      throw new AppError('FORBIDDEN', 'missing permission trading.supervise')
    const scope = await this.projects.scopeOf(actor)
    const month = (iso: string) => localDate(new Date(iso), this.timeZone).slice(0, 7)
    const projects = (await this.trading.listProjects(scope, 100_000)).filter((p) => {
      if (!p.registered_at) return false
      const m = month(p.registered_at)
      return m >= from && m <= to
    })
    const lots = await this.trading.lotsOfMany(projects.map((p) => p.id))
    const rows = tradingFigures(
      projects.map((p) => ({
        category: p.category as TradingCategory,
        month: month(p.registered_at!),
        budgetFen: toNumber(p.budget_fen),
        lots: lots
          .filter((l) => l.project_id === p.id)
          .map((l) => ({
            budgetFen: toNumber(l.budget_fen),
            awardFen: l.award_fen == null ? null : toNumber(l.award_fen),
          })),
      })),
    )
    return { from, to, rows }
  }

  /**
   * The projects of a scope and what every anomaly rule finds in them (the board shows it; the
   * trading alerts raise it as supervision alerts).
   */
  async anomaliesIn(scope: ProjectScope): Promise<{
    projects: ProjectRow[]
    lots: LotRow[]
    anomalies: Array<Anomaly & { project: ProjectRow; rule: AnomalyRule }>
  }> {
    const projects = await this.trading.listProjects(scope, 2000)
    const ids = projects.map((p) => p.id)
    const [lots, published, disputes, cal] = await Promise.all([
      this.trading.lotsOfMany(ids),
      this.announcements.publishedOfProjects(ids),
      this.disputes.ofProjects(ids),
      this.calendar.get(),
    ])
    const withRoom = await this.venues.lotsWithOpeningRoom(lots.map((l) => l.id))
    const extra = await this.lotFacts(lots.map((l) => l.id))
    const versions = new Map<number, TimetableVersion>()
    const current = await this.timetable.current()
    for (const v of new Set(lots.map((l) => l.timetable_version).filter((v): v is number => v != null)))
      versions.set(Number(v), await this.timetable.get(Number(v)))
    const nowAt = this.clock.now()
    const now = nowAt.toISOString()
    const today = localDate(nowAt, this.timeZone)
    const local = (iso: string | null | undefined) => (iso ? localDate(new Date(iso), this.timeZone) : null)

    const anomalies: Array<Anomaly & { project: ProjectRow; rule: AnomalyRule }> = []
    for (const p of projects) {
      const own = lots.filter((l) => l.project_id === p.id)
      const version = own.find((l) => l.timetable_version != null)?.timetable_version
      const facts = {
        projectId: p.id,
        code: p.code,
        ctx: {
          category: p.category as TradingCategory,
          method: p.method as TradingMethod,
          isLegallyRequired: fromFlag(p.is_legally_required),
        },
        status: p.status,
        today,
        rules: (version != null ? versions.get(Number(version)) : current)?.rules ?? current.rules,
        announcements: published
          .filter((a) => a.project_id === p.id)
          .map((a) => {
            const dates = fromJson<AnnouncementDates>(a.dates) ?? {}
            return {
              id: a.id,
              kind: a.kind as AnnouncementKind,
              publishDate: local(a.publish_at)!,
              dates,
              bidDeadlineDate: local(dates.bidDeadline),
            }
          }),
        lots: own.map((l) => ({
          id: l.id,
          name: l.name,
          openingAt: l.opening_at,
          hasOpeningRoom: withRoom.has(l.id),
          awardNoticeOn: l.award_notice_on,
          contractSignedOn: l.contract_signed_on,
          contractFiledOn: l.contract_filed_on,
          resultReportOn: l.result_report_on,
          ...extra.get(l.id),
        })),
        disputes: disputes
          .filter((d) => d.project_id === p.id)
          .map((d) => ({ id: d.id, kind: d.kind, status: d.status, filedOn: d.filed_on, dueOn: d.due_on })),
      }
      for (const rule of anomalyRules)
        for (const a of rule.evaluate(facts, cal, now)) anomalies.push({ ...a, project: p, rule })
    }
    return { projects, lots, anomalies }
  }
}

import type {
  AnnouncementDates,
  AnnouncementKind,
  AnnouncementResponse,
  DraftAnnouncementRequest,
  Principal,
  TimetableCheckResponse,
  TradingCategory,
  TradingLotStage,
  TradingMethod,
  TradingProjectStatus,
  UpdateAnnouncementRequest,
} from '@yimin/shared'
import type { Db } from '../../db/database'
import { fromFlag, fromJson, toJson } from '../../db/convert'
import { localDate, type Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { requireStaff } from '../auth/permissions'
import type { CalendarService } from '../calendar/calendar.service'
import { checkAnnouncement, type AnnouncementCheck } from './announcement.rules'
import { searchFields } from './announcement-search'
import type { AnnouncementRow, AnnouncementsRepository } from './announcements.repository'
import {
  canPublish,
  canPublishForLot,
  isBeforeOpening,
  lotStageAfter,
  statusAfter,
  statusFromLots,
} from './project-state.rules'
import type { ProjectsService } from './projects.service'
import type { TimetableService } from './timetable.service'
import type { TradingJournal } from './trading-journal'
import { presentAnnouncement } from './trading.presenters'
import type { LotRow, ProjectRow, TradingRepository } from './trading.repository'

/** Instants are stored in UTC ('…Z'), so stored deadlines compare as strings. */
function normalizeDates(d: AnnouncementDates): AnnouncementDates {
  return d.bidDeadline ? { ...d, bidDeadline: new Date(d.bidDeadline).toISOString() } : d
}

/** Publication may be this much in the past (the request's own latency). */
const PAST_GRACE_MS = 60_000

/**
 * Announcements: drafted by the project's agency, checked against the legal timetable (the
 * version of the project's lots, or the one in force for a first announcement), published at a
 * set time and never changed after (a change is a new announcement linked to the original; a
 * late change that affects bids moves the bid deadline and says so).
 */
export class AnnouncementsService {
  constructor(
    private readonly db: Db,
    private readonly repo: AnnouncementsRepository,
    private readonly projects: ProjectsService,
    private readonly trading: TradingRepository,
    private readonly journal: TradingJournal,
    private readonly timetable: TimetableService,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  async draft(
    actor: Principal,
    projectId: string,
    input: DraftAnnouncementRequest,
  ): Promise<AnnouncementResponse> {
    const staff = requireStaff(actor)
    const project = await this.projects.agencyProject(actor, projectId)
    if (input.previousId) await this.assertPrevious(project.id, input.previousId)
    const now = this.clock.now()
    const at = now.toISOString()
    const row: AnnouncementRow = {
      id: newId(now.getTime()),
      project_id: project.id,
      kind: input.kind,
      title: input.title,
      body: input.body,
      language: input.language,
      status: 'draft',
      previous_id: input.previousId ?? null,
      dates: toJson(normalizeDates(input.dates)),
      moved_deadline: null,
      lot_ids: null,
      publish_at: null,
      category: project.category,
      method: project.method,
      region: project.region,
      project_code: project.code,
      ...searchFields(input.title, project.code),
      created_by: staff.userId,
      created_at: at,
      updated_at: at,
    }
    await this.db.transaction().execute(async (tx) => {
      await this.repo.insert(row, tx)
      await this.journal.append(tx, project, actor, at, 'announcement.drafted', {
        announcementId: row.id,
        kind: row.kind,
      })
    })
    return presentAnnouncement(row, at)
  }

  async updateDraft(
    actor: Principal,
    id: string,
    input: UpdateAnnouncementRequest,
  ): Promise<AnnouncementResponse> {
    const a = await this.agencyAnnouncement(actor, id)
    if (a.status !== 'draft')
      throw new AppError('TRADING_ANNOUNCEMENT_PUBLISHED', 'a published announcement never changes')
    const at = this.clock.now().toISOString()
    const patch: Partial<AnnouncementRow> = { updated_at: at }
    if (input.title !== undefined) {
      patch.title = input.title
      Object.assign(patch, searchFields(input.title, a.project_code))
    }
    if (input.body !== undefined) patch.body = input.body
    if (input.language !== undefined) patch.language = input.language
    if (input.dates !== undefined) patch.dates = toJson(normalizeDates(input.dates))
    if (!(await this.repo.updateDraft(id, patch)))
      throw new AppError('TRADING_ANNOUNCEMENT_PUBLISHED', 'a published announcement never changes')
    return presentAnnouncement({ ...a, ...patch }, at)
  }

  async listOfProject(actor: Principal, projectId: string): Promise<AnnouncementResponse[]> {
    const project = await this.projects.visibleProject(actor, projectId)
    const now = this.clock.now().toISOString()
    return (await this.repo.ofProject(project.id)).map((a) => presentAnnouncement(a, now))
  }

  /** The timetable check of dates as they are typed (nothing is stored). */
  async check(
    actor: Principal,
    projectId: string,
    input: { kind: AnnouncementKind; dates: AnnouncementDates; publishAt?: string | undefined },
  ): Promise<TimetableCheckResponse> {
    const project = await this.projects.visibleProject(actor, projectId)
    const lots = await this.trading.lotsOf(project.id)
    const publishAt = input.publishAt ?? this.clock.now().toISOString()
    const { version, result } = await this.runCheck(project, lots, input.kind, input.dates, publishAt)
    return {
      ok: result.violations.length === 0 && result.missing.length === 0 && result.disordered.length === 0,
      timetableVersion: version,
      violations: result.violations,
      movedDeadline: result.movedDeadline ? this.deadlineAt(lots, result.movedDeadline.date) : null,
    }
  }

  async publish(
    actor: Principal,
    id: string,
    input: { publishAt?: string | undefined; lotId?: string | undefined },
  ): Promise<AnnouncementResponse> {
    const a = await this.agencyAnnouncement(actor, id)
    const project = await this.projects.agencyProject(actor, a.project_id)
    if (a.status !== 'draft') throw new AppError('TRADING_ANNOUNCEMENT_PUBLISHED', 'already published')
    const now = this.clock.now()
    const publishAt = input.publishAt ? new Date(input.publishAt).toISOString() : now.toISOString()
    if (Date.parse(publishAt) < now.getTime() - PAST_GRACE_MS)
      throw new AppError('TRADING_PUBLISH_IN_PAST', 'the publication time is in the past')
    const kind = a.kind as AnnouncementKind
    if (!canPublish(project.status as TradingProjectStatus, project.category as TradingCategory, kind))
      throw new AppError(
        'TRADING_ANNOUNCEMENT_KIND_NOT_ALLOWED',
        `no ${kind} announcement while ${project.status}`,
      )
    if (kind === 'change' && !a.previous_id)
      throw new AppError(
        'TRADING_ANNOUNCEMENT_PREVIOUS_INVALID',
        'a change refers to the announcement it changes',
      )
    if (a.previous_id) await this.assertPrevious(project.id, a.previous_id)
    const dates = fromJson<AnnouncementDates>(a.dates) ?? {}
    const lots = await this.trading.lotsOf(project.id)
    // a candidates or result announcement moves its lot (or, without one, every lot still running)
    const moving = this.movingLots(lots, kind, input.lotId)
    if (
      isBeforeOpening(
        kind,
        moving.map((l) => l.opening_at),
        publishAt,
      )
    )
      throw new AppError(
        'TRADING_ANNOUNCEMENT_KIND_NOT_ALLOWED',
        `no ${kind} announcement before the bids are opened`,
      )
    const { version, result } = await this.runCheck(project, lots, kind, dates, publishAt)
    if (result.missing.length > 0 || result.disordered.length > 0)
      throw new AppError('TRADING_ANNOUNCEMENT_DATES_INVALID', 'dates are missing or out of order', {
        missing: result.missing,
        disordered: result.disordered,
      })
    if (result.violations.length > 0)
      throw new AppError(
        'TRADING_TIMETABLE_VIOLATION',
        result.violations.map((v) => `${v.ruleId} (${v.basis})`).join('; '),
        {
          violations: result.violations,
          timetableVersion: version,
        },
      )

    const at = now.toISOString()
    const moved = result.movedDeadline
      ? {
          from: lots[0]?.bid_deadline ?? '',
          to: this.deadlineAt(lots, result.movedDeadline.date),
          ruleId: result.movedDeadline.rule.id,
          basis: result.movedDeadline.rule.basis,
        }
      : null
    const newDeadline = moved?.to ?? (kind === 'change' ? (dates.bidDeadline ?? null) : null)
    const published: Partial<AnnouncementRow> = {
      status: 'published',
      publish_at: publishAt,
      moved_deadline: moved ? toJson(moved) : null,
      lot_ids: moving.length > 0 ? toJson(moving.map((l) => l.id)) : null,
      updated_at: at,
    }
    await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.updateDraft(a.id, published, tx)))
        throw new AppError('TRADING_ANNOUNCEMENT_PUBLISHED', 'already published')
      if (kind === 'tender' && dates.bidDeadline) {
        await this.trading.updateLots(
          project.id,
          { bid_deadline: dates.bidDeadline, opening_at: dates.bidDeadline },
          tx,
        )
      }
      if (newDeadline)
        await this.trading.updateLots(project.id, { bid_deadline: newDeadline, opening_at: newDeadline }, tx)
      await this.trading.fixTimetableVersion(project.id, version, tx)
      const stage = lotStageAfter(kind)
      if (stage) for (const l of moving) await this.trading.updateLotFacts(l.id, { stage }, tx)
      const status = stage
        ? statusFromLots(
            project.status as TradingProjectStatus,
            lots.map((l) => (moving.includes(l) ? stage : (l.stage as TradingLotStage))),
          )
        : statusAfter(project.status as TradingProjectStatus, kind)
      const p = await this.journal.append(
        tx,
        project,
        actor,
        at,
        'announcement.published',
        {
          announcementId: a.id,
          kind,
          publishAt,
          timetableVersion: version,
          ...(stage ? { lotIds: moving.map((l) => l.id), lotStage: stage } : {}),
        },
        { status },
      )
      if (newDeadline)
        await this.journal.append(tx, p, actor, at, 'deadline.moved', {
          announcementId: a.id,
          from: lots[0]?.bid_deadline ?? null,
          to: newDeadline,
          ...(moved ? { ruleId: moved.ruleId, basis: moved.basis } : {}),
        })
    })
    return presentAnnouncement({ ...a, ...published }, at)
  }

  // ---- helpers ----

  /**
   * The lots a candidates or result announcement moves: the one named (refused when it is not the
   * project's or not at a stage for it), or every lot still running. Other kinds move none.
   */
  private movingLots(lots: LotRow[], kind: AnnouncementKind, lotId: string | undefined): LotRow[] {
    if (!lotStageAfter(kind)) return []
    if (lotId === undefined) {
      const running = lots.filter((l) => canPublishForLot(l.stage as TradingLotStage, kind))
      if (running.length === 0)
        throw new AppError(
          'TRADING_ANNOUNCEMENT_KIND_NOT_ALLOWED',
          `no lot is ready for a ${kind} announcement`,
        )
      return running
    }
    const lot = lots.find((l) => l.id === lotId)
    if (!lot) throw new AppError('TRADING_PROJECT_NOT_FOUND', 'no such lot in this project')
    if (!canPublishForLot(lot.stage as TradingLotStage, kind))
      throw new AppError(
        'TRADING_ANNOUNCEMENT_KIND_NOT_ALLOWED',
        `no ${kind} announcement while the lot is ${lot.stage}`,
      )
    return [lot]
  }

  /** The announcement if the principal is staff of its project's agency (404 otherwise). */
  private async agencyAnnouncement(actor: Principal, id: string): Promise<AnnouncementRow> {
    const a = await this.repo.find(id)
    if (!a) throw new AppError('TRADING_ANNOUNCEMENT_NOT_FOUND', 'no such announcement')
    try {
      await this.projects.agencyProject(actor, a.project_id)
    } catch (err) {
      if (err instanceof AppError && err.code === 'TRADING_PROJECT_NOT_FOUND')
        throw new AppError('TRADING_ANNOUNCEMENT_NOT_FOUND', 'no such announcement')
      throw err
    }
    return a
  }

  private async assertPrevious(projectId: string, previousId: string): Promise<void> {
    const prev = await this.repo.find(previousId)
    if (!prev || prev.project_id !== projectId || prev.status !== 'published')
      throw new AppError(
        'TRADING_ANNOUNCEMENT_PREVIOUS_INVALID',
        'the original must be a published announcement of the project',
      )
  }

  private async runCheck(
    project: ProjectRow,
    lots: LotRow[],
    kind: AnnouncementKind,
    dates: AnnouncementDates,
    publishAt: string,
  ): Promise<{ version: number; result: AnnouncementCheck }> {
    const fixed = lots.find((l) => l.timetable_version != null)?.timetable_version
    const tt = fixed != null ? await this.timetable.get(Number(fixed)) : await this.timetable.current()
    const cal = await this.calendar.get()
    const local = (iso: string | null | undefined) => (iso ? localDate(new Date(iso), this.timeZone) : null)
    const tender =
      kind === 'change'
        ? (await this.repo.ofProject(project.id)).find((a) => a.kind === 'tender' && a.status === 'published')
        : undefined
    const result = checkAnnouncement(
      cal,
      tt.rules,
      {
        category: project.category as TradingCategory,
        method: project.method as TradingMethod,
        isLegallyRequired: fromFlag(project.is_legally_required),
      },
      {
        kind,
        publishDate: local(publishAt)!,
        dates,
        bidDeadlineDate: local(dates.bidDeadline),
        currentDeadlineDate: local(lots[0]?.bid_deadline),
        originalSaleStart: tender ? (fromJson<AnnouncementDates>(tender.dates)?.saleStart ?? null) : null,
      },
    )
    return { version: tt.version, result }
  }

  /** A moved deadline keeps the time of day of the deadline it replaces, on its new date. */
  private deadlineAt(lots: LotRow[], date: string): string {
    const current = lots[0]?.bid_deadline
    if (!current) return `${date}T01:00:00.000Z`
    const currentLocal = localDate(new Date(current), this.timeZone)
    const days = Math.round(
      (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${currentLocal}T00:00:00Z`)) / 86_400_000,
    )
    return new Date(Date.parse(current) + days * 86_400_000).toISOString()
  }
}

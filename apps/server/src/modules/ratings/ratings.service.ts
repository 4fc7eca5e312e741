import {
  isBadLevel,
  phoneSchema,
  scoreOf,
  type Principal,
  type RatingChannel,
  type RatingIndicator,
  type RatingLevel,
  type RatingResponse,
  type SatisfactionRow,
} from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { fromFlag, fromJson, toFlag } from '../../db/convert'
import { localDate, type Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { canSomewhere } from '../auth/permissions'
import type { CalendarService } from '../calendar/calendar.service'
import type { SmsService } from '../sms/sms.service'
import { bundleSubject } from './bundle-subject'
import { parseReply } from './reply-parser'
import type { RatableSubject } from './ratable-subject'
import { caseRatingSubject, type RatingSubjectsRepository } from './rating-subjects.repository'
import type { RatingsRepository } from './ratings.repository'
import type { RectificationsRepository } from './rectifications.repository'
import type { RatingsTable } from './ratings.tables'
import { satisfactionOf } from './satisfaction'

export interface RatingsOptions {
  timeZone: string
  /** an SMS reply rates what ended within this many days (and invitations go out for it) */
  replyWindowDays: number
  /** a bad review must be rectified within this many working days */
  rectifyWorkingDays: number
  /** the window's pad rates a finished visit for this many minutes */
  padMinutes: number
}

export interface RatingInput {
  level: RatingLevel
  indicators?: Partial<Record<RatingIndicator, RatingLevel>> | undefined
  comment?: string | undefined
}

const NOT_FOUND = 'no such case or visit with this proof'

/**
 * Giving ratings (好差评, PRODUCT.md 2.6) on every channel: the window's pad, the receipt's QR,
 * the kiosk, the portal, and SMS replies. One rating per case (一事一评) and per visit (一次一评):
 * the unique subject in the table decides, so two channels racing cannot both rate. A bad review
 * (不满意 / 非常不满意) opens a rectification for the responsible department in the same transaction.
 */
export class RatingsService {
  constructor(
    private readonly db: Db,
    private readonly repo: RatingsRepository,
    private readonly subjects: RatingSubjectsRepository,
    private readonly rectifications: RectificationsRepository,
    private readonly sms: SmsService,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly options: RatingsOptions,
  ) {}

  /** The window's rating pad: the ticket its window finished a moment ago. */
  async rateAtPad(principal: Principal, input: RatingInput & { ticketId: string }): Promise<RatingResponse> {
    if (principal.kind !== 'device' || principal.deviceKind !== 'rating_pad' || !principal.windowId)
      throw new AppError('FORBIDDEN', 'only a window’s rating pad rates here')
    const t = await this.subjects.ticket(input.ticketId)
    if (!t || t.window_id !== principal.windowId)
      throw new AppError('RATING_SUBJECT_NOT_FOUND', 'no such visit at this window')
    if (t.status !== 'done' || !t.finished_at)
      throw new AppError('RATING_NOT_RATABLE', 'the visit has not finished')
    if (this.clock.now().getTime() - Date.parse(t.finished_at) > this.options.padMinutes * 60_000)
      throw new AppError('RATING_WINDOW_CLOSED', 'the pad rates a visit right after it finished')
    return this.rate(await this.ticketSubject(t), input, { channel: 'pad', phone: null, messageId: null })
  }

  /**
   * The receipt's QR, the progress page, the kiosk and the portal: the case number and the last
   * four of the applicant's ID or phone, as the public lookup asks. A wrong number and a wrong
   * factor get the same answer.
   */
  async rateCase(
    principal: Principal,
    input: RatingInput & { caseNumber: string; factor: string },
  ): Promise<RatingResponse> {
    const subject = await this.caseSubject(input.caseNumber, input.factor)
    if (!subject) throw new AppError('RATING_NOT_RATABLE', 'the case is not completed yet')
    return this.rate(subject, input, { channel: channelOf(principal), phone: null, messageId: null })
  }

  /** A visit, from the paper ticket's QR (its unguessable token) or at the kiosk. */
  async rateTicket(
    principal: Principal,
    input: RatingInput & { ticketId: string; token: string },
  ): Promise<RatingResponse> {
    const t = await this.subjects.ticket(input.ticketId)
    if (!t || t.token !== input.token) throw new AppError('RATING_SUBJECT_NOT_FOUND', NOT_FOUND)
    if (t.status !== 'done' || !t.finished_at)
      throw new AppError('RATING_NOT_RATABLE', 'the visit has not finished')
    if (this.clock.now().getTime() - Date.parse(t.finished_at) > this.options.replyWindowDays * 86_400_000)
      throw new AppError('RATING_WINDOW_CLOSED', 'too long ago to rate')
    const channel = channelOf(principal)
    return this.rate(await this.ticketSubject(t), input, {
      channel: channel === 'portal' ? 'qr' : channel,
      phone: null,
      messageId: null,
    })
  }

  /** The rating of a case or visit, for the QR page (the same proof as rating it). */
  async existingForCase(caseNumber: string, factor: string): Promise<RatingResponse | null> {
    const { kind, id } = await this.proven(caseNumber, factor)
    const r = await this.repo.ratingOf(kind, id)
    return r ? present(r) : null
  }

  /**
   * An inbound SMS (registered with SmsService): TD opts the number out; a rating reply rates
   * the phone's latest unrated case or visit that ended within the reply window; an unclear reply
   * from a phone with something to rate gets a short help text. Returns the outcome kept with the
   * message, or null to leave it to other handlers.
   */
  readonly handleInbound = async (message: {
    id: string
    sender: string
    body: string
    receivedAt: string
  }): Promise<string | null> => {
    const parsed = parseReply(message.body)
    if (parsed.kind === 'opt_out') {
      await this.repo.optOut(message.sender, message.receivedAt, message.id)
      return 'opt-out'
    }
    const since = new Date(
      Date.parse(message.receivedAt) - this.options.replyWindowDays * 86_400_000,
    ).toISOString()
    const [latest] = await this.subjects.unratedOfPhone(message.sender, since)
    if (!latest) return parsed.kind === 'rating' ? 'rating-nothing-to-rate' : null
    if (parsed.kind === 'unclear') {
      if (phoneSchema.safeParse(message.sender).success) {
        await this.db.transaction().execute((tx) =>
          this.sms.queueTemplate(tx, {
            causeKey: `rating:unclear:${message.id}`,
            recipient: message.sender,
            template: 'rating.unclear',
            vars: {},
          }),
        )
      }
      return 'rating-unclear'
    }
    const subject =
      latest.kind === 'ticket'
        ? {
            ...latest,
            departmentId: latest.windowId ? await this.subjects.windowDepartment(latest.windowId) : null,
          }
        : latest
    try {
      await this.rate(
        subject,
        { level: parsed.level, comment: parsed.comment ?? undefined },
        { channel: 'sms', phone: message.sender, messageId: message.id },
      )
    } catch (err) {
      if (err instanceof AppError && err.code === 'RATING_ALREADY_GIVEN') return 'rating-duplicate'
      throw err
    }
    return 'rating'
  }

  /** Whether non-essential SMS to this number must not be sent (it replied TD). */
  readonly isOptedOut = async (tx: Executor, phone: string): Promise<boolean> =>
    this.repo.isOptedOut(phone, tx)

  /**
   * The rating invitations (邀评短信): each case completed and each visit finished (with a phone)
   * within the reply window gets one non-essential SMS asking for a rating by reply, unless the
   * number opted out. Each subject is handled once, across sweeps and instances.
   */
  async sendInvitations(limit = 500): Promise<{ invited: number; skipped: number }> {
    const now = this.clock.now()
    const since = new Date(now.getTime() - this.options.replyWindowDays * 86_400_000).toISOString()
    const subjects = await this.subjects.uninvited(since, limit)
    let invited = 0
    let skipped = 0
    await this.db.transaction().execute(async (tx) => {
      for (const s of subjects) {
        const phone = s.phone
        const isSendable =
          phone !== null && phoneSchema.safeParse(phone).success && !(await this.repo.isOptedOut(phone, tx))
        const fresh = await this.repo.insertInvitation(
          {
            subject_kind: s.kind,
            subject_id: s.id,
            phone: phone ?? '',
            invited_at: now.toISOString(),
            is_sent: toFlag(isSendable),
          },
          tx,
        )
        if (!fresh) continue
        if (!isSendable) {
          skipped++
          continue
        }
        await this.sms.queueTemplate(tx, {
          causeKey: `rating:${s.kind}:${s.id}:ask`,
          recipient: phone,
          template: 'rating.ask',
          vars: { matter: s.title, number: s.label },
        })
        invited++
      }
    })
    return { invited, skipped }
  }

  /**
   * Satisfaction per department, window or staff over local dates [from, to] (excluded ratings
   * left out): what the supervision dashboard and the assessment take as their satisfaction.
   */
  async satisfactionFigures(
    of: 'department' | 'window' | 'staff',
    from: string,
    to: string,
  ): Promise<SatisfactionRow[]> {
    return (await this.repo.satisfaction(of, from, to)).map(satisfactionOf)
  }

  async satisfaction(
    principal: Principal,
    of: 'department' | 'window' | 'staff',
    from: string,
    to: string,
  ): Promise<SatisfactionRow[]> {
    if (principal.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', 'sign in first')
    if (!canSomewhere(principal, 'supervision.read'))
      throw new AppError('FORBIDDEN', 'missing permission supervision.read')
    if (from > to) throw new AppError('VALIDATION_FAILED', 'from is after to')
    return this.satisfactionFigures(of, from, to)
  }

  // --- helpers ---

  private async ticketSubject(
    t: NonNullable<Awaited<ReturnType<RatingSubjectsRepository['ticket']>>>,
  ): Promise<RatableSubject> {
    return {
      kind: 'ticket',
      id: t.id,
      label: t.number,
      title: t.category_name,
      departmentId: t.window_id ? await this.subjects.windowDepartment(t.window_id) : null,
      windowId: t.window_id,
      staffId: t.clerk_id,
      endedAt: t.finished_at!,
      phone: t.phone,
    }
  }

  /**
   * What a case number (or a bundle number, YJS…) with the last four of the applicant's ID or
   * phone rates: the case, or — for a bundle's number or any of its cases — the bundle (一件事
   * counts as one 事). A wrong number and a wrong factor get the same answer.
   */
  private async proven(
    number: string,
    factor: string,
  ): Promise<{
    kind: 'case' | 'bundle'
    id: string
    bundle?: Awaited<ReturnType<RatingSubjectsRepository['bundle']>>
  }> {
    const f = factor.toUpperCase()
    const matches = (idNumber: string, phone: string) =>
      idNumber.slice(-4).toUpperCase() === f || phone.slice(-4) === f
    if (/^YJS/i.test(number)) {
      const b = await this.subjects.bundle({ number: number.toUpperCase() })
      if (!b || !matches(b.applicantIdNumber, b.applicantPhone))
        throw new AppError('RATING_SUBJECT_NOT_FOUND', NOT_FOUND)
      return { kind: 'bundle', id: b.id, bundle: b }
    }
    const c = await this.subjects.caseByNumber(number)
    if (!c || !matches(c.applicant_id_number, c.applicant_phone))
      throw new AppError('RATING_SUBJECT_NOT_FOUND', NOT_FOUND)
    if (c.bundle_id) {
      const b = await this.subjects.bundle({ id: c.bundle_id })
      if (b) return { kind: 'bundle', id: b.id, bundle: b }
    }
    return { kind: 'case', id: c.id }
  }

  /** The ratable subject behind a case or bundle number, or null while it has not ended. */
  private async caseSubject(number: string, factor: string): Promise<RatableSubject | null> {
    const proof = await this.proven(number, factor)
    if (proof.bundle) return bundleSubject(proof.bundle)
    const c = await this.subjects.caseByNumber(number)
    if (!c || !['completed', 'delivered'].includes(c.status) || !c.completed_at) return null
    return caseRatingSubject({ ...c, completed_at: c.completed_at }, null)
  }

  private async rate(
    subject: RatableSubject,
    input: RatingInput,
    how: { channel: RatingChannel; phone: string | null; messageId: string | null },
  ): Promise<RatingResponse> {
    // read the calendar before the transaction (SQLite: one connection)
    const cal = await this.calendar.get()
    const now = this.clock.now()
    const today = localDate(now, this.options.timeZone)
    const isBad = isBadLevel(input.level)
    const row: RatingsTable = {
      id: newId(),
      subject_kind: subject.kind,
      subject_id: subject.id,
      subject_label: subject.label,
      department_id: subject.departmentId,
      window_id: subject.windowId,
      staff_id: subject.staffId,
      channel: how.channel,
      level: input.level,
      score: scoreOf(input.level),
      indicators: JSON.stringify(input.indicators ?? {}),
      comment: input.comment?.trim() ? input.comment.trim() : null,
      phone: how.phone,
      source_message_id: how.messageId,
      is_bad: toFlag(isBad),
      is_excluded: 0,
      rated_at: now.toISOString(),
      rated_on: today,
    }
    await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.insertRating(row, tx)))
        throw new AppError(
          'RATING_ALREADY_GIVEN',
          'this case, bundle or visit has been rated already (一事一评)',
        )
      if (isBad && subject.departmentId) {
        await this.rectifications.insertRectification(
          {
            id: newId(),
            rating_id: row.id,
            department_id: subject.departmentId,
            status: 'open',
            due_on: cal.addWorkingDays(today, this.options.rectifyWorkingDays).date,
            callback_by: null,
            callback_at: null,
            called_at: null,
            callback_note: null,
            fix_level: null,
            closed_by: null,
            closed_at: null,
            close_note: null,
            created_at: now.toISOString(),
            updated_at: now.toISOString(),
          },
          tx,
        )
      }
    })
    return present(row)
  }
}

function channelOf(principal: Principal): RatingChannel {
  if (principal.kind === 'device' && principal.deviceKind === 'kiosk') return 'kiosk'
  if (principal.kind === 'citizen') return 'portal'
  return 'qr'
}

export function present(r: RatingsTable): RatingResponse {
  return {
    id: r.id,
    subjectKind: r.subject_kind,
    subjectLabel: r.subject_label,
    level: r.level,
    score: Number(r.score),
    indicators: fromJson<RatingResponse['indicators']>(r.indicators) ?? {},
    comment: r.comment,
    channel: r.channel,
    isBad: fromFlag(r.is_bad),
    isExcluded: fromFlag(r.is_excluded),
    ratedAt: r.rated_at,
  }
}

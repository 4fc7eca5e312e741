import {
  birthDateOf,
  type issueTicketRequest,
  type Principal,
  type QueuePolicy,
  type TicketResponse,
} from '@yimin/shared'
import type { z } from 'zod'
import type { Executor } from '../../db/database'
import { fromJson, toFlag } from '../../db/convert'
import { AppError } from '../../platform/errors'
import { newId, newSecret } from '../../platform/ids'
import { can } from '../auth/permissions'
import { ageOn } from './calling-policy'
import {
  actorLabel,
  estimateFor,
  nowLocal,
  presentTicket,
  recordEvent,
  today,
  type QueueContext,
} from './queue-context'
import { publishWaiting } from './queue-display'
import type { QueueCategoryRow, QueueTicketsTable, TicketSource } from './queue.tables'
import type { WindowRow } from './window-states.repository'
import {
  capAllows,
  categoryOpen,
  effectiveCap,
  idLimitAllows,
  outstandingReservation,
  ticketNumber,
  walkInsLeft,
  type OpeningPeriod,
} from './ticket.rules'

/** A ticket's number while its transaction has not taken one yet (invisible to others). */
const PROVISIONAL_SEQ = 2_147_483_647

export interface IssueArgs {
  category: QueueCategoryRow
  policy: QueuePolicy
  serviceDate: string
  localTime: string
  source: TicketSource
  issuedBy: string
  phone: string | null
  /** the keyed hash of the ID number given (ctx.ids), made before the transaction */
  idHash: string | null
  priorityGroup: string
  appointment: { id: string; slotId: string } | null
}

/** Taking a ticket (取号) from a kiosk, the portal or the information desk, and reading it back. */
export class TicketService {
  constructor(private readonly ctx: QueueContext) {}

  async issue(actor: Principal, input: z.infer<typeof issueTicketRequest>): Promise<TicketResponse> {
    const source = this.assertMayIssue(actor)
    if (input.priorityGroup !== null && source !== 'staff')
      throw new AppError('FORBIDDEN', 'only staff set a priority group')
    const { category, policy, serviceDate, localTime } = await this.openCategory(input.categoryId)
    if (
      input.priorityGroup !== null &&
      input.priorityGroup !== 'normal' &&
      !(input.priorityGroup in policy.groupBonusMinutes)
    ) {
      throw new AppError('VALIDATION_FAILED', `unknown priority group ${input.priorityGroup}`, {
        fields: ['priorityGroup'],
      })
    }
    const birth = input.idNumber ? birthDateOf(input.idNumber) : null
    const isElderly = birth !== null && ageOn(birth, serviceDate) >= policy.elderlyAge
    const group = input.priorityGroup ?? (isElderly ? 'elderly' : 'normal')
    const phone = input.phone ?? (actor.kind === 'citizen' ? actor.phone : null)
    const hash = input.idNumber ? await this.ctx.ids.hash(input.idNumber) : null
    const ticket = await this.ctx.db.transaction().execute((tx) =>
      this.issueInTx(tx, {
        category,
        policy,
        serviceDate,
        localTime,
        source,
        issuedBy: actorLabel(actor),
        phone,
        idHash: hash,
        priorityGroup: group,
        appointment: null,
      }),
    )
    return this.present(ticket.id)
  }

  /**
   * Issues inside a transaction, taking the number last. The category's counter row (one per
   * category and day) serialises the issuers of that day from the moment the number is taken
   * until their commit, so the number is taken after everything that does not depend on it:
   * the ticket goes in with a provisional number, its event, estimate and the halls' waiting
   * counts are written, and only then are the counter, the cap, the ID limit and the number
   * done in two to four short statements. Numbers never skip: the counter is part of the
   * ticket's transaction, so an issue that fails (cap reached, ID limit, a crash) rolls its
   * number back with it, and the next issuer takes the same one. Different categories never
   * wait for each other.
   */
  async issueInTx(tx: Executor, a: IssueArgs): Promise<QueueTicketsTable> {
    const { ctx } = this
    const cap = effectiveCap({
      dailyCap: a.category.daily_cap,
      numberStart: a.category.number_start,
      numberEnd: a.category.number_end,
    })
    const hash = a.idHash
    const walkIn = a.appointment === null
    const idLimitHit = async (ownRow: 0 | 1) =>
      hash !== null &&
      walkIn &&
      !idLimitAllows(
        (await ctx.tickets.countByIdHash(a.category.id, a.serviceDate, hash, tx)) - ownRow,
        a.category.id_daily_limit,
      )
    const refuseIdLimit = () => {
      throw new AppError('QUEUE_ID_LIMIT_REACHED', 'this ID number has taken its tickets for today', {
        limit: a.category.id_daily_limit,
      })
    }
    // the clear refusal before any write; checked again, exactly, once the counter is held
    if (await idLimitHit(0)) refuseIdLimit()
    const now = ctx.clock.now().toISOString()
    const provisional: QueueTicketsTable = {
      id: newId(),
      token: newSecret(),
      category_id: a.category.id,
      service_date: a.serviceDate,
      // ranks after every numbered ticket of the same instant until the number is set
      seq: PROVISIONAL_SEQ,
      number: '',
      status: 'issued',
      source: a.source,
      priority_group: a.priorityGroup,
      phone: a.phone,
      id_hash: hash,
      appointment_id: a.appointment?.id ?? null,
      slot_id: a.appointment?.slotId ?? null,
      issued_by: a.issuedBy,
      arrived_at: now,
      issued_at: now,
      called_at: null,
      started_at: null,
      finished_at: null,
      window_id: null,
      target_window_id: null,
      clerk_id: null,
      recall_count: 0,
      transferred_from: null,
      transferred_to: null,
      estimated_wait_minutes: null,
      position_at_issue: null,
      is_near_notified: 0,
      updated_at: now,
    }
    await ctx.tickets.insertTicket(provisional, tx)
    await recordEvent(ctx, tx, provisional.id, 'issued', a.issuedBy, null, {
      source: a.source,
      group: a.priorityGroup,
    })
    const { ahead, minutes } = await estimateFor(ctx, tx, a.category, a.policy, provisional)
    const isNear = a.policy.nearlyTurnAhead > 0 && ahead <= a.policy.nearlyTurnAhead
    await publishWaiting(ctx, tx, a.category.id, a.serviceDate)

    // --- from here to the commit the category's day is held: keep it short ---
    const n = await ctx.tickets.nextSeq(a.category.id, a.serviceDate, tx)
    // read under the counter: check-ins of other issuers have committed or wait behind us
    const outstanding = await this.outstanding(tx, a.category, a.serviceDate, a.localTime, cap)
    if (!capAllows({ n, cap, isAppointment: !walkIn, outstanding }).ok) {
      throw new AppError('QUEUE_CAP_REACHED', 'no numbers left today in this category', {
        cap,
        reservedForAppointments: outstanding,
      })
    }
    if (await idLimitHit(1)) refuseIdLimit()
    // arrival is the moment of the number, so calling order (arrival, then number) follows numbers
    const issuedAt = ctx.clock.now().toISOString()
    const numbered: QueueTicketsTable = {
      ...provisional,
      seq: n,
      number: ticketNumber(
        a.category.prefix,
        { numberStart: a.category.number_start, numberEnd: a.category.number_end },
        n,
      ),
      arrived_at: issuedAt,
      issued_at: issuedAt,
      updated_at: issuedAt,
      estimated_wait_minutes: minutes,
      position_at_issue: ahead + 1,
      is_near_notified: toFlag(isNear),
    }
    await ctx.tickets.setIssued(numbered, tx)
    if (a.phone) {
      await ctx.sms.queueTemplate(tx, {
        causeKey: `queue-ticket:${numbered.id}:issued`,
        recipient: a.phone,
        template: isNear ? 'queue.issued_near' : 'queue.issued',
        vars: { number: numbered.number, category: a.category.name, ahead, minutes },
      })
    }
    return numbered
  }

  /** The ticket by its id and QR token (public), or for staff who may call. */
  async get(actor: Principal, ticketId: string, token: string | null): Promise<TicketResponse> {
    const t = await this.ctx.tickets.ticket(ticketId)
    const allowed =
      t &&
      ((token !== null && token === t.token) ||
        can(actor, 'queue.call') ||
        can(actor, 'queue.issue') ||
        actor.kind === 'staff')
    if (!t || !allowed) throw new AppError('QUEUE_TICKET_NOT_FOUND', 'no such ticket')
    return this.present(t.id)
  }

  /** The holder gives up their ticket (from the QR page). */
  async cancel(ticketId: string, token: string): Promise<TicketResponse> {
    const t = await this.ctx.tickets.ticket(ticketId)
    if (!t || t.token !== token) throw new AppError('QUEUE_TICKET_NOT_FOUND', 'no such ticket')
    await this.ctx.db.transaction().execute(async (tx) => {
      const ok = await this.ctx.tickets.updateTicket(
        t.id,
        ['issued'],
        { status: 'cancelled', updated_at: this.ctx.clock.now().toISOString() },
        tx,
      )
      if (!ok) throw new AppError('QUEUE_INVALID_TRANSITION', `a ${t.status} ticket cannot be cancelled`)
      await recordEvent(this.ctx, tx, t.id, 'cancelled', 'holder', null)
      await publishWaiting(this.ctx, tx, t.category_id, t.service_date)
    })
    return this.present(t.id)
  }

  async present(ticketId: string, tx: Executor = this.ctx.db): Promise<TicketResponse> {
    const t = await this.ctx.tickets.ticket(ticketId, tx)
    if (!t) throw new AppError('QUEUE_TICKET_NOT_FOUND', 'no such ticket')
    return this.presentRow(t, await this.ctx.tickets.category(t.category_id, tx), undefined, tx)
  }

  /**
   * A ticket already read, with its category (and its window, when the caller holds that row:
   * it is used only when it is the ticket's window).
   */
  async presentRow(
    t: QueueTicketsTable,
    category: QueueCategoryRow | undefined,
    knownWindow?: WindowRow,
    tx: Executor = this.ctx.db,
  ): Promise<TicketResponse> {
    if (!category) throw new AppError('QUEUE_CATEGORY_NOT_FOUND', 'no such category')
    const window = !t.window_id
      ? null
      : knownWindow?.id === t.window_id
        ? knownWindow
        : ((await this.ctx.windows.window(t.window_id, tx)) ?? null)
    let estimate: { ahead: number; minutes: number } | null = null
    if (t.status === 'issued') {
      const policy = await this.ctx.settings.get(tx)
      estimate = await estimateFor(this.ctx, tx, category, policy, t)
    }
    return presentTicket(t, category, window, estimate)
  }

  /** The category, checked open now; policy and "today" read before any transaction. */
  async openCategory(
    categoryId: string,
  ): Promise<{ category: QueueCategoryRow; policy: QueuePolicy; serviceDate: string; localTime: string }> {
    const { ctx } = this
    const category = await ctx.tickets.category(categoryId)
    if (!category) throw new AppError('QUEUE_CATEGORY_NOT_FOUND', 'no such queue category')
    const policy = await ctx.settings.get()
    const serviceDate = today(ctx)
    const { weekday, time } = nowLocal(ctx)
    const calendar = await ctx.calendar.get()
    const open = categoryOpen({
      isOpen: category.is_open === 1 && category.is_active === 1,
      isWorkingDay: calendar.isWorkingDay(serviceDate),
      hours: fromJson<OpeningPeriod[]>(category.queue_hours),
      weekday,
      time,
    })
    if (!open.ok)
      throw new AppError('QUEUE_CATEGORY_CLOSED', 'this category takes no tickets now', {
        reason: open.reason,
      })
    return { category, policy, serviceDate, localTime: time }
  }

  async outstanding(
    tx: Executor,
    category: QueueCategoryRow,
    serviceDate: string,
    localTime: string,
    cap: number,
  ): Promise<number> {
    if (category.appointment_share <= 0) return 0
    const slots = await this.ctx.appointments.slots(category.id, serviceDate, tx)
    const used = await this.ctx.tickets.checkInsBySlot(category.id, serviceDate, tx)
    return outstandingReservation(
      cap,
      category.appointment_share,
      slots.map((s) => ({ endsAt: s.ends_at, capacity: s.capacity, checkedIn: used.get(s.id) ?? 0 })),
      localTime,
    )
  }

  /** Walk-in numbers left now (kiosk). */
  async walkInsLeft(category: QueueCategoryRow, serviceDate: string, localTime: string): Promise<number> {
    const cap = effectiveCap({
      dailyCap: category.daily_cap,
      numberStart: category.number_start,
      numberEnd: category.number_end,
    })
    const issued = await this.ctx.tickets.issuedCount(category.id, serviceDate)
    return walkInsLeft({
      issued,
      cap,
      outstanding: await this.outstanding(this.ctx.db, category, serviceDate, localTime, cap),
    })
  }

  private assertMayIssue(actor: Principal): TicketSource {
    if (actor.kind === 'device' && actor.deviceKind === 'kiosk') return 'kiosk'
    if (actor.kind === 'citizen') return 'portal'
    if (actor.kind === 'staff' && can(actor, 'queue.issue')) return 'staff'
    if (actor.kind === 'anonymous')
      throw new AppError('AUTH_REQUIRED', 'a kiosk, the portal or staff issue tickets')
    throw new AppError('FORBIDDEN', 'may not issue tickets')
  }
}

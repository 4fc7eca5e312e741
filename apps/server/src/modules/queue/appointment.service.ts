import { randomInt } from 'node:crypto'
import { localizedFromColumns } from '../../db/localized'
import type {
  appointmentCodeRequest,
  bookAppointmentRequest,
  citizenBookAppointmentRequest,
  myAppointmentResponse,
  Principal,
  TicketResponse,
  upsertSlotsRequest,
} from '@yimin/shared'
import type { z } from 'zod'
import { fromJson } from '../../db/convert'
import { isUniqueViolation } from '../../db/dialect'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { assertCan, can } from '../auth/permissions'
import { citizenOf } from '../citizens/citizens.service'
import { isReminderDue, reminderDays } from './appointment-reminders'
import { actorLabel, nowLocal, today, type QueueContext } from './queue-context'
import { waitingCounts } from './tickets.repository'
import type { QueueAppointmentSlotsTable, QueueAppointmentsTable } from './queue.tables'
import type { TicketService } from './ticket.service'
import { categoryOpen, checkInOpen, type OpeningPeriod } from './ticket.rules'
import { estimateWait } from './wait-estimate'

/** a person with this many no-shows in the last 30 days books no more for a while (预约爽约) */
export const NO_SHOW_LIMIT = 3
const NO_SHOW_DAYS = 30
/** my appointments lists at most this many */
const MY_APPOINTMENTS_LIMIT = 100

export interface AppointmentOptions {
  /** the SMS reminder goes out this many hours before the slot (0: none) */
  reminderHoursBefore: number
}

export const presentSlot = (s: QueueAppointmentSlotsTable) => ({
  id: s.id,
  categoryId: s.category_id,
  date: s.service_date,
  startsAt: s.starts_at,
  endsAt: s.ends_at,
  capacity: s.capacity,
  booked: s.booked,
  left: Math.max(0, s.capacity - s.booked),
})

/**
 * Appointments (预约): slots per category and day with a capacity, booked and cancelled on the
 * portal or the kiosk, checked in at the kiosk into an `appointment` priority ticket within the
 * check-in window; a booking not checked in by the end of its slot becomes a no-show.
 */
export class AppointmentService {
  constructor(
    private readonly ctx: QueueContext,
    private readonly tickets: TicketService,
    private readonly options: AppointmentOptions = { reminderHoursBefore: 24 },
  ) {}

  async upsertSlots(actor: Principal, input: z.infer<typeof upsertSlotsRequest>) {
    assertCan(actor, 'queue.manage')
    if (!(await this.ctx.tickets.category(input.categoryId)))
      throw new AppError('QUEUE_CATEGORY_NOT_FOUND', 'no such category')
    for (const s of input.slots)
      if (s.endsAt <= s.startsAt)
        throw new AppError('QUEUE_SLOT_INVALID', `slot ${s.startsAt} ends before it starts`)
    const now = this.ctx.clock.now().toISOString()
    await this.ctx.db.transaction().execute(async (tx) => {
      const existing = new Map(
        (await this.ctx.appointments.slots(input.categoryId, input.date, tx)).map((s) => [s.starts_at, s]),
      )
      for (const s of input.slots) {
        const old = existing.get(s.startsAt)
        if (old && old.booked > s.capacity)
          throw new AppError('QUEUE_SLOT_INVALID', `slot ${s.startsAt} already has ${old.booked} bookings`)
        await this.ctx.appointments.upsertSlot(
          {
            id: old?.id ?? newId(),
            category_id: input.categoryId,
            service_date: input.date,
            starts_at: s.startsAt,
            ends_at: s.endsAt,
            capacity: s.capacity,
            booked: old?.booked ?? 0,
            created_at: old?.created_at ?? now,
          },
          tx,
        )
      }
      await this.ctx.audit.record(
        {
          actor,
          action: 'queue.slots.upsert',
          subject: `queue-category:${input.categoryId}`,
          details: { date: input.date, slots: input.slots.length },
        },
        tx,
      )
    })
    return (await this.ctx.appointments.slots(input.categoryId, input.date)).map(presentSlot)
  }

  async deleteSlot(actor: Principal, slotId: string): Promise<void> {
    assertCan(actor, 'queue.manage')
    await this.ctx.db.transaction().execute(async (tx) => {
      const slot = await this.ctx.appointments.slot(slotId, tx)
      if (!slot) throw new AppError('QUEUE_SLOT_NOT_FOUND', 'no such slot')
      if (slot.booked > 0) throw new AppError('QUEUE_SLOT_HAS_BOOKINGS', 'cancel its bookings first')
      await this.ctx.appointments.deleteSlot(slotId, tx)
    })
  }

  async listSlots(from: string, to: string, categoryId: string | null) {
    return (await this.ctx.appointments.slotsBetween(from, to, categoryId)).map(presentSlot)
  }

  async book(actor: Principal, input: z.infer<typeof bookAppointmentRequest>) {
    const channel = this.channelOf(actor)
    const slot = await this.ctx.appointments.slot(input.slotId)
    if (!slot) throw new AppError('QUEUE_SLOT_NOT_FOUND', 'no such slot')
    const date = today(this.ctx)
    if (slot.service_date < date || (slot.service_date === date && nowLocal(this.ctx).time >= slot.ends_at))
      throw new AppError('QUEUE_SLOT_INVALID', 'this slot has passed')
    const hash = await this.ctx.ids.hash(input.idNumber)
    const since = new Date(this.ctx.clock.now().getTime() - NO_SHOW_DAYS * 86_400_000).toISOString()
    const now = this.ctx.clock.now().toISOString()
    for (let attempt = 0; ; attempt++) {
      const row: QueueAppointmentsTable = {
        id: newId(),
        code: String(randomInt(0, 100_000_000)).padStart(8, '0'),
        slot_id: slot.id,
        category_id: slot.category_id,
        service_date: slot.service_date,
        phone: input.phone,
        id_hash: hash,
        status: 'booked',
        channel,
        citizen_id: actor.kind === 'citizen' ? actor.citizenId : null,
        ticket_id: null,
        created_at: now,
        updated_at: now,
      }
      try {
        await this.ctx.db.transaction().execute(async (tx) => {
          if ((await this.ctx.appointments.noShowsSince(hash, since, tx)) >= NO_SHOW_LIMIT)
            throw new AppError(
              'QUEUE_APPOINTMENT_BLOCKED',
              `${NO_SHOW_LIMIT} missed appointments in ${NO_SHOW_DAYS} days: book again later or come as a walk-in`,
            )
          if (await this.ctx.appointments.activeAppointment(hash, slot.category_id, slot.service_date, tx))
            throw new AppError(
              'QUEUE_APPOINTMENT_EXISTS',
              'this ID already has an appointment in this category that day',
            )
          if (!(await this.ctx.appointments.takeSlotPlace(slot.id, tx)))
            throw new AppError('QUEUE_SLOT_FULL', 'this slot is full')
          await this.ctx.appointments.insertAppointment(row, tx)
          await this.ctx.sms.queueTemplate(tx, {
            causeKey: `queue-appointment:${row.id}:booked`,
            recipient: input.phone,
            template: 'queue.appointment.booked',
            vars: { date: slot.service_date, startsAt: slot.starts_at, endsAt: slot.ends_at, code: row.code },
          })
        })
        return this.present(row.id)
      } catch (err) {
        if (attempt < 3 && isUniqueViolation(err)) continue // the code was taken: draw another
        throw err
      }
    }
  }

  /**
   * The signed-in citizen books for themself: the phone they signed in with, the resident ID
   * bound to their account (or the one they give when none is bound); tied to their account.
   */
  async bookAsCitizen(
    actor: Principal,
    boundIdNumber: string | null,
    input: z.infer<typeof citizenBookAppointmentRequest>,
  ) {
    const citizen = citizenOf(actor)
    if (input.idNumber && boundIdNumber && input.idNumber.toUpperCase() !== boundIdNumber.toUpperCase())
      throw new AppError('CITIZEN_ID_MISMATCH', 'another ID number is bound to this account')
    const idNumber = boundIdNumber ?? input.idNumber
    if (!idNumber)
      throw new AppError(
        'QUEUE_ID_REQUIRED',
        'give your resident ID number (it is asked at the kiosk check-in)',
      )
    return this.book(actor, { slotId: input.slotId, phone: citizen.phone, idNumber })
  }

  /** My appointments (portal): only the signed-in citizen's own. */
  async listMine(actor: Principal): Promise<Array<z.infer<typeof myAppointmentResponse>>> {
    const rows = await this.ctx.appointments.appointmentsOfCitizen(
      citizenOf(actor).citizenId,
      MY_APPOINTMENTS_LIMIT,
    )
    return rows.map((a) => ({
      id: a.id,
      code: a.code,
      categoryId: a.category_id,
      date: a.service_date,
      startsAt: a.starts_at,
      endsAt: a.ends_at,
      status: a.status,
      ticketId: a.ticket_id,
      prefix: a.prefix,
      categoryName: localizedFromColumns(a, 'name'),
      createdAt: a.created_at,
    }))
  }

  /** The citizen cancels one of their own; anyone else's answers like an unknown one (404). */
  async cancelMine(actor: Principal, id: string) {
    const a = await this.ctx.appointments.appointment(id)
    if (!a || a.citizen_id !== citizenOf(actor).citizenId)
      throw new AppError('QUEUE_APPOINTMENT_NOT_FOUND', 'no such appointment')
    return this.cancelBooked(a)
  }

  async cancel(input: z.infer<typeof appointmentCodeRequest>) {
    return this.cancelBooked(await this.find(input))
  }

  private async cancelBooked(a: QueueAppointmentsTable) {
    await this.ctx.db.transaction().execute(async (tx) => {
      if (
        !(await this.ctx.appointments.updateAppointment(
          a.id,
          ['booked'],
          { status: 'cancelled', updated_at: this.ctx.clock.now().toISOString() },
          tx,
        ))
      ) {
        throw new AppError('QUEUE_APPOINTMENT_STATE', `a ${a.status} appointment cannot be cancelled`)
      }
      await this.ctx.appointments.releaseSlotPlace(a.slot_id, tx)
    })
    return this.present(a.id)
  }

  /** At the kiosk: the appointment becomes a priority ticket if it is the right day and time. */
  async checkIn(actor: Principal, input: z.infer<typeof appointmentCodeRequest>): Promise<TicketResponse> {
    if (!(actor.kind === 'device' && actor.deviceKind === 'kiosk') && !can(actor, 'queue.issue')) {
      throw new AppError(
        actor.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN',
        'check in at a kiosk or the information desk',
      )
    }
    const a = await this.find(input)
    if (a.status !== 'booked')
      throw new AppError('QUEUE_APPOINTMENT_STATE', `this appointment is ${a.status}`)
    const slot = (await this.ctx.appointments.slot(a.slot_id))!
    const policy = await this.ctx.settings.get()
    const serviceDate = today(this.ctx)
    const { time } = nowLocal(this.ctx)
    const when =
      a.service_date !== serviceDate
        ? a.service_date > serviceDate
          ? 'early'
          : 'late'
        : checkInOpen({ startsAt: slot.starts_at }, time, {
            beforeMinutes: policy.checkInBeforeMinutes,
            afterMinutes: policy.checkInAfterMinutes,
          })
    if (when !== 'open')
      throw new AppError(
        'QUEUE_CHECKIN_WINDOW',
        `check-in is open from ${policy.checkInBeforeMinutes} min before to ${policy.checkInAfterMinutes} min after ${slot.starts_at}`,
        { when, date: a.service_date, startsAt: slot.starts_at },
      )
    const { category } = await this.tickets.openCategory(a.category_id)
    const ticket = await this.ctx.db.transaction().execute(async (tx) => {
      const t = await this.tickets.issueInTx(tx, {
        category,
        policy,
        serviceDate,
        localTime: time,
        source: 'appointment',
        issuedBy: actorLabel(actor),
        phone: a.phone,
        idHash: a.id_hash,
        priorityGroup: 'appointment',
        appointment: { id: a.id, slotId: a.slot_id },
      })
      if (
        !(await this.ctx.appointments.updateAppointment(
          a.id,
          ['booked'],
          { status: 'checked_in', ticket_id: t.id, updated_at: t.issued_at },
          tx,
        ))
      )
        throw new AppError('QUEUE_APPOINTMENT_STATE', 'already checked in')
      return t
    })
    return this.tickets.present(ticket.id)
  }

  /** Bookings whose slot ended without a check-in become no-shows (a scheduled job). */
  async sweepNoShows(): Promise<number> {
    const lapsed = await this.ctx.appointments.lapsedAppointments(today(this.ctx), nowLocal(this.ctx).time)
    let n = 0
    for (const a of lapsed) {
      await this.ctx.db.transaction().execute(async (tx) => {
        if (
          await this.ctx.appointments.updateAppointment(
            a.id,
            ['booked'],
            { status: 'no_show', updated_at: this.ctx.clock.now().toISOString() },
            tx,
          )
        )
          n++
      })
    }
    return n
  }

  /**
   * SMS reminders (预约提醒) of booked appointments whose slot starts within the configured lead
   * time (a scheduled job). Once per appointment: the outbox keeps one message per cause key.
   */
  async sendReminders(): Promise<number> {
    const hours = this.options.reminderHoursBefore
    if (hours <= 0) return 0
    const now = this.ctx.clock.now()
    const { from, to } = reminderDays(now, hours, this.ctx.timeZone)
    const due = (await this.ctx.appointments.bookedAppointmentsBetween(from, to)).filter((a) =>
      isReminderDue(
        { serviceDate: a.service_date, startsAt: a.starts_at, bookedAt: new Date(a.created_at) },
        now,
        hours,
        this.ctx.timeZone,
      ),
    )
    let n = 0
    for (const a of due) {
      const queued = await this.ctx.db.transaction().execute((tx) =>
        this.ctx.sms.queueTemplate(tx, {
          causeKey: `queue-appointment:${a.id}:reminder`,
          recipient: a.phone,
          template: 'queue.appointment.reminder',
          vars: { date: a.service_date, startsAt: a.starts_at, endsAt: a.ends_at, code: a.code },
        }),
      )
      if (queued) n++
    }
    return n
  }

  /** What the kiosk shows: each category open or not, walk-in numbers and appointment places left today, the wait. */
  async availability() {
    const { ctx } = this
    const serviceDate = today(ctx)
    const { weekday, time } = nowLocal(ctx)
    const calendar = await ctx.calendar.get()
    const stats = await ctx.stats.serviceStats()
    const openWindows = await ctx.windows.openWindowCounts(serviceDate)
    const counts = await waitingCounts(ctx.db, serviceDate)
    const out = []
    for (const c of await ctx.tickets.categories()) {
      if (c.is_active !== 1) continue
      const open = categoryOpen({
        isOpen: c.is_open === 1,
        isWorkingDay: calendar.isWorkingDay(serviceDate),
        hours: fromJson<OpeningPeriod[]>(c.queue_hours),
        weekday,
        time,
      })
      const waiting = counts.get(c.id) ?? 0
      const slots = (await ctx.appointments.slots(c.id, serviceDate)).filter((s) => s.ends_at > time)
      out.push({
        categoryId: c.id,
        prefix: c.prefix,
        name: localizedFromColumns(c, 'name'),
        isOpen: open.ok,
        closedReason: open.ok ? null : open.reason,
        walkInsLeft: open.ok ? await this.tickets.walkInsLeft(c, serviceDate, time) : 0,
        waiting,
        // what a ticket taken now would wait
        estimatedWaitMinutes: estimateWait({
          ahead: waiting,
          meanSeconds: stats.get(c.id)?.meanSeconds ?? null,
          openWindows: openWindows.get(c.id) ?? 0,
        }).minutes,
        slotsToday: slots.map(presentSlot),
      })
    }
    return out
  }

  async present(id: string) {
    const a = await this.ctx.appointments.appointment(id)
    if (!a) throw new AppError('QUEUE_APPOINTMENT_NOT_FOUND', 'no such appointment')
    const slot = (await this.ctx.appointments.slot(a.slot_id))!
    return {
      id: a.id,
      code: a.code,
      categoryId: a.category_id,
      date: a.service_date,
      startsAt: slot.starts_at,
      endsAt: slot.ends_at,
      status: a.status,
      ticketId: a.ticket_id,
    }
  }

  private async find(input: { code: string; idNumber: string }): Promise<QueueAppointmentsTable> {
    const a = await this.ctx.appointments.appointmentByCode(input.code)
    // a wrong ID answers like an unknown code: codes cannot be probed
    if (!a || a.id_hash !== (await this.ctx.ids.hash(input.idNumber)))
      throw new AppError('QUEUE_APPOINTMENT_NOT_FOUND', 'no appointment with this code and ID')
    return a
  }

  private channelOf(actor: Principal): QueueAppointmentsTable['channel'] {
    if (actor.kind === 'device' && actor.deviceKind === 'kiosk') return 'kiosk'
    if (actor.kind === 'staff' && can(actor, 'queue.issue')) return 'staff'
    if (actor.kind === 'citizen' || actor.kind === 'anonymous') return 'portal'
    throw new AppError('FORBIDDEN', 'may not book')
  }
}

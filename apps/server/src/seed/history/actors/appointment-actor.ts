import type { Principal, RatingLevel } from '@yimin/shared'
import { AppError } from '../../../platform/errors'
import type { TicketPlan } from '../day-planner'
import { Random } from '../random'
import { at, attempt, type World } from '../world'
import { person } from './case-actor'
import type { CitizenSessions } from './citizen-sessions'
import { DEMO_CITIZEN, hhmm } from './online-actor'
import type { QueueActor } from './queue-actor'

/**
 * Appointments (预约): people book a slot of the exit-entry queue days ahead — signed in on the
 * portal, on the portal with phone and ID, or at a kiosk — and get the confirmation SMS; the
 * reminder goes out the day before; on the day most check in at the kiosk within the check-in
 * window and get a priority ticket the windows call first (queue rules), a few come too late
 * and take a walk-in number, some never come (no-shows, marked when their slot ends; one person
 * who keeps missing is refused further bookings), some cancel. The bookings of the last days
 * for today and later stay booked: the live center's appointment screens have them.
 */

/** bookings made per working day (the demo's exit-entry slots take 48 a day) */
export const BOOKINGS_PER_DAY = 14
/** working days ahead people book (1 … this) */
const MAX_DAYS_AHEAD = 5
/** someone who books and never comes: refused after the queue's no-show limit */
export const HABITUAL_NO_SHOW = 424_242

export type AppointmentFate = 'arrives' | 'late' | 'no_show' | 'cancelled'

export interface AppointmentPlan {
  /** HH:MM on the booking day */
  bookedAt: string
  /** working days after the booking day */
  daysAhead: number
  /** index into the day's slots (the next one with a place left when it is full) */
  slot: number
  person: number
  channel: 'citizen' | 'portal' | 'kiosk'
  fate: AppointmentFate
  /** minutes from the slot's start when they come to the kiosk */
  arriveOffset: number
  visit: Omit<TicketPlan, 'at' | 'category'>
}

export interface AppointmentPlanOptions {
  seed: number
  date: string
  workingDaysAgo: number
  bookingsPerDay: number
}

const LEVELS: ReadonlyArray<readonly [RatingLevel, number]> = [
  ['very_satisfied', 62],
  ['satisfied', 25],
  ['basic', 8],
  ['dissatisfied', 3],
  ['very_dissatisfied', 2],
]

function visit(r: Random): AppointmentPlan['visit'] {
  const rated = r.next()
  return {
    serviceMinutes: r.int(5, 14),
    withPhone: true,
    rating:
      rated < 0.5
        ? {
            level: r.weighted(LEVELS),
            comment: r.chance(0.2)
              ? r.pick(['预约后不用排长队', 'ئالدىن ئۇچرىشىش قۇلايلىق', '准时叫号'])
              : null,
            channel: rated < 0.4 ? 'pad' : 'qr',
          }
        : null,
  }
}

/** The bookings made on one working day: pure, from the seed and the day. */
export function planAppointmentDay(o: AppointmentPlanOptions): AppointmentPlan[] {
  const r = Random.forDay(o.seed ^ 0xa9901e, o.date)
  const count = Math.round(o.bookingsPerDay * (0.75 + 0.5 * r.next()))
  const plans: AppointmentPlan[] = []
  for (let i = 0; i < count; i++) {
    const fate = r.weighted<AppointmentFate>([
      ['arrives', 76],
      ['late', 4],
      ['no_show', 10],
      ['cancelled', 10],
    ])
    plans.push({
      bookedAt: hhmm(r.int(10 * 60, 20 * 60 + 50)),
      daysAhead: r.int(1, MAX_DAYS_AHEAD),
      slot: r.int(0, 7),
      person: r.int(1, 999_999),
      channel: r.weighted([
        ['citizen', 3],
        ['portal', 5],
        ['kiosk', 2],
      ] as const),
      fate,
      arriveOffset: fate === 'late' ? r.int(20, 45) : r.int(-25, 10),
      visit: visit(r),
    })
  }
  // the one who keeps booking and never comes (the queue refuses them after its limit)
  if (o.workingDaysAgo % 3 === 0)
    plans.push({
      bookedAt: '21:00',
      daysAhead: 1,
      slot: 1,
      person: HABITUAL_NO_SHOW,
      channel: 'portal',
      fate: 'no_show',
      arriveOffset: 0,
      visit: visit(r),
    })
  // the demo citizen: a visit by appointment last week, and one booked for the coming days
  if (o.workingDaysAgo === 8 || o.workingDaysAgo === 1)
    plans.push({
      bookedAt: '20:30',
      daysAhead: 2,
      slot: 2,
      person: DEMO_CITIZEN,
      channel: 'citizen',
      fate: 'arrives',
      arriveOffset: -10,
      visit: {
        serviceMinutes: 8,
        withPhone: true,
        rating: { level: 'very_satisfied', comment: null, channel: 'pad' },
      },
    })
  return plans.sort((a, b) => a.bookedAt.localeCompare(b.bookedAt))
}

/**
 * When someone with a slot from `startsAt` comes to the kiosk: `offset` minutes from its start,
 * but not before the hall opens for the session (10:00, 15:30).
 */
export function arrivalTime(startsAt: string, offset: number): string {
  const [h, m] = startsAt.split(':').map(Number)
  const start = h! * 60 + m!
  const opens = start >= 15 * 60 + 30 ? 15 * 60 + 30 : 10 * 60
  return hhmm(Math.max(opens, start + offset))
}

export class AppointmentActor {
  booked = 0
  /** bookings the queue refused to a habitual no-show */
  blocked = 0
  checkedIn = 0
  private readonly kiosk: Principal
  private readonly admin: Principal
  private readonly slotted = new Set<string>()
  private lastSweep = 0
  /** when the day's reminders go out (19:00) */
  private remindAt = Number.POSITIVE_INFINITY

  constructor(
    private readonly w: World,
    private readonly queue: QueueActor,
    private readonly citizens: CitizenSessions,
    /** the category taking appointments, with its index among the day's categories */
    private readonly category: { id: string; index: number } | null,
    /** the slots of a day as the demo set them up (times and places) */
    private readonly pattern: Array<{ startsAt: string; endsAt: string; capacity: number }>,
  ) {
    this.kiosk = {
      kind: 'device',
      deviceId: w.setup.kioskDeviceId ?? 'history-kiosk',
      deviceKind: 'kiosk',
      name: 'kiosk',
      windowId: null,
      areaId: null,
      hallId: null,
    }
    const admin = w.setup.roles.find((r) => r.role === 'admin')
    this.admin = {
      kind: 'staff',
      userId: admin?.userId ?? 'system',
      username: admin?.username ?? 'system',
      displayName: admin?.displayName ?? 'system',
      grants: [{ role: 'admin', departmentId: null }],
    }
  }

  /** The category with slots on the coming days (the demo's exit-entry), and their pattern. */
  static async create(w: World, queue: QueueActor, citizens: CitizenSessions): Promise<AppointmentActor> {
    const to = w.cal.addWorkingDays(w.today, 15).date
    const slots = await w.c.queue.appointments.listSlots(w.today, to, null)
    const categoryId = slots[0]?.categoryId
    const index = w.setup.categories.findIndex((c) => c.id === categoryId)
    const first = slots.filter((s) => s.categoryId === categoryId && s.date === slots[0]?.date)
    return new AppointmentActor(
      w,
      queue,
      citizens,
      categoryId && index >= 0 ? { id: categoryId, index } : null,
      first
        .map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt, capacity: s.capacity }))
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    )
  }

  plan(seed: number, date: string, workingDaysAgo: number, bookingsPerDay: number): void {
    if (!this.category || this.pattern.length === 0) return
    const { w } = this
    this.remindAt = at(w, date, '19:00').getTime()
    // the hall's administration opens the slots of the coming working days (up to today)
    w.agenda.add(at(w, date, '09:00'), () => this.openSlots(date))
    for (const p of planAppointmentDay({ seed, date, workingDaysAgo, bookingsPerDay }))
      w.agenda.add(at(w, date, p.bookedAt), () => this.book(date, p))
  }

  /**
   * What the queue's jobs would do: no-shows marked once their slot ended (every hour), the
   * reminders of the next day's bookings in the evening (the job's every-minute run repeats
   * itself; the outbox keeps one reminder per appointment).
   */
  async tick(): Promise<void> {
    if (!this.category) return
    const { w } = this
    const now = w.clock.now().getTime()
    if (now - this.lastSweep >= 60 * 60_000) {
      this.lastSweep = now
      await attempt(w, 'no-shows', () => w.c.queue.appointments.sweepNoShows())
    }
    if (now >= this.remindAt) {
      this.remindAt = Number.POSITIVE_INFINITY
      await attempt(w, 'appointment reminders', () => w.c.queue.appointments.sendReminders())
    }
  }

  private async openSlots(date: string): Promise<void> {
    const { w } = this
    for (let n = 0; n <= MAX_DAYS_AHEAD; n++) {
      const day = n === 0 ? date : w.cal.addWorkingDays(date, n).date
      if (day > w.today || this.slotted.has(day)) continue
      this.slotted.add(day)
      const existing = await w.c.queue.appointments.listSlots(day, day, this.category!.id)
      if (existing.length) continue
      await attempt(w, 'open slots', () =>
        w.c.queue.appointments.upsertSlots(this.admin, {
          categoryId: this.category!.id,
          date: day,
          slots: this.pattern,
        }),
      )
    }
  }

  private async book(date: string, plan: AppointmentPlan): Promise<void> {
    const { w } = this
    const day = w.cal.addWorkingDays(date, plan.daysAhead).date
    const slots = (await w.c.queue.appointments.listSlots(day, day, this.category!.id)).sort((a, b) =>
      a.startsAt.localeCompare(b.startsAt),
    )
    const n = slots.length
    const slot = Array.from({ length: n }, (_, i) => slots[(plan.slot + i) % n]!).find((s) => s.left > 0)
    if (!slot) return
    const p = person(plan.person)
    const citizen = plan.channel === 'citizen' ? await this.citizens.signIn(p) : null
    const by = plan.channel === 'kiosk' ? this.kiosk : ({ kind: 'anonymous' } as const)
    const booked = await attempt(w, 'book appointment', async () => {
      try {
        return await (citizen
          ? w.c.queue.appointments.bookAsCitizen(citizen, p.idNumber, { slotId: slot.id })
          : w.c.queue.appointments.book(by, { slotId: slot.id, phone: p.phone, idNumber: p.idNumber }))
      } catch (err) {
        // the queue's rule refuses someone who missed too many appointments: planned, not a failure
        if (err instanceof AppError && err.code === 'QUEUE_APPOINTMENT_BLOCKED') {
          this.blocked++
          return null
        }
        throw err
      }
    })
    if (!booked) return
    this.booked++
    const proof = { code: booked.code, idNumber: p.idNumber }
    if (plan.fate === 'cancelled') {
      // the evening before (or the same evening when it is for the next day)
      const eve = plan.daysAhead > 1 ? w.cal.addWorkingDays(date, plan.daysAhead - 1).date : date
      if (eve >= w.today) return
      w.agenda.add(at(w, eve, '21:00'), async () => {
        await attempt(w, 'cancel appointment', () =>
          citizen
            ? w.c.queue.appointments.cancelMine(citizen, booked.id)
            : w.c.queue.appointments.cancel(proof),
        )
      })
      return
    }
    if (plan.fate === 'no_show' || day >= w.today) return
    w.agenda.add(at(w, day, arrivalTime(slot.startsAt, plan.arriveOffset)), () => this.arrive(plan, proof))
  }

  /** At the kiosk: the check-in gives a priority ticket; too late, a walk-in number. */
  private async arrive(plan: AppointmentPlan, proof: { code: string; idNumber: string }): Promise<void> {
    const { w } = this
    const visit = { ...plan.visit, at: '', category: this.category!.index }
    let tooLate = false
    const ticket = await attempt(w, 'check in', async () => {
      try {
        return await w.c.queue.appointments.checkIn(this.kiosk, proof)
      } catch (err) {
        tooLate = err instanceof AppError && err.code === 'QUEUE_CHECKIN_WINDOW'
        if (tooLate) return null
        throw err
      }
    })
    if (ticket) {
      this.checkedIn++
      this.queue.adopt(ticket.id, ticket.categoryId, visit)
    } else if (tooLate) await this.queue.arrive(visit, person(plan.person).phone)
  }
}

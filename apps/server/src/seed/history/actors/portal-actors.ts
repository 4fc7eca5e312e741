import type { World } from '../world'
import { AppointmentActor, BOOKINGS_PER_DAY } from './appointment-actor'
import { BUNDLE_SHARE, BundleActor } from './bundle-actor'
import type { CaseActor } from './case-actor'
import { CitizenSessions } from './citizen-sessions'
import { ONLINE_MATTER_SHARE, OnlineActor } from './online-actor'
import type { QueueActor } from './queue-actor'

/** Of the day's cases, the share taken in at the windows (the rest come online, single or as bundles). */
export const WINDOW_SHARE = 1 - ONLINE_MATTER_SHARE - BUNDLE_SHARE

export interface PortalSummary {
  onlineApplications: number
  bundles: number
  appointments: number
  /** bookings refused to a habitual no-show (the queue's rule) */
  appointmentsBlocked: number
  checkedIn: number
}

/**
 * What citizens do on the portal, with its effects in the hall: online applications, bundles
 * and appointments (the builder's one hook for them).
 */
export class PortalActors {
  private constructor(
    private readonly online: OnlineActor,
    private readonly bundles: BundleActor,
    private readonly appointments: AppointmentActor,
    private readonly bookingsPerDay: number,
  ) {}

  static async create(
    w: World,
    queue: QueueActor,
    cases: CaseActor,
    casesPerDay: number,
  ): Promise<PortalActors> {
    const citizens = new CitizenSessions(w)
    const { bundles, docs } = await BundleActor.load(w)
    return new PortalActors(
      new OnlineActor(w, cases, citizens, cases.documents),
      new BundleActor(w, cases, citizens, bundles, docs),
      await AppointmentActor.create(w, queue, citizens),
      // appointments keep the demo's volume in step with the day's tickets (200 a day at full volume)
      Math.max(1, Math.round((BOOKINGS_PER_DAY * casesPerDay) / 60)),
    )
  }

  /** Walk-in tickets of a day: those who come by appointment take the place of some. */
  walkIns(ticketsPerDay: number): number {
    return Math.max(1, ticketsPerDay - Math.round(this.bookingsPerDay * 0.7))
  }

  /** The day's plans onto the agenda. */
  plan(seed: number, date: string, workingDaysAgo: number, casesPerDay: number): void {
    this.online.plan(seed, date, workingDaysAgo, casesPerDay)
    this.bundles.plan(seed, date, workingDaysAgo, casesPerDay)
    this.appointments.plan(seed, date, workingDaysAgo, this.bookingsPerDay)
  }

  async tick(): Promise<void> {
    await this.appointments.tick()
  }

  summary(): PortalSummary {
    return {
      onlineApplications: this.online.applications,
      bundles: this.bundles.applications,
      appointments: this.appointments.booked,
      appointmentsBlocked: this.appointments.blocked,
      checkedIn: this.appointments.checkedIn,
    }
  }
}

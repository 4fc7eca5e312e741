import { issueTicketRequest, type Principal } from '@yimin/shared'
import type { TicketPlan } from '../day-planner'
import type { DemoSetup } from '../demo-setup.repository'
import { attempt, type World } from '../world'

interface Serving {
  ticketId: string
  doneAt: number
  plan: TicketPlan
}

/**
 * The hall's queue for one day: kiosks issue tickets as people arrive, one staffed window per
 * category calls the next, serves for the planned minutes and finishes; the pad or the ticket's
 * QR rates the visit.
 */
export class QueueActor {
  private readonly kiosk: Principal
  private readonly windows: DemoSetup['windows']
  private readonly windowCategories = new Map<string, string[]>()
  private readonly waiting = new Map<string, number>()
  private readonly planOf = new Map<string, TicketPlan>()
  private readonly serving = new Map<string, Serving>()
  issued = 0
  served = 0

  constructor(private readonly w: World) {
    this.kiosk = {
      kind: 'device',
      deviceId: w.setup.kioskDeviceId ?? 'history-kiosk',
      deviceKind: 'kiosk',
      name: 'kiosk',
      windowId: null,
      areaId: null,
      hallId: null,
    }
    // the first two windows of each category are staffed (several categories may share one)
    const staffed = new Set<string>()
    for (const c of w.setup.categories) for (const id of c.windowIds.slice(0, 2)) staffed.add(id)
    this.windows = w.setup.windows.filter((x) => staffed.has(x.id))
    for (const c of w.setup.categories)
      for (const id of c.windowIds)
        if (staffed.has(id)) this.windowCategories.set(id, [...(this.windowCategories.get(id) ?? []), c.id])
  }

  async arrive(plan: TicketPlan, phone: string | null): Promise<void> {
    const category = this.w.setup.categories[plan.category]!
    const t = await attempt(this.w, 'ticket', () =>
      this.w.c.queue.tickets.issue(this.kiosk, issueTicketRequest.parse({ categoryId: category.id, phone })),
    )
    if (!t) return
    this.issued++
    this.planOf.set(t.id, plan)
    this.waiting.set(category.id, (this.waiting.get(category.id) ?? 0) + 1)
  }

  /** A ticket issued elsewhere (an appointment's check-in at the kiosk): served like the others. */
  adopt(ticketId: string, categoryId: string, plan: TicketPlan): void {
    this.issued++
    this.planOf.set(ticketId, plan)
    this.waiting.set(categoryId, (this.waiting.get(categoryId) ?? 0) + 1)
  }

  /** Every staffed window: finish what is done, then call the next one waiting. */
  async tick(): Promise<void> {
    const now = this.w.clock.now().getTime()
    for (const win of this.windows) {
      const clerk = this.w.cast.clerkAt(win)
      const cur = this.serving.get(win.id)
      if (cur && cur.doneAt <= now) {
        await this.finish(win, clerk, cur)
        this.serving.delete(win.id)
      }
      if (this.serving.has(win.id)) continue
      const cats = this.windowCategories.get(win.id) ?? []
      if (!cats.some((id) => (this.waiting.get(id) ?? 0) > 0)) continue
      const state = await attempt(this.w, 'call', () => this.w.c.queue.windows.callNext(clerk, win.id))
      const t = state?.current
      if (!t) continue
      this.waiting.set(t.categoryId, Math.max(0, (this.waiting.get(t.categoryId) ?? 1) - 1))
      const plan = this.planOf.get(t.id)
      if (!plan) continue
      this.serving.set(win.id, { ticketId: t.id, doneAt: now + plan.serviceMinutes * 60_000, plan })
    }
  }

  get busy(): boolean {
    return this.serving.size > 0 || [...this.waiting.values()].some((n) => n > 0)
  }

  /** The hall closes: windows close (a new day starts them afresh). */
  async close(): Promise<void> {
    for (const win of this.windows)
      await attempt(this.w, 'close window', () =>
        this.w.c.queue.windows.close(this.w.cast.clerkAt(win), win.id),
      )
    this.waiting.clear()
    this.serving.clear()
    this.planOf.clear()
  }

  private async finish(win: DemoSetup['windows'][number], clerk: Principal, cur: Serving): Promise<void> {
    const done = await attempt(this.w, 'finish', () =>
      this.w.c.queue.windows.finish(clerk, win.id, cur.ticketId),
    )
    if (!done) return
    this.served++
    const r = cur.plan.rating
    if (!r) return
    const input = { level: r.level, ...(r.comment ? { comment: r.comment } : {}) }
    if (r.channel === 'pad') {
      const pad: Principal = {
        kind: 'device',
        deviceId: win.padDeviceId ?? `history-pad-${win.number}`,
        deviceKind: 'rating_pad',
        name: 'pad',
        windowId: win.id,
        areaId: null,
        hallId: null,
      }
      await attempt(this.w, 'rate at pad', () =>
        this.w.c.ratings.ratings.rateAtPad(pad, { ticketId: cur.ticketId, ...input }),
      )
    } else {
      const ticket = await this.w.c.queue.tickets.present(cur.ticketId)
      await attempt(this.w, 'rate ticket', () =>
        this.w.c.ratings.ratings.rateTicket(
          { kind: 'anonymous' },
          { ticketId: cur.ticketId, token: ticket.token, ...input },
        ),
      )
    }
  }
}

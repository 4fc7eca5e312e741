import type { Principal, WindowStateResponse } from '@yimin/shared'
import { localizedFromColumns } from '../../db/localized'
import type { Executor } from '../../db/database'
import { AppError } from '../../platform/errors'
import { can, canSomewhere } from '../auth/permissions'
import { today, type QueueContext } from './queue-context'
import { publishWindow } from './queue-display'
import type { WindowRow } from './window-states.repository'
import type {
  QueueCategoryRow,
  QueueTicketsTable,
  QueueWindowStatesTable,
  TicketStatus,
} from './queue.tables'
import type { TicketService } from './ticket.service'

type Staff = Extract<Principal, { kind: 'staff' }>

/**
 * A window action's setting: who acts, at which window, for which categories, on which day. The
 * categories' rows and the calling policy are not part of it: most actions never use them (a call
 * reads them itself), and each is a statement.
 */
export interface Scene {
  actor: Staff
  window: WindowRow
  /** the window's category ids as read for the scene (the response's waiting count uses them) */
  categoryIds: string[]
  serviceDate: string
  /** the window's state as the action left it, once saved (the response shows it, not re-read) */
  saved?: QueueWindowStatesTable
}

/** What an action already knows of the window after its commit, so the response need not read it. */
export interface Known {
  /** the window's state as the action left it (undefined: none of today's) */
  state: QueueWindowStatesTable | undefined
  /** the state's current ticket as the action left it, with its category (else read) */
  ticket?: { row: QueueTicketsTable; category: QueueCategoryRow }
}

/**
 * The frame of every window action: who may act at the window, the action's transaction holding
 * the window's row with its state of the day (a new local day starts every window afresh), the
 * state saved and published, and the window as its clerk or its device sees it.
 *
 * Who may act at a window: a clerk with `queue.call` who staffs it (window_staff, the roster), or
 * whose `queue.call` grant covers one of the departments the window serves (a substitute from the
 * same department, or a center-wide grant) — the roster need not be edited for a stand-in.
 */
export class WindowFrame {
  constructor(
    private readonly ctx: QueueContext,
    private readonly tickets: TicketService,
  ) {}

  async scene(actor: Principal, windowId: string): Promise<Scene> {
    if (actor.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', 'sign in first')
    if (actor.kind !== 'staff') throw new AppError('FORBIDDEN', 'staff only')
    const found = await this.ctx.windows.windowForStaff(windowId, actor.userId)
    if (!found) throw new AppError('QUEUE_WINDOW_NOT_FOUND', 'no such window')
    if (!(await this.mayStaff(actor, windowId, found.onRoster)))
      throw new AppError('QUEUE_NOT_WINDOW_STAFF', 'you do not staff this window')
    return {
      actor,
      window: found.window,
      categoryIds: found.categoryIds,
      serviceDate: today(this.ctx),
    }
  }

  private async mayStaff(actor: Staff, windowId: string, onRoster: boolean): Promise<boolean> {
    if (!canSomewhere(actor, 'queue.call')) return false
    if (onRoster) return true
    if (can(actor, 'queue.call')) return true // a center-wide grant
    return (await this.ctx.windows.windowDepartmentIds(windowId)).some((d) =>
      can(actor, 'queue.call', { departmentId: d }),
    )
  }

  async inTx(
    scene: Scene,
    fn: (tx: Executor, state: QueueWindowStatesTable) => Promise<void>,
    windowEvent?: Record<string, unknown>,
  ): Promise<void> {
    await this.ctx.db.transaction().execute(async (tx) => {
      const stored = await this.ctx.windows.lockedWindowState(scene.window.id, tx)
      // a new local day starts every window afresh (the daily reset needs no job)
      const state: QueueWindowStatesTable =
        stored && stored.service_date === scene.serviceDate
          ? stored
          : {
              window_id: scene.window.id,
              status: 'open',
              pause_reason: null,
              current_ticket_id: null,
              clerk_id: scene.actor.userId,
              service_date: scene.serviceDate,
              updated_at: this.ctx.clock.now().toISOString(),
            }
      // the action's display events in one statement, after it (in the order published)
      await this.ctx.bus.batched(tx, () => fn(tx, state))
      if (windowEvent)
        await this.ctx.audit.record(
          {
            actor: scene.actor,
            action: `queue.window.${String(windowEvent.type)}`,
            subject: `window:${scene.window.id}`,
            details: windowEvent,
          },
          tx,
        )
    })
  }

  /**
   * An action on the window's current ticket, once it is this window's and in one of `from`.
   * `move`: the change the action makes to the ticket, when it makes one at once (start, finish):
   * then the checks and the change are one statement (UPDATE … RETURNING), `fn` gets the ticket
   * as changed, and the ticket is read only when the change is refused, to say why.
   */
  async onCurrent(
    actor: Principal,
    windowId: string,
    ticketId: string,
    from: TicketStatus[],
    fn: (scene: Scene, tx: Executor, t: QueueTicketsTable, state: QueueWindowStatesTable) => Promise<void>,
    move?: () => Partial<QueueTicketsTable>,
  ): Promise<WindowStateResponse> {
    const scene = await this.scene(actor, windowId)
    await this.inTx(scene, async (tx, state) => {
      const moved =
        move && state.current_ticket_id === ticketId
          ? await this.ctx.tickets.moveTicket(ticketId, windowId, from, move(), tx)
          : undefined
      if (moved) return fn(scene, tx, moved, state)
      const t = await this.ctx.tickets.ticketForUpdate(ticketId, tx)
      if (!t) throw new AppError('QUEUE_TICKET_NOT_FOUND', 'no such ticket')
      if (t.window_id !== windowId || state.current_ticket_id !== t.id)
        throw new AppError('QUEUE_NOT_YOUR_TICKET', 'this ticket is not at your window')
      if (!from.includes(t.status))
        throw new AppError('QUEUE_INVALID_TRANSITION', `a ${t.status} ticket cannot do that`, {
          status: t.status,
        })
      // the window's ticket, in a state to move from, that the move did not take: it moved on
      if (move) throw new AppError('QUEUE_INVALID_TRANSITION', 'the ticket moved on')
      await fn(scene, tx, t, state)
    })
    return this.present(scene.window, true, scene.categoryIds, this.known(scene))
  }

  async saveState(
    scene: Scene,
    tx: Executor,
    state: QueueWindowStatesTable,
    ticketNumber: string | null,
  ): Promise<void> {
    const row = {
      ...state,
      clerk_id: scene.actor.userId,
      service_date: scene.serviceDate,
      updated_at: this.ctx.clock.now().toISOString(),
    }
    await this.ctx.windows.saveWindowState(row, tx)
    scene.saved = row
    await publishWindow(this.ctx, tx, scene.window, row, ticketNumber)
  }

  assertOpen(state: QueueWindowStatesTable): void {
    if (state.status === 'paused')
      throw new AppError('QUEUE_WINDOW_PAUSED', 'the window is paused; resume first', {
        reason: state.pause_reason,
      })
  }

  async liveTicket(id: string, tx: Executor): Promise<boolean> {
    const t = await this.ctx.tickets.ticket(id, tx)
    return t !== undefined && (t.status === 'called' || t.status === 'serving')
  }

  /**
   * What a committed action knows of the window: the state it saved, else none (the action left
   * the state as it was: read it). Only the state; its ticket, when the action changed it, is read.
   */
  known(scene: Scene): Known | undefined {
    return scene.saved ? { state: scene.saved } : undefined
  }

  /**
   * The window as its clerk (withTicket) or its device sees it after the action's commit: read,
   * or as the action left it (`known`). `categoryIds`: the window's categories when the caller
   * read them for this request. The waiting count is always read (others change it).
   */
  async present(
    window: WindowRow,
    withTicket: boolean,
    categoryIds?: string[],
    known?: Known,
  ): Promise<WindowStateResponse> {
    const serviceDate = today(this.ctx)
    const stored = known ? known.state : await this.ctx.windows.windowState(window.id)
    const state = stored && stored.service_date === serviceDate ? stored : null
    const mine = known?.ticket && known.ticket.row.id === state?.current_ticket_id ? known.ticket : undefined
    const current = state?.current_ticket_id
      ? (mine?.row ?? (await this.ctx.tickets.ticket(state.current_ticket_id)))
      : undefined
    const live = current && (current.status === 'called' || current.status === 'serving') ? current : null
    const waiting = await this.ctx.tickets.countWaitingFor(
      serviceDate,
      categoryIds ?? (await this.ctx.windows.windowCategoryIds(window.id)),
      window.id,
    )
    const category = live
      ? (mine?.category ?? (await this.ctx.tickets.category(live.category_id)))
      : undefined
    return {
      windowId: window.id,
      hallId: window.hall_id,
      windowNumber: window.number,
      windowName: localizedFromColumns(window, 'name'),
      status: state?.status ?? 'closed',
      pauseReason: state?.pause_reason ?? null,
      current: live && withTicket ? await this.tickets.presentRow(live, category, window) : null,
      waiting,
      recallsBeforeNoShow: live && category ? Math.max(0, category.max_recalls - live.recall_count) : null,
    }
  }
}

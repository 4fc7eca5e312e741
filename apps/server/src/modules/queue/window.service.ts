import type { Principal, QueuePolicy, WindowStateResponse } from '@yimin/shared'
import type { Executor } from '../../db/database'
import { AppError } from '../../platform/errors'
import { newId, newSecret } from '../../platform/ids'
import { inCallingOrder, lineHeads, notifyNearlyTurn, recordEvent, type QueueContext } from './queue-context'
import { publishCalled, publishWaiting } from './queue-display'
import type { QueueCategoryRow, QueueTicketsTable, QueueWindowStatesTable } from './queue.tables'
import type { TicketService } from './ticket.service'
import { clampSample, EWMA_ALPHA } from './wait-estimate'
import { WindowFrame, type Known, type Scene } from './window-frame'

/**
 * Window actions (窗口操作): call next, recall, no-show after N recalls, start, finish, transfer,
 * pause with a reason, resume, close. Each is recorded with its time, window and clerk. Who may
 * act, the action's transaction on the window's state and the window as its clerk sees it are
 * the frame's (window-frame.ts).
 */
export class WindowService {
  private readonly frame: WindowFrame

  constructor(
    private readonly ctx: QueueContext,
    tickets: TicketService,
  ) {
    this.frame = new WindowFrame(ctx, tickets)
  }

  async state(actor: Principal, windowId: string): Promise<WindowStateResponse> {
    if (actor.kind === 'device') {
      if (actor.windowId !== windowId) throw new AppError('FORBIDDEN', 'another window')
    } else if (actor.kind !== 'staff') throw new AppError('AUTH_REQUIRED', 'sign in first')
    const window = await this.ctx.windows.window(windowId)
    if (!window) throw new AppError('QUEUE_WINDOW_NOT_FOUND', 'no such window')
    return this.frame.present(window, actor.kind === 'staff')
  }

  async callNext(actor: Principal, windowId: string): Promise<WindowStateResponse> {
    const scene = await this.frame.scene(actor, windowId)
    const policy = await this.ctx.settings.get()
    let known: Known | undefined
    await this.frame.inTx(scene, async (tx, state) => {
      this.frame.assertOpen(state)
      if (state.current_ticket_id && (await this.frame.liveTicket(state.current_ticket_id, tx))) {
        throw new AppError('QUEUE_WINDOW_BUSY', 'finish, transfer or mark no-show the current ticket first')
      }
      // a few candidates in calling order; ones other windows are taking right now are passed
      // over (never waited for), and more are read while there may be more. The categories are
      // read once in the transaction for the ordering, the displays' counts and the SMS notices.
      const allCategories = await this.ctx.tickets.categories(tx)
      // the first read covers the "nearly your turn" notices' line too (notifyNearlyTurn)
      const tried = new Set<string>()
      const line = { id: windowId, categoryIds: scene.categoryIds }
      for (let k = Math.max(4, policy.nearlyTurnAhead + 2); ; k *= 4) {
        const heads = await lineHeads(this.ctx, tx, scene.serviceDate, line, k)
        const ordered = inCallingOrder(this.ctx, heads, line, policy, k, allCategories)
        for (const candidate of ordered) {
          if (tried.has(candidate.id)) continue
          tried.add(candidate.id)
          const now = this.ctx.clock.now().toISOString()
          const called = {
            status: 'called',
            called_at: now,
            window_id: windowId,
            clerk_id: scene.actor.userId,
            updated_at: now,
          } as const
          // taken only while still waiting and not being taken by another window right now
          if (!(await this.ctx.tickets.callIfWaiting(candidate.id, called, tx))) continue
          // the row as it now stands, without reading it again: what the call uses of it (id,
          // number, category) is fixed once a ticket waits, and the rest is what was just set
          const ticket: QueueTicketsTable = { ...candidate, ...called }
          const category = allCategories.find((c) => c.id === ticket.category_id)!
          await this.afterCall(scene, tx, ticket, category, {
            policy,
            allCategories,
            // less the tickets tried: called here, or by another window right now
            heads: { rows: heads.filter((r) => !tried.has(r.id)), atLeast: k - tried.size },
          })
          await this.frame.saveState(
            scene,
            tx,
            { ...state, status: 'open', pause_reason: null, current_ticket_id: ticket.id },
            ticket.number,
          )
          known = { state: scene.saved, ticket: { row: ticket, category } }
          return
        }
        if (ordered.length < k) break
      }
      throw new AppError('QUEUE_NO_TICKET_WAITING', 'nobody is waiting for this window')
    })
    return this.frame.present(scene.window, true, scene.categoryIds, known)
  }

  async recall(actor: Principal, windowId: string, ticketId: string): Promise<WindowStateResponse> {
    return this.frame.onCurrent(actor, windowId, ticketId, ['called'], async (scene, tx, t, state) => {
      this.frame.assertOpen(state)
      const now = this.ctx.clock.now().toISOString()
      await this.ctx.tickets.updateTicket(
        t.id,
        ['called'],
        { recall_count: t.recall_count + 1, updated_at: now },
        tx,
      )
      const category = (await this.ctx.tickets.category(t.category_id, tx))!
      await this.afterCall(scene, tx, { ...t, recall_count: t.recall_count + 1 }, category, null)
    })
  }

  async noShow(actor: Principal, windowId: string, ticketId: string): Promise<WindowStateResponse> {
    return this.frame.onCurrent(actor, windowId, ticketId, ['called'], async (scene, tx, t, state) => {
      const category = await this.ctx.tickets.category(t.category_id, tx)
      const needed = category?.max_recalls ?? 0
      if (t.recall_count < needed)
        throw new AppError(
          'QUEUE_RECALLS_REMAINING',
          `recall ${needed - t.recall_count} more time(s) first`,
          { recallsLeft: needed - t.recall_count },
        )
      await this.endTicket(scene, tx, t, 'no_show', state)
    })
  }

  async start(actor: Principal, windowId: string, ticketId: string): Promise<WindowStateResponse> {
    return this.frame.onCurrent(
      actor,
      windowId,
      ticketId,
      ['called'],
      async (scene, tx, t) => {
        await recordEvent(this.ctx, tx, t.id, 'started', scene.actor.userId, windowId)
      },
      () => {
        const now = this.ctx.clock.now().toISOString()
        return { status: 'serving', started_at: now, updated_at: now }
      },
    )
  }

  async finish(actor: Principal, windowId: string, ticketId: string): Promise<WindowStateResponse> {
    return this.frame.onCurrent(
      actor,
      windowId,
      ticketId,
      ['called', 'serving'],
      async (scene, tx, t, state) => {
        // t as finished (the move below): its end is now
        const now = new Date(t.finished_at!)
        const from = Date.parse(t.started_at ?? t.called_at ?? t.finished_at!)
        await this.ended(scene, tx, t, 'done', state)
        // the window's rating pad lights up for this ticket (the ratings issue listens)
        await this.ctx.bus.publish(tx, `window:${windowId}`, 'queue.finished', {
          windowId,
          ticketId: t.id,
          ticketNumber: t.number,
          finishedAt: now.toISOString(),
        })
        // last: the category's service-time row is shared by its windows (held until the commit)
        await this.ctx.stats.addServiceSample(
          t.category_id,
          clampSample((now.getTime() - from) / 1000),
          EWMA_ALPHA,
          now.toISOString(),
          tx,
        )
      },
      () => {
        const now = this.ctx.clock.now().toISOString()
        return { status: 'done', finished_at: now, updated_at: now }
      },
    )
  }

  /** To another category (or one window of it), keeping the number and the arrival time. */
  async transfer(
    actor: Principal,
    windowId: string,
    ticketId: string,
    to: { categoryId: string; windowId: string | null },
  ): Promise<WindowStateResponse> {
    const target = await this.ctx.tickets.category(to.categoryId)
    if (!target) throw new AppError('QUEUE_TRANSFER_TARGET_INVALID', 'no such category')
    if (to.windowId && !(await this.ctx.windows.windowCategoryIds(to.windowId)).includes(to.categoryId)) {
      throw new AppError('QUEUE_TRANSFER_TARGET_INVALID', 'that window does not serve the category')
    }
    return this.frame.onCurrent(
      actor,
      windowId,
      ticketId,
      ['called', 'serving'],
      async (scene, tx, t, state) => {
        const now = this.ctx.clock.now().toISOString()
        const copy: QueueTicketsTable = {
          ...t,
          id: newId(),
          token: newSecret(),
          category_id: target.id,
          status: 'issued',
          source: 'transfer',
          issued_by: scene.actor.userId,
          issued_at: now,
          called_at: null,
          started_at: null,
          finished_at: null,
          window_id: null,
          clerk_id: null,
          target_window_id: to.windowId,
          recall_count: 0,
          transferred_from: t.id,
          transferred_to: null,
          estimated_wait_minutes: null,
          position_at_issue: null,
          is_near_notified: 1,
          updated_at: now,
        }
        await this.ctx.tickets.insertTicket(copy, tx)
        await recordEvent(this.ctx, tx, copy.id, 'issued', scene.actor.userId, windowId, {
          source: 'transfer',
          from: t.id,
        })
        await this.endTicket(scene, tx, t, 'transferred', state, { transferred_to: copy.id })
        await publishWaiting(this.ctx, tx, target.id, scene.serviceDate)
      },
    )
  }

  async pause(actor: Principal, windowId: string, reason: string): Promise<WindowStateResponse> {
    const scene = await this.frame.scene(actor, windowId)
    await this.frame.inTx(
      scene,
      async (tx, state) => {
        if (state.status === 'paused')
          throw new AppError('QUEUE_WINDOW_PAUSED', 'the window is already paused')
        if (state.current_ticket_id && (await this.frame.liveTicket(state.current_ticket_id, tx)))
          throw new AppError('QUEUE_WINDOW_BUSY', 'finish the current ticket first')
        await this.frame.saveState(
          scene,
          tx,
          { ...state, status: 'paused', pause_reason: reason, current_ticket_id: null },
          null,
        )
      },
      { type: 'paused', reason },
    )
    return this.frame.present(scene.window, true, scene.categoryIds, this.frame.known(scene))
  }

  async resume(actor: Principal, windowId: string): Promise<WindowStateResponse> {
    const scene = await this.frame.scene(actor, windowId)
    await this.frame.inTx(
      scene,
      async (tx, state) => {
        if (state.status !== 'paused')
          throw new AppError('QUEUE_INVALID_TRANSITION', 'the window is not paused')
        await this.frame.saveState(scene, tx, { ...state, status: 'open', pause_reason: null }, null)
      },
      { type: 'resumed' },
    )
    return this.frame.present(scene.window, true, scene.categoryIds, this.frame.known(scene))
  }

  /** Signs the window off for the day (not counted as open in estimates). */
  async close(actor: Principal, windowId: string): Promise<WindowStateResponse> {
    const scene = await this.frame.scene(actor, windowId)
    await this.frame.inTx(
      scene,
      async (tx, state) => {
        if (state.current_ticket_id && (await this.frame.liveTicket(state.current_ticket_id, tx)))
          throw new AppError('QUEUE_WINDOW_BUSY', 'finish the current ticket first')
        await this.frame.saveState(
          scene,
          tx,
          { ...state, status: 'closed', pause_reason: null, current_ticket_id: null },
          null,
        )
      },
      { type: 'closed' },
    )
    return this.frame.present(scene.window, true, scene.categoryIds, this.frame.known(scene))
  }

  private async endTicket(
    scene: Scene,
    tx: Executor,
    t: QueueTicketsTable,
    status: 'done' | 'no_show' | 'transferred',
    state: QueueWindowStatesTable,
    extra: Partial<QueueTicketsTable> = {},
  ): Promise<void> {
    const now = this.ctx.clock.now().toISOString()
    const ok = await this.ctx.tickets.updateTicket(
      t.id,
      ['called', 'serving'],
      { status, finished_at: now, updated_at: now, ...extra },
      tx,
    )
    if (!ok) throw new AppError('QUEUE_INVALID_TRANSITION', 'the ticket moved on')
    await this.ended(scene, tx, t, status, state)
  }

  /** What follows a ticket's end at the window: its record, and the window free again. */
  private async ended(
    scene: Scene,
    tx: Executor,
    t: QueueTicketsTable,
    status: 'done' | 'no_show' | 'transferred',
    state: QueueWindowStatesTable,
  ): Promise<void> {
    await recordEvent(this.ctx, tx, t.id, status, scene.actor.userId, scene.window.id)
    await this.frame.saveState(scene, tx, { ...state, current_ticket_id: null }, null)
  }

  /** A call's or a recall's (`notices` null) record, display event and, for a call, the notices. */
  private async afterCall(
    scene: Scene,
    tx: Executor,
    t: QueueTicketsTable,
    category: QueueCategoryRow,
    notices: {
      policy: QueuePolicy
      allCategories: readonly QueueCategoryRow[]
      heads: { rows: readonly QueueTicketsTable[]; atLeast: number }
    } | null,
  ): Promise<void> {
    const isRecall = notices === null
    await recordEvent(
      this.ctx,
      tx,
      t.id,
      isRecall ? 'recalled' : 'called',
      scene.actor.userId,
      scene.window.id,
      isRecall ? { recall: t.recall_count } : null,
    )
    await publishCalled(this.ctx, tx, scene.window, { number: t.number, prefix: category.prefix }, isRecall)
    if (notices) {
      await publishWaiting(this.ctx, tx, t.category_id, scene.serviceDate, notices.allCategories)
      await notifyNearlyTurn(
        this.ctx,
        tx,
        category,
        notices.policy,
        scene.serviceDate,
        notices.allCategories,
        notices.heads,
      )
    }
  }
}

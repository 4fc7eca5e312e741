import { localizedFromColumns } from '../../db/localized'
import type { Principal, QueuePolicy, TicketResponse } from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { toFlag } from '../../db/convert'
import { localDate, type Clock } from '../../platform/clock'
import type { IdHasher } from '../../platform/id-hasher'
import { newId } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import type { CalendarService } from '../calendar/calendar.service'
import type { EventBus } from '../realtime/event-bus'
import type { SmsService } from '../sms/sms.service'
import { headStartMinutes, orderForWindow, type WaitingTicket } from './calling-policy'
import type { AppointmentsRepository } from './appointments.repository'
import type { QueueStatsRepository } from './queue-stats.repository'
import type { TicketsRepository } from './tickets.repository'
import type { WindowRow, WindowStatesRepository } from './window-states.repository'
import type { QueueSettings } from './queue-settings'
import type { QueueCategoryRow, QueueTicketsTable } from './queue.tables'
import { estimateWait } from './wait-estimate'
import { localClock } from './ticket.rules'

/** What the queue services share (no base class: each service takes this one object). */
export interface QueueContext {
  db: Db
  clock: Clock
  timeZone: string
  tickets: TicketsRepository
  windows: WindowStatesRepository
  appointments: AppointmentsRepository
  stats: QueueStatsRepository
  settings: QueueSettings
  bus: EventBus
  sms: SmsService
  calendar: CalendarService
  audit: AuditService
  ids: IdHasher
}

export const today = (ctx: QueueContext): string => localDate(ctx.clock.now(), ctx.timeZone)
export const nowLocal = (ctx: QueueContext) => localClock(ctx.clock.now(), ctx.timeZone)

/** the queue's key of the ID hash (platform/id-hasher.ts) */
export const QUEUE_ID_KEY = 'queue.id-hash-key'

export function actorLabel(actor: Principal): string {
  switch (actor.kind) {
    case 'staff':
      return actor.userId
    case 'device':
      return `device:${actor.deviceId}`
    case 'citizen':
      return `citizen:${actor.citizenId}`
    case 'anonymous':
      return 'anonymous'
  }
}

export const toWaiting = (t: QueueTicketsTable): WaitingTicket => ({
  id: t.id,
  categoryId: t.category_id,
  priorityGroup: t.priority_group,
  arrivedAt: t.arrived_at,
  seq: t.seq,
  targetWindowId: t.target_window_id,
})

export const policyCategories = (cats: readonly QueueCategoryRow[]) =>
  cats.map((c) => ({ id: c.id, priorityWeight: c.priority_weight }))

export async function recordEvent(
  ctx: QueueContext,
  tx: Executor,
  ticketId: string,
  type: string,
  actor: string,
  windowId: string | null,
  details: unknown = null,
): Promise<void> {
  await ctx.tickets.insertEvent(
    {
      id: newId(),
      ticket_id: ticketId,
      type,
      at: ctx.clock.now().toISOString(),
      window_id: windowId,
      actor,
      details: details === null ? null : JSON.stringify(details),
    },
    tx,
  )
}

/**
 * Position and estimate of one waiting ticket: the tickets that outrank it under the policy (by
 * SQL, however long the queue), shared among the open windows at the category's mean service time.
 */
export async function estimateFor(
  ctx: QueueContext,
  tx: Executor,
  category: QueueCategoryRow,
  policy: QueuePolicy,
  t: Pick<QueueTicketsTable, 'id' | 'seq' | 'service_date' | 'priority_group' | 'arrived_at'>,
): Promise<{ ahead: number; minutes: number }> {
  const weights = new Map([[category.id, category.priority_weight]])
  const settings = { groupBonusMinutes: policy.groupBonusMinutes, elderlyAge: policy.elderlyAge }
  const mine = headStartMinutes(
    { priorityGroup: t.priority_group, categoryId: category.id },
    weights,
    settings,
  )
  const arrived = Date.parse(t.arrived_at)
  const at = (headStart: number) => new Date(arrived + (headStart - mine) * 60_000).toISOString()
  const thresholds = Object.fromEntries(
    Object.keys(policy.groupBonusMinutes).map((g) => [
      g,
      at(headStartMinutes({ priorityGroup: g, categoryId: category.id }, weights, settings)),
    ]),
  )
  const ahead = await ctx.tickets.countOutranking(
    t.service_date,
    category.id,
    { id: t.id, seq: t.seq },
    thresholds,
    at(0),
    tx,
  )
  const mean = (await ctx.stats.serviceStats(tx)).get(category.id)?.meanSeconds ?? null
  const open = (await ctx.windows.openWindowCounts(t.service_date, tx)).get(category.id) ?? 0
  return { ahead, minutes: estimateWait({ ahead, meanSeconds: mean, openWindows: open }).minutes }
}

/**
 * What a window's (or a whole category's, when window.id is null) calling order starts with: the
 * first `k` waiting tickets of each of its categories and priority groups, and those sent to the
 * window. Its top `k` in calling order are among these (`inCallingOrder`).
 */
export async function lineHeads(
  ctx: QueueContext,
  tx: Executor,
  serviceDate: string,
  window: { id: string | null; categoryIds: string[] },
  k: number,
): Promise<QueueTicketsTable[]> {
  return ctx.tickets.waitingHeads(serviceDate, window.categoryIds, k, window.id, tx)
}

/** The first `k` of `rows` in the calling order of a window (or a whole category: window.id null). */
export function inCallingOrder(
  ctx: QueueContext,
  rows: readonly QueueTicketsTable[],
  window: { id: string | null; categoryIds: string[] },
  policy: QueuePolicy,
  k: number,
  allCategories: readonly QueueCategoryRow[],
): QueueTicketsTable[] {
  const byId = new Map(rows.map((r) => [r.id, r]))
  return orderForWindow(rows.map(toWaiting), window, policyCategories(allCategories), ctx.clock.now(), {
    groupBonusMinutes: policy.groupBonusMinutes,
    elderlyAge: policy.elderlyAge,
  })
    .slice(0, k)
    .map((w) => byId.get(w.id)!)
}

/** The first `k` tickets in calling order for a window (or a whole category when windowId is null). */
export async function topOfQueue(
  ctx: QueueContext,
  tx: Executor,
  serviceDate: string,
  window: { id: string | null; categoryIds: string[] },
  policy: QueuePolicy,
  k: number,
  /** every category as read in this transaction, when the caller already has them */
  allCategories?: readonly QueueCategoryRow[],
): Promise<QueueTicketsTable[]> {
  const rows = await lineHeads(ctx, tx, serviceDate, window, k)
  return inCallingOrder(ctx, rows, window, policy, k, allCategories ?? (await ctx.tickets.categories(tx)))
}

export function presentTicket(
  t: QueueTicketsTable,
  category: Pick<QueueCategoryRow, 'prefix' | 'name' | 'name_ug' | 'name_en'>,
  window: Pick<WindowRow, 'number' | 'name' | 'name_ug' | 'name_en'> | null,
  estimate: { ahead: number; minutes: number } | null,
): TicketResponse {
  return {
    id: t.id,
    token: t.token,
    number: t.number,
    categoryId: t.category_id,
    categoryPrefix: category.prefix,
    categoryName: localizedFromColumns(category, 'name'),
    status: t.status,
    priorityGroup: t.priority_group,
    serviceDate: t.service_date,
    arrivedAt: t.arrived_at,
    issuedAt: t.issued_at,
    calledAt: t.called_at,
    startedAt: t.started_at,
    finishedAt: t.finished_at,
    windowNumber: window?.number ?? null,
    windowName: window ? localizedFromColumns(window, 'name') : null,
    recallCount: t.recall_count,
    ahead: estimate?.ahead ?? null,
    position: estimate ? estimate.ahead + 1 : null,
    estimatedWaitMinutes: estimate?.minutes ?? null,
    transferredTo: t.transferred_to,
  }
}

/**
 * "Nearly your turn": an SMS to each waiting ticket with a phone that now has `ahead` or fewer
 * before it. `heads`: waiting tickets as the caller just read them in this transaction (from
 * lineHeads), holding at least the first `atLeast` of each of the category's priority groups (or
 * all of a group): the line's first nearlyTurnAhead + 1 are among them when `atLeast` reaches
 * that; else the line is read.
 */
export async function notifyNearlyTurn(
  ctx: QueueContext,
  tx: Executor,
  category: QueueCategoryRow,
  policy: QueuePolicy,
  serviceDate: string,
  allCategories: readonly QueueCategoryRow[],
  heads?: { rows: readonly QueueTicketsTable[]; atLeast: number },
): Promise<void> {
  if (policy.nearlyTurnAhead <= 0) return
  const n = policy.nearlyTurnAhead + 1
  const line = { id: null, categoryIds: [category.id] }
  const top =
    heads && heads.atLeast >= n
      ? inCallingOrder(
          ctx,
          heads.rows.filter((r) => r.category_id === category.id && r.target_window_id === null),
          line,
          policy,
          n,
          allCategories,
        )
      : await topOfQueue(ctx, tx, serviceDate, line, policy, n, allCategories)
  for (const [ahead, ticket] of top.entries()) {
    if (!ticket.phone || ticket.is_near_notified) continue
    await ctx.sms.queueTemplate(tx, {
      causeKey: `queue-ticket:${ticket.id}:nearly`,
      recipient: ticket.phone,
      ...(ahead === 0
        ? { template: 'queue.next', vars: { number: ticket.number } }
        : { template: 'queue.nearly', vars: { number: ticket.number, ahead } }),
    })
    await tx
      .updateTable('queue_tickets')
      .set({ is_near_notified: toFlag(true) })
      .where('id', '=', ticket.id)
      .execute()
  }
}

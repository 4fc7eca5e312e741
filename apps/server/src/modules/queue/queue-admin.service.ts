import type { Principal, QueueCategorySettings, QueuePolicy, updateQueueCategoryRequest } from '@yimin/shared'
import { localizedFromColumns } from '../../db/localized'
import type { z } from 'zod'
import { fromJson, toFlag, toJson } from '../../db/convert'
import { AppError } from '../../platform/errors'
import { assertCan } from '../auth/permissions'
import { explainPolicy } from './calling-policy'
import { today, type QueueContext } from './queue-context'
import { waitingCounts } from './tickets.repository'
import type { QueueCategoryRow } from './queue.tables'
import type { OpeningPeriod } from './ticket.rules'

export const presentSettings = (c: QueueCategoryRow): QueueCategorySettings => ({
  id: c.id,
  code: c.code,
  prefix: c.prefix,
  name: localizedFromColumns(c, 'name'),
  isActive: c.is_active === 1,
  numberStart: c.number_start,
  numberEnd: c.number_end,
  dailyCap: c.daily_cap,
  appointmentShare: c.appointment_share,
  priorityWeight: c.priority_weight,
  queueHours: fromJson<OpeningPeriod[]>(c.queue_hours),
  isOpen: c.is_open === 1,
  idDailyLimit: c.id_daily_limit,
  maxRecalls: c.max_recalls,
})

/** The categories' queue settings and the calling policy (admin), and the hall state for displays. */
export class QueueAdminService {
  constructor(private readonly ctx: QueueContext) {}

  async categories(): Promise<QueueCategorySettings[]> {
    return (await this.ctx.tickets.categories()).map(presentSettings)
  }

  async updateCategory(
    actor: Principal,
    id: string,
    input: z.infer<typeof updateQueueCategoryRequest>,
  ): Promise<QueueCategorySettings> {
    assertCan(actor, 'queue.manage')
    await this.ctx.db.transaction().execute(async (tx) => {
      const c = await this.ctx.tickets.category(id, tx)
      if (!c) throw new AppError('QUEUE_CATEGORY_NOT_FOUND', 'no such category')
      const start = input.numberStart ?? c.number_start
      const end = input.numberEnd ?? c.number_end
      if (end < start)
        throw new AppError('VALIDATION_FAILED', 'the number range ends before it starts', {
          fields: ['numberEnd'],
        })
      const patch: Partial<QueueCategoryRow> = {
        number_start: start,
        number_end: end,
        ...(input.dailyCap === undefined ? {} : { daily_cap: input.dailyCap }),
        ...(input.appointmentShare === undefined ? {} : { appointment_share: input.appointmentShare }),
        ...(input.priorityWeight === undefined ? {} : { priority_weight: input.priorityWeight }),
        ...(input.queueHours === undefined
          ? {}
          : { queue_hours: input.queueHours === null ? null : toJson(input.queueHours) }),
        ...(input.isOpen === undefined ? {} : { is_open: toFlag(input.isOpen) }),
        ...(input.idDailyLimit === undefined ? {} : { id_daily_limit: input.idDailyLimit }),
        ...(input.maxRecalls === undefined ? {} : { max_recalls: input.maxRecalls }),
      }
      await this.ctx.tickets.updateCategory(id, patch, tx)
      await this.ctx.audit.record(
        { actor, action: 'queue.category.update', subject: `queue-category:${id}`, details: input },
        tx,
      )
    })
    return presentSettings((await this.ctx.tickets.category(id))!)
  }

  async policy() {
    const policy = await this.ctx.settings.get()
    return { policy, explanation: explainPolicy(policy) }
  }

  async updatePolicy(actor: Principal, input: QueuePolicy) {
    assertCan(actor, 'queue.manage')
    const policy = { ...input, groupBonusMinutes: { ...input.groupBonusMinutes, normal: 0 } }
    await this.ctx.db.transaction().execute(async (tx) => {
      await this.ctx.settings.save(policy, this.ctx.clock.now().toISOString(), tx)
      await this.ctx.audit.record(
        { actor, action: 'queue.policy.update', subject: 'queue-policy', details: policy },
        tx,
      )
    })
    return this.policy()
  }

  /** What a hall display shows when it starts or reconnects: recent calls, waiting per category, the windows. */
  async hallState(actor: Principal, hallId: string) {
    if (actor.kind === 'device' ? actor.hallId !== hallId : actor.kind !== 'staff')
      throw new AppError('FORBIDDEN', 'not this hall’s display')
    const windows = await this.ctx.windows.windowsOfHall(hallId)
    if (windows.length === 0 && !(await this.ctx.windows.hallExists(hallId)))
      throw new AppError('ORG_HALL_NOT_FOUND', 'no such hall')
    const serviceDate = today(this.ctx)
    const byId = new Map(windows.map((w) => [w.id, w]))
    const recent = await this.ctx.tickets.recentCalls(
      windows.map((w) => w.id),
      serviceDate,
      10,
    )
    const counts = await waitingCounts(this.ctx.db, serviceDate)
    const served = new Set((await this.ctx.windows.hallCategoryWindows(hallId)).map((r) => r.category_id))
    const states = new Map(
      (await this.ctx.windows.windowStates(windows.map((w) => w.id)))
        .filter((s) => s.service_date === serviceDate)
        .map((s) => [s.window_id, s]),
    )
    const currentIds = [...states.values()]
      .map((s) => s.current_ticket_id)
      .filter((id): id is string => id !== null)
    const current = new Map<string, string>()
    for (const t of await this.ctx.tickets.ticketsByIds(currentIds))
      if (t.window_id && (t.status === 'called' || t.status === 'serving')) current.set(t.window_id, t.number)
    return {
      hallId,
      serverTime: this.ctx.clock.now().toISOString(),
      recentCalls: recent.map((t) => {
        const w = byId.get(t.window_id ?? '')!
        return {
          ticketNumber: t.number,
          windowId: w.id,
          windowNumber: w.number,
          windowName: localizedFromColumns(w, 'name'),
          calledAt: t.called_at ?? '',
        }
      }),
      waiting: (await this.ctx.tickets.categories())
        .filter((c) => served.has(c.id))
        .map((c) => ({
          categoryId: c.id,
          prefix: c.prefix,
          name: localizedFromColumns(c, 'name'),
          waiting: counts.get(c.id) ?? 0,
        })),
      windows: windows
        .filter((w) => w.is_active === 1)
        .map((w) => ({
          windowId: w.id,
          windowNumber: w.number,
          windowName: localizedFromColumns(w, 'name'),
          ticketNumber: current.get(w.id) ?? null,
          status: states.get(w.id)?.status ?? ('closed' as const),
        })),
    }
  }
}

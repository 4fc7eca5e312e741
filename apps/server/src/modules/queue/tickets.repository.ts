import { sql, type RawBuilder } from 'kysely'
import type { Executor } from '../../db/database'
import { forUpdate, forUpdateSkipLocked, lateralJoins } from '../../db/dialect'
import type { QueueCategoryRow, QueueTicketEventsTable, QueueTicketsTable } from './queue.tables'

/**
 * A ticket still waiting, written as a literal so the partial indexes of the waiting line
 * (migration 0045, `where status = 'issued'`) apply on both databases: they hold the waiting
 * tickets only, so reading the line never walks today's served tickets or past days.
 */
export const WAITING = sql.lit<QueueTicketsTable['status']>('issued')

/** The queue's categories, numbers, tickets and their events: all SQL of a ticket's life. */
export class TicketsRepository {
  constructor(private readonly db: Executor) {}

  async categories(tx: Executor = this.db): Promise<QueueCategoryRow[]> {
    return tx.selectFrom('queue_categories').selectAll().orderBy('sort_order').orderBy('prefix').execute()
  }

  async category(id: string, tx: Executor = this.db): Promise<QueueCategoryRow | undefined> {
    return tx.selectFrom('queue_categories').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async updateCategory(id: string, patch: Partial<QueueCategoryRow>, tx: Executor): Promise<void> {
    await tx.updateTable('queue_categories').set(patch).where('id', '=', id).execute()
  }

  /**
   * The next number of a category's day: an atomic counter row. Its row lock serialises the
   * issuers of that category and day until their commit (TicketService.issueInTx takes it last).
   */
  async nextSeq(categoryId: string, serviceDate: string, tx: Executor): Promise<number> {
    const r = await sql<{ last_value: number }>`
      insert into queue_counters (category_id, service_date, last_value) values (${categoryId}, ${serviceDate}, 1)
      on conflict (category_id, service_date) do update set last_value = queue_counters.last_value + 1
      returning last_value`.execute(tx)
    const row = r.rows[0]
    if (!row) throw new Error('no sequence value returned')
    return Number(row.last_value)
  }

  async issuedCount(categoryId: string, serviceDate: string, tx: Executor = this.db): Promise<number> {
    const r = await tx
      .selectFrom('queue_counters')
      .select('last_value')
      .where('category_id', '=', categoryId)
      .where('service_date', '=', serviceDate)
      .executeTakeFirst()
    return Number(r?.last_value ?? 0)
  }

  async countByIdHash(
    categoryId: string,
    serviceDate: string,
    idHash: string,
    tx: Executor,
  ): Promise<number> {
    const r = await tx
      .selectFrom('queue_tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('category_id', '=', categoryId)
      .where('service_date', '=', serviceDate)
      .where('id_hash', '=', idHash)
      .where('transferred_from', 'is', null)
      .where('status', '!=', 'cancelled')
      .executeTakeFirstOrThrow()
    return Number(r.n)
  }

  async insertTicket(row: QueueTicketsTable, tx: Executor): Promise<void> {
    await tx.insertInto('queue_tickets').values(row).execute()
  }

  async ticket(id: string, tx: Executor = this.db): Promise<QueueTicketsTable | undefined> {
    return tx.selectFrom('queue_tickets').selectAll().where('id', '=', id).executeTakeFirst()
  }

  /**
   * Calls a waiting ticket (sets `patch` on it) in one statement: true when it was still `issued`
   * and is now this transaction's. Where instances share the queue (PostgreSQL) a ticket another
   * window is taking right now is skipped, not waited for (the subquery's SKIP LOCKED): that
   * window's transaction would hand it on anyway, and waiting would line every window up behind
   * the head of the queue.
   */
  async callIfWaiting(id: string, patch: Partial<QueueTicketsTable>, tx: Executor): Promise<boolean> {
    const r = await tx
      .updateTable('queue_tickets')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', 'issued')
      .where('id', 'in', () =>
        forUpdateSkipLocked(
          tx.selectFrom('queue_tickets').select('id').where('id', '=', id).where('status', '=', 'issued'),
          tx,
        ),
      )
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /** A ticket, locked until the transaction ends where instances share it. */
  async ticketForUpdate(id: string, tx: Executor): Promise<QueueTicketsTable | undefined> {
    return forUpdate(tx.selectFrom('queue_tickets').selectAll().where('id', '=', id), tx).executeTakeFirst()
  }

  /** Changes a ticket only if it is still in one of `from` (a compare-and-set); false when it moved on. */
  async updateTicket(
    id: string,
    from: QueueTicketsTable['status'][],
    patch: Partial<QueueTicketsTable>,
    tx: Executor,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('queue_tickets')
      .set(patch)
      .where('id', '=', id)
      .where('status', 'in', from)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /**
   * Changes the ticket at window `windowId` if it is still in one of `from` (a compare-and-set):
   * the row as changed, or undefined (not there, not the window's, or moved on).
   */
  async moveTicket(
    id: string,
    windowId: string,
    from: QueueTicketsTable['status'][],
    patch: Partial<QueueTicketsTable>,
    tx: Executor,
  ): Promise<QueueTicketsTable | undefined> {
    return tx
      .updateTable('queue_tickets')
      .set(patch)
      .where('id', '=', id)
      .where('window_id', '=', windowId)
      .where('status', 'in', from)
      .returningAll()
      .executeTakeFirst()
  }

  async waiting(
    serviceDate: string,
    categoryIds: string[],
    tx: Executor = this.db,
  ): Promise<QueueTicketsTable[]> {
    if (categoryIds.length === 0) return []
    return tx
      .selectFrom('queue_tickets')
      .selectAll()
      .where('service_date', '=', serviceDate)
      .where('status', '=', WAITING)
      .where('category_id', 'in', categoryIds)
      .execute()
  }

  /**
   * The first `k` waiting tickets of each (category, priority group), and those sent to the
   * window `windowId` (when given): within one group and category the earliest arrival always
   * scores highest, so the policy's top k are among these (the calling policy then orders a
   * handful of rows, not the whole queue). A few index seeks per pair on the waiting line, however
   * long the line is: the groups waiting in each category are found by skipping from one group
   * to the next (a recursive `min(…) > g`, where `select distinct` would read every waiting
   * ticket), then each pair's head is read in calling order. PostgreSQL: one statement (each
   * pair's head by LATERAL, planned once however many pairs); SQLite: the pairs, then their heads
   * in one UNION ALL.
   */
  async waitingHeads(
    serviceDate: string,
    categoryIds: string[],
    k: number,
    windowId: string | null,
    tx: Executor = this.db,
  ): Promise<QueueTicketsTable[]> {
    const targeted = (id: string) =>
      tx
        .selectFrom('queue_tickets')
        .selectAll()
        .where('service_date', '=', serviceDate)
        .where('status', '=', WAITING)
        .where('target_window_id', '=', id)
    if (categoryIds.length === 0) return windowId ? targeted(windowId).execute() : []
    const next = (after: RawBuilder<unknown> | null, categoryRef: RawBuilder<unknown>) => sql`(
      select min(t.priority_group) from queue_tickets t
      where t.service_date = ${serviceDate} and t.category_id = ${categoryRef} and t.status = ${WAITING}
      ${after === null ? sql`` : sql`and t.priority_group > ${after}`})`
    const groups = sql`with recursive c(category_id) as (
        ${sql.join(
          categoryIds.map((id) => sql`select cast(${id} as text)`),
          sql` union all `,
        )}
      ), g(category_id, priority_group) as (
        select c.category_id, ${next(null, sql.ref('c.category_id'))} from c
        union all
        select g.category_id, ${next(sql.ref('g.priority_group'), sql.ref('g.category_id'))}
        from g where g.priority_group is not null
      )`
    if (lateralJoins(tx)) {
      const { rows } = await sql<QueueTicketsTable>`${groups}
        select h.* from g cross join lateral (
          select * from queue_tickets t
          where t.service_date = ${serviceDate} and t.category_id = g.category_id and t.status = ${WAITING}
            and t.priority_group = g.priority_group and t.target_window_id is null
          order by t.arrived_at, t.seq limit ${k}) h
        where g.priority_group is not null
        ${windowId ? sql`union all ${targeted(windowId)}` : sql``}`.execute(tx)
      return rows
    }
    const { rows: pairs } = await sql<{ category_id: string; priority_group: string }>`${groups}
      select category_id, priority_group from g where priority_group is not null`.execute(tx)
    const head = (p: { category_id: string; priority_group: string }) =>
      tx
        .selectFrom('queue_tickets')
        .selectAll()
        .where('service_date', '=', serviceDate)
        .where('category_id', '=', p.category_id)
        .where('status', '=', WAITING)
        .where('priority_group', '=', p.priority_group)
        .where('target_window_id', 'is', null)
        .orderBy('arrived_at')
        .orderBy('seq')
        .limit(k)
    const branches = [
      ...pairs.map((p) => tx.selectFrom(head(p).as('h')).selectAll()),
      ...(windowId ? [tx.selectFrom(targeted(windowId).as('h')).selectAll()] : []),
    ]
    const out: QueueTicketsTable[] = []
    // SQLite takes at most 500 terms in one compound select
    for (let i = 0; i < branches.length; i += 100) {
      const [first, ...rest] = branches.slice(i, i + 100)
      out.push(...(await rest.reduce((q, r) => q.unionAll(r), first!).execute()))
    }
    return out
  }

  /**
   * Tickets a window could call now: its categories' (not sent to another window) and those sent
   * to it. Two counts in one statement, each along its own index (one OR over both would read the
   * whole day).
   */
  async countWaitingFor(
    serviceDate: string,
    categoryIds: string[],
    windowId: string,
    tx: Executor = this.db,
  ): Promise<number> {
    const r = await tx
      .selectNoFrom((eb) => [
        eb
          .selectFrom('queue_tickets')
          .select((e) => e.fn.countAll<number>().as('n'))
          .where('target_window_id', '=', windowId)
          .where('service_date', '=', serviceDate)
          .where('status', '=', WAITING)
          .as('targeted'),
        categoryIds.length === 0
          ? eb.lit(0).as('open')
          : eb
              .selectFrom('queue_tickets')
              .select((e) => e.fn.countAll<number>().as('n'))
              .where('service_date', '=', serviceDate)
              .where('category_id', 'in', categoryIds)
              .where('status', '=', WAITING)
              .where('target_window_id', 'is', null)
              .as('open'),
      ])
      .executeTakeFirstOrThrow()
    return Number(r.targeted) + Number(r.open)
  }

  /**
   * How many waiting tickets of a category outrank one with this head start: a ticket of group g
   * outranks it when it arrived before `thresholds[g]` (its arrival + the head-start difference).
   */
  async countOutranking(
    serviceDate: string,
    categoryId: string,
    mine: { id: string; seq: number },
    thresholds: Record<string, string>,
    otherwise: string,
    tx: Executor = this.db,
  ): Promise<number> {
    const groups = Object.entries(thresholds)
    const r = await tx
      .selectFrom('queue_tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('service_date', '=', serviceDate)
      .where('status', '=', WAITING)
      .where('category_id', '=', categoryId)
      .where('id', '!=', mine.id)
      .where((eb) => {
        // earlier (effective) arrival, or the same and an earlier number
        const before = (at: string) =>
          eb.or([eb('arrived_at', '<', at), eb.and([eb('arrived_at', '=', at), eb('seq', '<', mine.seq)])])
        return eb.or([
          ...groups.map(([g, at]) => eb.and([eb('priority_group', '=', g), before(at)])),
          eb.and([
            groups.length
              ? eb(
                  'priority_group',
                  'not in',
                  groups.map(([g]) => g),
                )
              : eb.lit(true),
            before(otherwise),
          ]),
        ])
      })
      .executeTakeFirstOrThrow()
    return Number(r.n)
  }

  async recentCalls(
    windowIds: string[],
    serviceDate: string,
    limit: number,
    tx: Executor = this.db,
  ): Promise<QueueTicketsTable[]> {
    if (windowIds.length === 0) return []
    return tx
      .selectFrom('queue_tickets')
      .selectAll()
      .where('service_date', '=', serviceDate)
      .where('window_id', 'in', windowIds)
      .where('called_at', 'is not', null)
      .orderBy('called_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute()
  }

  async ticketsByIds(ids: string[], tx: Executor = this.db): Promise<QueueTicketsTable[]> {
    if (ids.length === 0) return []
    return tx.selectFrom('queue_tickets').selectAll().where('id', 'in', ids).execute()
  }

  async insertEvent(row: QueueTicketEventsTable, tx: Executor): Promise<void> {
    await tx.insertInto('queue_ticket_events').values(row).execute()
  }

  async events(ticketId: string, tx: Executor = this.db): Promise<QueueTicketEventsTable[]> {
    return tx
      .selectFrom('queue_ticket_events')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .orderBy('at')
      .orderBy('id')
      .execute()
  }

  /** Gives a ticket inserted with a provisional number its number, arrival and estimate. */
  async setIssued(
    t: Pick<
      QueueTicketsTable,
      | 'id'
      | 'seq'
      | 'number'
      | 'arrived_at'
      | 'issued_at'
      | 'updated_at'
      | 'estimated_wait_minutes'
      | 'position_at_issue'
      | 'is_near_notified'
    >,
    tx: Executor,
  ): Promise<void> {
    const { id, ...patch } = t
    await tx
      .updateTable('queue_tickets')
      .set({
        seq: patch.seq,
        number: patch.number,
        arrived_at: patch.arrived_at,
        issued_at: patch.issued_at,
        updated_at: patch.updated_at,
        estimated_wait_minutes: patch.estimated_wait_minutes,
        position_at_issue: patch.position_at_issue,
        is_near_notified: patch.is_near_notified,
      })
      .where('id', '=', id)
      .execute()
  }

  /** Check-ins per slot of a category's day (the reserved share they used). */
  async checkInsBySlot(categoryId: string, serviceDate: string, tx: Executor): Promise<Map<string, number>> {
    const rows = await tx
      .selectFrom('queue_tickets')
      .select(['slot_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('category_id', '=', categoryId)
      .where('service_date', '=', serviceDate)
      .where('slot_id', 'is not', null)
      .where('transferred_from', 'is', null)
      .groupBy('slot_id')
      .execute()
    return new Map(rows.map((r) => [r.slot_id ?? '', Number(r.n)]))
  }
}

/** Waiting tickets per category of a day (of these categories only, when given). */
export async function waitingCounts(
  tx: Executor,
  serviceDate: string,
  categoryIds?: string[],
): Promise<Map<string, number>> {
  if (categoryIds?.length === 0) return new Map()
  let q = tx
    .selectFrom('queue_tickets')
    .select(['category_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('service_date', '=', serviceDate)
    .where('status', '=', WAITING)
  if (categoryIds) q = q.where('category_id', 'in', categoryIds)
  const rows = await q.groupBy('category_id').execute()
  return new Map(rows.map((r) => [r.category_id, Number(r.n)]))
}

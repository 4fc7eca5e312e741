import { sql, type Kysely } from 'kysely'

/**
 * Indexes that hold only the tickets still waiting, so what the issue and call paths read about
 * the waiting line costs the same however many tickets were served today or on past days (the
 * demo history keeps ~12k in 90 days). The queries name the predicate literally
 * (`status = 'issued'`) so both databases can prove a partial index applies.
 *
 * - the waiting line, in calling order within a category and priority group (the heads a window
 *   calls from, the position and estimate of a ticket, the halls' waiting counts), with the
 *   window a ticket was transferred to, so a count of the open line reads the index alone;
 * - tickets transferred to one window (only that window calls them);
 * - appointment check-ins of a category's day (the reserved share an issue checks);
 * - a window's calls of one day, latest first (the hall state's recent calls), in place of
 *   (window_id, status), which walked every ticket the window had ever served.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('queue_tickets_waiting_line')
    .on('queue_tickets')
    .columns(['service_date', 'category_id', 'priority_group', 'arrived_at', 'seq', 'target_window_id'])
    .where(sql.ref('status'), '=', sql.lit('issued'))
    .execute()
  await db.schema
    .createIndex('queue_tickets_waiting_target')
    .on('queue_tickets')
    .columns(['target_window_id', 'service_date'])
    .where(sql.ref('status'), '=', sql.lit('issued'))
    .execute()
  await db.schema
    .createIndex('queue_tickets_checkins')
    .on('queue_tickets')
    .columns(['service_date', 'category_id', 'slot_id'])
    .where(sql.ref('slot_id'), 'is not', null)
    .execute()
  await db.schema.dropIndex('queue_tickets_window').execute()
  await db.schema
    .createIndex('queue_tickets_window_calls')
    .on('queue_tickets')
    .columns(['window_id', 'service_date', 'called_at'])
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}

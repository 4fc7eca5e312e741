import type { Executor } from '../../db/database'

/**
 * The SMS outbox as monitoring sees it: how many messages are queued and the oldest one's time.
 * Reads only the queued rows of the sms_messages_due (status, next_attempt_at) index.
 */
export async function queuedSmsFigures(
  db: Executor,
): Promise<{ queued: number; oldestQueued: string | null }> {
  const r = await db
    .selectFrom('sms_messages')
    .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('created_at').as('oldest')])
    .where('status', '=', 'queued')
    .executeTakeFirstOrThrow()
  return { queued: Number(r.n), oldestQueued: r.oldest === null ? null : String(r.oldest) }
}

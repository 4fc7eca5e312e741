import { createHash } from 'node:crypto'
import type { SessionsTable } from './auth.tables'
import type { Clock } from '../../platform/clock'
import type { SessionsRepository } from './sessions.repository'

/** Sessions are stored by the hash of their cookie token: a leaked table does not leak sessions. */
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

/** A session's idle expiry moves forward at most this often (not on every request). */
const TOUCH_AFTER_MS = 5 * 60_000

/**
 * The live session of this kind behind a cookie token (staff and citizens share the table and the
 * rules): an expired one is deleted, a used one has its idle expiry moved forward.
 */
export async function findLiveSession(
  sessions: Pick<SessionsRepository, 'find' | 'touch' | 'delete'>,
  clock: Clock,
  token: string,
  kind: SessionsTable['kind'],
  expiry: (now: Date) => string,
): Promise<SessionsTable | null> {
  const id = sha256(token)
  const session = await sessions.find(id)
  if (!session || session.kind !== kind) return null
  const now = clock.now()
  if (session.expires_at <= now.toISOString()) {
    await sessions.delete(id)
    return null
  }
  if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_AFTER_MS)
    await sessions.touch(id, now.toISOString(), expiry(now))
  return session
}

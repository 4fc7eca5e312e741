import type { Executor } from '../../db/database'
import type { SessionsTable } from './auth.tables'

export class SessionsRepository {
  constructor(private readonly db: Executor) {}

  async insert(row: SessionsTable, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('sessions').values(row).execute()
  }

  async find(id: string, tx: Executor = this.db): Promise<SessionsTable | undefined> {
    return tx.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async touch(id: string, lastSeenAt: string, expiresAt: string, tx: Executor = this.db): Promise<void> {
    await tx
      .updateTable('sessions')
      .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
      .where('id', '=', id)
      .execute()
  }

  async delete(id: string, tx: Executor = this.db): Promise<void> {
    await tx.deleteFrom('sessions').where('id', '=', id).execute()
  }

  async deleteBySubject(
    kind: SessionsTable['kind'],
    subjectId: string,
    tx: Executor = this.db,
  ): Promise<void> {
    await tx.deleteFrom('sessions').where('kind', '=', kind).where('subject_id', '=', subjectId).execute()
  }

  async deleteExpired(now: string, tx: Executor = this.db): Promise<number> {
    const r = await tx.deleteFrom('sessions').where('expires_at', '<', now).executeTakeFirst()
    return Number(r.numDeletedRows)
  }
}

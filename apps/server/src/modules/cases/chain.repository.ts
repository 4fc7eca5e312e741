import type { Db, Executor } from '../../db/database'
import { GENESIS_HASH, type CheckpointHead } from './event-chain'

export interface CheckpointRow {
  id: string
  at: string
  algorithm: string
  heads: string
  head_count: number
  prev_seal: string
  seal: string
}

/** All SQL of the case chains' checkpoints and of their verification. */
export class ChainRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work)
  }

  /** Chain heads that moved since they were last sealed. */
  async movedHeads(limit: number): Promise<CheckpointHead[]> {
    const rows = await this.db
      .selectFrom('cases')
      .select(['id', 'event_count', 'head_hash'])
      .whereRef('event_count', '>', 'sealed_count')
      .orderBy('id')
      .limit(limit)
      .execute()
    return rows.map((c) => ({ caseId: c.id, seq: c.event_count, hash: c.head_hash }))
  }

  async insertCheckpoint(row: CheckpointRow, tx: Executor): Promise<void> {
    await tx.insertInto('chain_checkpoints').values(row).execute()
  }

  async markSealed(heads: readonly CheckpointHead[], tx: Executor): Promise<void> {
    for (const h of heads) {
      await tx
        .updateTable('cases')
        .set({ sealed_count: h.seq })
        .where('id', '=', h.caseId)
        .where('event_count', '=', h.seq)
        .execute()
    }
  }

  /** The tip of the checkpoint chain: the seal no other checkpoint builds on. */
  async lastSeal(tx: Executor = this.db): Promise<string> {
    const tip = await tx
      .selectFrom('chain_checkpoints as c')
      .select('c.seal')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom('chain_checkpoints as n').select('n.id').whereRef('n.prev_seal', '=', 'c.seal'),
          ),
        ),
      )
      .executeTakeFirst()
    return tip?.seal ?? GENESIS_HASH
  }

  async checkpoints(): Promise<CheckpointRow[]> {
    return this.db.selectFrom('chain_checkpoints').selectAll().execute()
  }

  /** A page of cases in id order, after `after`. */
  async casesAfter(after: string, limit: number) {
    return this.db
      .selectFrom('cases')
      .select(['id', 'number', 'status', 'event_count', 'head_hash', 'sealed_count'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(limit)
      .execute()
  }

  async eventsOf(caseIds: readonly string[]) {
    if (caseIds.length === 0) return []
    return this.db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', 'in', caseIds)
      .orderBy('case_id')
      .orderBy('seq')
      .execute()
  }

  /** Case ids that have events. */
  async caseIdsWithEvents(): Promise<string[]> {
    return (await this.db.selectFrom('case_events').select('case_id').distinct().execute()).map(
      (r) => r.case_id,
    )
  }
}

import type { Executor } from '../../db/database'
import type { VoiceCallsTable, VoiceReceiptsTable } from './voice.tables'

export type VoiceCallRow = VoiceCallsTable
export type VoiceReceiptRow = VoiceReceiptsTable

/** All SQL of the voice channel: the calls and the receipts. */
export class VoiceRepository {
  constructor(private readonly db: Executor) {}

  /** Queues a call; the same cause and recipient are queued once. */
  async insertCall(row: VoiceCallRow, tx: Executor = this.db): Promise<boolean> {
    const r = await tx
      .insertInto('voice_calls')
      .values(row)
      .onConflict((oc) => oc.columns(['cause_key', 'recipient']).doNothing())
      .executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0
  }

  async findCall(id: string, tx: Executor = this.db): Promise<VoiceCallRow | undefined> {
    return tx.selectFrom('voice_calls').selectAll().where('id', '=', id).executeTakeFirst()
  }

  /** The call a receipt belongs to: by our OutId, else by the provider's call id. */
  async callOfReceipt(
    receipt: Pick<VoiceReceiptRow, 'provider' | 'out_id' | 'provider_call_id'>,
    tx: Executor = this.db,
  ): Promise<VoiceCallRow | undefined> {
    if (receipt.out_id) {
      const byOutId = await tx
        .selectFrom('voice_calls')
        .selectAll()
        .where('out_id', '=', receipt.out_id)
        .executeTakeFirst()
      if (byOutId) return byOutId
    }
    return tx
      .selectFrom('voice_calls')
      .selectAll()
      .where('provider', '=', receipt.provider)
      .where('provider_call_id', '=', receipt.provider_call_id)
      .executeTakeFirst()
  }

  /** Moves a call on from a status; false when it was no longer in it. */
  async updateCallFrom(
    id: string,
    from: string,
    patch: Partial<VoiceCallRow>,
    tx: Executor = this.db,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('voice_calls')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /** Records the first key pressed on a call (a later one leaves it). */
  async setKeyPressed(id: string, key: string, at: string, tx: Executor = this.db): Promise<void> {
    await tx
      .updateTable('voice_calls')
      .set({ key_pressed: key, status: 'answered', updated_at: at })
      .where('id', '=', id)
      .where('key_pressed', 'is', null)
      .execute()
  }

  async callsTo(recipient: string, limit: number, tx: Executor = this.db): Promise<VoiceCallRow[]> {
    return tx
      .selectFrom('voice_calls')
      .selectAll()
      .where('recipient', '=', recipient)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute()
  }

  /** Keeps a receipt once (by its identity at the provider); false when it was already kept. */
  async insertReceipt(row: VoiceReceiptRow, tx: Executor = this.db): Promise<boolean> {
    const r = await tx
      .insertInto('voice_receipts')
      .values(row)
      .onConflict((oc) => oc.columns(['provider', 'dedupe_key']).doNothing())
      .executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0
  }

  async findReceipt(id: string, tx: Executor = this.db): Promise<VoiceReceiptRow | undefined> {
    return tx.selectFrom('voice_receipts').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async markProcessed(id: string, outcome: string, at: string, tx: Executor = this.db): Promise<void> {
    await tx
      .updateTable('voice_receipts')
      .set({ processed_at: at, outcome })
      .where('id', '=', id)
      .where('processed_at', 'is', null)
      .execute()
  }
}

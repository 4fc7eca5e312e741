import type { Executor } from '../../db/database'
import type { ExpertDrawsTable, ExpertInvitationsTable, ExpertsTable } from './experts.tables'

export type ExpertRow = ExpertsTable
export type DrawRow = ExpertDrawsTable
export type InvitationRow = ExpertInvitationsTable

/** All SQL of the expert pool, the draws and the invitations. */
export class ExpertsRepository {
  constructor(private readonly db: Executor) {}

  // ---- pool ----

  async insertExpert(row: ExpertRow, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('experts').values(row).execute()
  }

  async insertExperts(rows: ExpertRow[], tx: Executor = this.db): Promise<void> {
    if (rows.length) await tx.insertInto('experts').values(rows).execute()
  }

  async updateExpert(id: string, patch: Partial<ExpertRow>, tx: Executor = this.db): Promise<void> {
    await tx.updateTable('experts').set(patch).where('id', '=', id).execute()
  }

  async findExpert(id: string, tx: Executor = this.db): Promise<ExpertRow | undefined> {
    return tx.selectFrom('experts').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async findExperts(ids: string[], tx: Executor = this.db): Promise<ExpertRow[]> {
    if (ids.length === 0) return []
    return tx.selectFrom('experts').selectAll().where('id', 'in', ids).execute()
  }

  async idNumberTaken(idNumber: string, tx: Executor = this.db): Promise<boolean> {
    const r = await tx.selectFrom('experts').select('id').where('id_number', '=', idNumber).executeTakeFirst()
    return r !== undefined
  }

  async listExperts(tx: Executor = this.db): Promise<ExpertRow[]> {
    return tx.selectFrom('experts').selectAll().orderBy('id').execute()
  }

  /** Invitations per expert since a time (drawn too often recently). */
  async recentDrawCounts(since: string, tx: Executor = this.db): Promise<Map<string, number>> {
    const rows = await tx
      .selectFrom('expert_invitations')
      .select(['expert_id', (eb) => eb.fn.countAll().as('n')])
      .where('sent_at', '>=', since)
      .groupBy('expert_id')
      .execute()
    return new Map(rows.map((r) => [r.expert_id, Number(r.n)]))
  }

  // ---- draws ----

  async insertDraw(row: DrawRow, tx: Executor): Promise<void> {
    await tx.insertInto('expert_draws').values(row).execute()
  }

  async findDraw(id: string, tx: Executor = this.db): Promise<DrawRow | undefined> {
    return tx.selectFrom('expert_draws').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async drawsOfLot(lotId: string, tx: Executor = this.db): Promise<DrawRow[]> {
    return tx.selectFrom('expert_draws').selectAll().where('lot_id', '=', lotId).orderBy('seq').execute()
  }

  async setRevealed(id: string, revealed: string, tx: Executor = this.db): Promise<boolean> {
    const r = await tx
      .updateTable('expert_draws')
      .set({ revealed_exclusions: revealed })
      .where('id', '=', id)
      .where('revealed_exclusions', 'is', null)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  // ---- invitations ----

  async insertInvitations(rows: InvitationRow[], tx: Executor): Promise<void> {
    if (rows.length) await tx.insertInto('expert_invitations').values(rows).execute()
  }

  async findInvitation(id: string, tx: Executor = this.db): Promise<InvitationRow | undefined> {
    return tx.selectFrom('expert_invitations').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async invitationsOfLot(lotId: string, tx: Executor = this.db): Promise<InvitationRow[]> {
    return tx
      .selectFrom('expert_invitations')
      .selectAll()
      .where('lot_id', '=', lotId)
      .orderBy('sent_at')
      .orderBy('id')
      .execute()
  }

  /** The open invitation of a phone (the oldest first), if any. */
  async openInvitationOf(
    phone: string,
    now: string,
    tx: Executor = this.db,
  ): Promise<InvitationRow | undefined> {
    return tx
      .selectFrom('expert_invitations')
      .selectAll()
      .where('phone', '=', phone)
      .where('status', '=', 'pending')
      .where('expires_at', '>', now)
      .orderBy('sent_at')
      .executeTakeFirst()
  }

  /** Moves an invitation on from a status; false when it was no longer in it. */
  async answerInvitation(
    id: string,
    from: string,
    patch: Partial<InvitationRow>,
    tx: Executor,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('expert_invitations')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /** Accepted invitations checked in at the room (the members of the session). */
  async checkedIn(lotId: string, tx: Executor = this.db): Promise<InvitationRow[]> {
    return tx
      .selectFrom('expert_invitations')
      .selectAll()
      .where('lot_id', '=', lotId)
      .where('status', '=', 'accepted')
      .where('checked_in_at', 'is not', null)
      .orderBy('id')
      .execute()
  }

  /** Pending invitations whose answer time has passed. */
  async duePending(now: string, tx: Executor = this.db): Promise<InvitationRow[]> {
    return tx
      .selectFrom('expert_invitations')
      .selectAll()
      .where('status', '=', 'pending')
      .where('expires_at', '<=', now)
      .orderBy('expires_at')
      .limit(100)
      .execute()
  }

  async findByCheckInCode(
    lotId: string,
    code: string,
    tx: Executor = this.db,
  ): Promise<InvitationRow | undefined> {
    return tx
      .selectFrom('expert_invitations')
      .selectAll()
      .where('lot_id', '=', lotId)
      .where('check_in_code', '=', code)
      .where('status', '=', 'accepted')
      .executeTakeFirst()
  }
}

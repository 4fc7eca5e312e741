import type { Executor } from '../../db/database'
import type {
  BidDepositsTable,
  EvalMembersTable,
  EvalObjectionsTable,
  EvalResultsTable,
  EvalScoresTable,
  EvalSessionsTable,
} from './evaluation.tables'

export type SessionRow = EvalSessionsTable
export type MemberRow = EvalMembersTable
export type ScoreRow = EvalScoresTable
export type ResultRow = EvalResultsTable
export type ObjectionRow = EvalObjectionsTable
export type DepositRow = BidDepositsTable

/** All SQL of evaluation sessions, scores, results, objections and deposits. */
export class EvaluationRepository {
  constructor(private readonly db: Executor) {}

  // ---- sessions ----

  async insertSession(row: SessionRow, members: MemberRow[], tx: Executor): Promise<void> {
    await tx.insertInto('eval_sessions').values(row).execute()
    if (members.length) await tx.insertInto('eval_members').values(members).execute()
  }

  async sessionOfLot(lotId: string, tx: Executor = this.db): Promise<SessionRow | undefined> {
    return tx.selectFrom('eval_sessions').selectAll().where('lot_id', '=', lotId).executeTakeFirst()
  }

  async findSession(id: string, tx: Executor = this.db): Promise<SessionRow | undefined> {
    return tx.selectFrom('eval_sessions').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async updateSession(id: string, from: string, patch: Partial<SessionRow>, tx: Executor): Promise<boolean> {
    const r = await tx
      .updateTable('eval_sessions')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async memberByToken(tokenHash: string, tx: Executor = this.db): Promise<MemberRow | undefined> {
    return tx.selectFrom('eval_members').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst()
  }

  async membersOf(sessionId: string, tx: Executor = this.db): Promise<MemberRow[]> {
    return tx
      .selectFrom('eval_members')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('invitation_id')
      .execute()
  }

  async confirmMember(sessionId: string, invitationId: string, at: string, tx: Executor): Promise<void> {
    await tx
      .updateTable('eval_members')
      .set({ confirmed_at: at })
      .where('session_id', '=', sessionId)
      .where('invitation_id', '=', invitationId)
      .where('confirmed_at', 'is', null)
      .execute()
  }

  async upsertScore(row: ScoreRow, tx: Executor = this.db): Promise<void> {
    await tx
      .insertInto('eval_scores')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['session_id', 'invitation_id', 'bid_id']).doUpdateSet({
          points: row.points,
          is_passed: row.is_passed,
          adjustment_fen: row.adjustment_fen,
          updated_at: row.updated_at,
        }),
      )
      .execute()
  }

  async scoresOf(sessionId: string, tx: Executor = this.db): Promise<ScoreRow[]> {
    return tx
      .selectFrom('eval_scores')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('invitation_id')
      .orderBy('bid_id')
      .execute()
  }

  // ---- results ----

  async insertResult(row: ResultRow, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('eval_results').values(row).execute()
  }

  async findResult(id: string, tx: Executor = this.db): Promise<ResultRow | undefined> {
    return tx.selectFrom('eval_results').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async resultOfLot(lotId: string, tx: Executor = this.db): Promise<ResultRow | undefined> {
    return tx.selectFrom('eval_results').selectAll().where('lot_id', '=', lotId).executeTakeFirst()
  }

  async resultByToken(token: string, tx: Executor = this.db): Promise<ResultRow | undefined> {
    return tx.selectFrom('eval_results').selectAll().where('award_token', '=', token).executeTakeFirst()
  }

  async updateResult(id: string, patch: Partial<ResultRow>, tx: Executor = this.db): Promise<void> {
    await tx.updateTable('eval_results').set(patch).where('id', '=', id).execute()
  }

  async insertObjection(row: ObjectionRow, tx: Executor): Promise<void> {
    await tx.insertInto('eval_objections').values(row).execute()
  }

  async findObjection(id: string, tx: Executor = this.db): Promise<ObjectionRow | undefined> {
    return tx.selectFrom('eval_objections').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async answerObjection(id: string, answer: string, at: string, tx: Executor): Promise<boolean> {
    const r = await tx
      .updateTable('eval_objections')
      .set({ answer, answered_at: at })
      .where('id', '=', id)
      .where('answered_at', 'is', null)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async objectionsOf(resultId: string, tx: Executor = this.db): Promise<ObjectionRow[]> {
    return tx
      .selectFrom('eval_objections')
      .selectAll()
      .where('result_id', '=', resultId)
      .orderBy('raised_at')
      .execute()
  }

  async openObjections(resultId: string, tx: Executor = this.db): Promise<ObjectionRow[]> {
    return tx
      .selectFrom('eval_objections')
      .selectAll()
      .where('result_id', '=', resultId)
      .where('answered_at', 'is', null)
      .execute()
  }

  // ---- deposits ----

  async insertDeposits(rows: DepositRow[], tx: Executor): Promise<void> {
    if (rows.length) await tx.insertInto('bid_deposits').values(rows).execute()
  }

  /** Deposits of lots whose contract is signed, with the signing day (the late-return rule's facts). */
  async depositsAfterContract(
    lotIds: readonly string[],
    tx: Executor = this.db,
  ): Promise<Array<DepositRow & { contract_signed_on: string }>> {
    if (lotIds.length === 0) return []
    const rows = await tx
      .selectFrom('bid_deposits as d')
      .innerJoin('eval_results as r', 'r.lot_id', 'd.lot_id')
      .selectAll('d')
      .select('r.contract_signed_on')
      .where('d.lot_id', 'in', [...lotIds])
      .where('r.contract_signed_on', 'is not', null)
      .execute()
    return rows as Array<DepositRow & { contract_signed_on: string }>
  }

  async depositsOfLot(lotId: string, tx: Executor = this.db): Promise<DepositRow[]> {
    return tx.selectFrom('bid_deposits').selectAll().where('lot_id', '=', lotId).orderBy('paid_at').execute()
  }

  async bankRefsOfLot(lotId: string, tx: Executor = this.db): Promise<Set<string>> {
    const rows = await tx
      .selectFrom('bid_deposits')
      .select('bank_ref')
      .where('lot_id', '=', lotId)
      .where('bank_ref', 'is not', null)
      .execute()
    return new Set(rows.map((r) => r.bank_ref!))
  }

  async markReturned(id: string, at: string, tx: Executor = this.db): Promise<boolean> {
    const r = await tx
      .updateTable('bid_deposits')
      .set({ returned_at: at })
      .where('id', '=', id)
      .where('returned_at', 'is', null)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async findDeposit(id: string, tx: Executor = this.db): Promise<DepositRow | undefined> {
    return tx.selectFrom('bid_deposits').selectAll().where('id', '=', id).executeTakeFirst()
  }
}

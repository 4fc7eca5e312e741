import type { DepositsResponse, Principal } from '@yimin/shared'
import type { Db } from '../../db/database'
import { localDate, type Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { assertCan, can } from '../auth/permissions'
import type { TradingJournal } from '../trading/trading-journal'
import type { LotRow, ProjectRow, TradingQueries } from '../trading/trading.queries'
import { parseStatement } from './bank-statement'
import { lateDeposits, type LateDeposit } from './deposit-return.rules'
import type { DepositRow, EvaluationRepository } from './evaluation.repository'

/**
 * Bid security (投标保证金) per bidder and lot, by hand or from a bank statement. Who paid is
 * as secret as who bids until the opening: before it, lists give the count and the total only,
 * and the chain records amounts without payers. Returns are due within 5 days of the contract
 * (实施条例 第57条); late ones are listed (the board's rule reads `lateOf`).
 */
export class DepositsService {
  constructor(
    private readonly db: Db,
    private readonly repo: EvaluationRepository,
    private readonly trading: TradingQueries,
    private readonly journal: TradingJournal,
    private readonly contractSignedOn: (lotId: string) => Promise<string | null>,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  private async lotAndProject(lotId: string): Promise<{ lot: LotRow; project: ProjectRow }> {
    const lot = await this.trading.findLot(lotId)
    const project = lot ? await this.trading.findProject(lot.project_id) : undefined
    if (!lot || !project) throw new AppError('TRADING_PROJECT_NOT_FOUND', 'no such lot')
    return { lot, project }
  }

  private isOpened(lot: LotRow): boolean {
    const openingAt = lot.opening_at ?? lot.bid_deadline
    return openingAt !== null && this.clock.now().getTime() >= Date.parse(openingAt)
  }

  private async insert(actor: Principal, lotId: string, rows: DepositRow[], source: string): Promise<number> {
    const { project } = await this.lotAndProject(lotId)
    const at = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      await this.repo.insertDeposits(rows, tx)
      const p = (await this.trading.findProject(project.id, tx))!
      await this.journal.append(tx, p, actor, at, 'deposit.recorded', {
        lotId,
        source,
        count: rows.length,
        totalFen: rows.reduce((a, r) => a + Number(r.amount_fen), 0),
        depositIds: rows.map((r) => r.id),
      })
    })
    return rows.length
  }

  async record(actor: Principal, lotId: string, input: { orgId: string; amountFen: number; paidAt: string }) {
    assertCan(actor, 'trading.register')
    const org = await this.trading.findOrg(input.orgId)
    if (!org) throw new AppError('TRADING_ORG_NOT_FOUND', 'no such organisation')
    const row: DepositRow = {
      id: newId(),
      lot_id: lotId,
      org_id: org.id,
      amount_fen: input.amountFen,
      source: 'manual',
      paid_at: new Date(input.paidAt).toISOString(),
      bank_ref: null,
      returned_at: null,
      created_at: this.clock.now().toISOString(),
    }
    await this.insert(actor, lotId, [row], 'manual')
    return { id: row.id }
  }

  /** A bank statement: every line must parse and name a known organisation; repeated references are skipped. */
  async importStatement(
    actor: Principal,
    lotId: string,
    csv: string,
  ): Promise<{ imported: number; skipped: number }> {
    assertCan(actor, 'trading.register')
    await this.lotAndProject(lotId)
    const { lines, problems } = parseStatement(csv)
    const orgs = new Map((await this.trading.listOrgs()).map((o) => [o.credit_code.toUpperCase(), o]))
    const unknown = lines
      .filter((l) => !orgs.has(l.creditCode))
      .map((l) => ({ line: l.line, problem: 'payer' }))
    if (problems.length || unknown.length)
      throw new AppError('DEPOSIT_STATEMENT_INVALID', 'the statement has lines that cannot be imported', {
        problems: [...problems, ...unknown].sort((a, b) => a.line - b.line),
      })
    const known = await this.repo.bankRefsOfLot(lotId)
    const now = this.clock.now().toISOString()
    const rows: DepositRow[] = lines
      .filter((l) => !known.has(l.bankRef))
      .map((l) => ({
        id: newId(),
        lot_id: lotId,
        org_id: orgs.get(l.creditCode)!.id,
        amount_fen: l.amountFen,
        source: 'bank',
        paid_at: l.paidAt,
        bank_ref: l.bankRef,
        returned_at: null,
        created_at: now,
      }))
    if (rows.length) await this.insert(actor, lotId, rows, 'bank')
    return { imported: rows.length, skipped: lines.length - rows.length }
  }

  /** Center staff and the supervising department; payers only after the opening. */
  async list(actor: Principal, lotId: string): Promise<DepositsResponse> {
    const { lot, project } = await this.lotAndProject(lotId)
    if (
      !can(actor, 'trading.register') &&
      !can(actor, 'trading.supervise', { departmentId: project.supervising_department_id })
    )
      throw new AppError('TRADING_PROJECT_NOT_FOUND', 'no such lot')
    const rows = await this.repo.depositsOfLot(lotId)
    const totalFen = rows.reduce((a, r) => a + Number(r.amount_fen), 0)
    if (!this.isOpened(lot)) return { isSealed: true, count: rows.length, totalFen, deposits: [], late: [] }
    return {
      isSealed: false,
      count: rows.length,
      totalFen,
      deposits: rows.map((r) => ({
        id: r.id,
        orgId: r.org_id,
        amountFen: Number(r.amount_fen),
        source: r.source,
        paidAt: r.paid_at,
        returnedAt: r.returned_at,
      })),
      late: (await this.lateOf(lotId)).map((l) => ({ depositId: l.depositId, dueOn: l.dueOn })),
    }
  }

  async markReturned(actor: Principal, depositId: string): Promise<{ ok: true }> {
    assertCan(actor, 'trading.register')
    const d = await this.repo.findDeposit(depositId)
    if (!d) throw new AppError('DEPOSIT_NOT_FOUND', 'no such deposit')
    const { lot, project } = await this.lotAndProject(d.lot_id)
    if (!this.isOpened(lot)) throw new AppError('DEPOSIT_SEALED', 'deposits are returned after the opening')
    const at = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.markReturned(depositId, at, tx))) return
      const p = (await this.trading.findProject(project.id, tx))!
      await this.journal.append(tx, p, actor, at, 'deposit.returned', { depositId, lotId: lot.id })
    })
    return { ok: true }
  }

  /** Late returns of a lot's deposits today (the anomaly rule's facts). */
  async lateOf(lotId: string): Promise<LateDeposit[]> {
    const rows = await this.repo.depositsOfLot(lotId)
    const tz = this.timeZone
    return lateDeposits(
      rows.map((r) => ({
        id: r.id,
        orgId: r.org_id,
        amountFen: Number(r.amount_fen),
        returnedOn: r.returned_at ? localDate(new Date(r.returned_at), tz) : null,
      })),
      await this.contractSignedOn(lotId),
      localDate(this.clock.now(), tz),
    )
  }
}

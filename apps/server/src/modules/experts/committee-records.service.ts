import type { CommitteeResponse, DrawRecordResponse, Principal } from '@yimin/shared'
import type { Db } from '../../db/database'
import { fromJson, toJson } from '../../db/convert'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import type { AuditService } from '../audit/audit.service'
import { can } from '../auth/permissions'
import type { TradingJournal } from '../trading/trading-journal'
import type { LotRow, ProjectRow, TradingQueries } from '../trading/trading.queries'
import { rulesOf, type PublicRules, type SealedExclusions } from './draw-record'
import { draw, type PoolExpert } from './draw.rules'
import type { DrawRow, ExpertsRepository } from './experts.repository'
import { sealDigest, type Sealer } from './seal'

/**
 * Who sits on a committee, and the draw records: known only to the system and the supervising
 * department until the result is decided (招标投标法 第37条); 404 for everyone else, and the
 * refusal is audited. The bidders' avoidance is revealed on the first read after the opening.
 */
export class CommitteeRecordsService {
  constructor(
    private readonly db: Db,
    private readonly repo: ExpertsRepository,
    private readonly trading: TradingQueries,
    private readonly journal: TradingJournal,
    private readonly sealer: Sealer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ---- who may see the committee ----

  /**
   * The supervising department (trading.supervise for the project's department) sees the
   * committee at any time; after the lot's award (its own, not the project's: lots are awarded
   * apart), center staff do. Others get 404
   * (as if there were no committee) and the refusal is audited.
   */
  private async assertMaySeeNames(
    actor: Principal,
    project: ProjectRow,
    lot: LotRow | undefined,
    subject: string,
    ip: string | null,
  ) {
    const isSupervisor = can(actor, 'trading.supervise', { departmentId: project.supervising_department_id })
    const isDecided = lot?.stage === 'awarded' && can(actor, 'trading.register')
    if (isSupervisor || isDecided) {
      await this.audit.record({ actor, action: 'expert.committee-read', subject, ip })
      return
    }
    await this.audit.record({ actor, action: 'expert.committee-refused', subject, ip })
    throw new AppError('EXPERT_COMMITTEE_NOT_FOUND', 'no such committee')
  }

  async committee(actor: Principal, lotId: string, ip: string | null): Promise<CommitteeResponse> {
    if (actor.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', 'sign in first')
    const lot = await this.trading.findLot(lotId)
    const project = lot ? await this.trading.findProject(lot.project_id) : undefined
    if (!lot || !project) {
      await this.audit.record({ actor, action: 'expert.committee-refused', subject: `lot:${lotId}`, ip })
      throw new AppError('EXPERT_COMMITTEE_NOT_FOUND', 'no such committee')
    }
    await this.assertMaySeeNames(actor, project, lot, `lot:${lotId}`, ip)
    const invitations = await this.repo.invitationsOfLot(lotId)
    const experts = new Map(
      (await this.repo.findExperts(invitations.map((i) => i.expert_id))).map((e) => [e.id, e]),
    )
    return {
      lotId,
      members: invitations.map((i) => {
        const e = experts.get(i.expert_id)!
        return {
          invitationId: i.id,
          expertId: e.id,
          name: e.name,
          employerName: e.employer_name,
          status: i.status as CommitteeResponse['members'][number]['status'],
          sentAt: i.sent_at,
          answeredAt: i.answered_at,
          checkedInAt: i.checked_in_at,
        }
      }),
      draws: (await this.repo.drawsOfLot(lotId)).map((d) => ({
        id: d.id,
        seq: Number(d.seq),
        reason: d.reason,
        createdAt: d.created_at,
      })),
    }
  }

  /** A draw's record; the bidders' avoidance is revealed once the lot's opening has passed. */
  async drawRecord(actor: Principal, drawId: string, ip: string | null): Promise<DrawRecordResponse> {
    if (actor.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', 'sign in first')
    const row = await this.repo.findDraw(drawId)
    const project = row ? await this.trading.findProject(row.project_id) : undefined
    if (!row || !project) {
      await this.audit.record({ actor, action: 'expert.committee-refused', subject: `draw:${drawId}`, ip })
      throw new AppError('EXPERT_COMMITTEE_NOT_FOUND', 'no such committee')
    }
    await this.assertMaySeeNames(actor, project, await this.trading.findLot(row.lot_id), `draw:${drawId}`, ip)
    const revealed = await this.revealIfOpened(row, project)
    return {
      id: row.id,
      lotId: row.lot_id,
      seq: Number(row.seq),
      reason: row.reason,
      specialty: row.specialty,
      size: Number(row.size),
      seed: row.seed,
      poolSize: (fromJson<unknown[]>(row.pool_snapshot) ?? []).length,
      publicRules: fromJson<PublicRules>(row.public_rules)!,
      sealedDigest: row.sealed_digest,
      revealedExclusions: revealed,
      selected: fromJson<string[]>(row.selected) ?? [],
      createdAt: row.created_at,
    }
  }

  private async revealIfOpened(row: DrawRow, project: ProjectRow): Promise<SealedExclusions | null> {
    if (row.revealed_exclusions) return fromJson<SealedExclusions>(row.revealed_exclusions)
    const lot = await this.trading.findLot(row.lot_id)
    const openingAt = lot?.opening_at ?? lot?.bid_deadline ?? null
    const now = this.clock.now()
    if (!openingAt || now.getTime() < Date.parse(openingAt)) return null
    const text = this.sealer.unseal(row.sealed_exclusions)
    await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.setRevealed(row.id, text, tx))) return
      const p = (await this.trading.findProject(project.id, tx))!
      await this.journal.append(tx, p, 'system', now.toISOString(), 'expert.exclusions-revealed', {
        drawId: row.id,
        sealedDigest: row.sealed_digest,
      })
    })
    return fromJson<SealedExclusions>(text)
  }

  /**
   * Repeats a draw from its record (the system unseals the bidders' part): the same pool
   * snapshot, rules and seed must give the same committee, and the sealed part its digest.
   */
  async verifyDraw(
    actor: Principal,
    drawId: string,
    ip: string | null,
  ): Promise<{ isReproduced: boolean; isSealIntact: boolean; selected: string[] }> {
    const record = await this.drawRecord(actor, drawId, ip)
    const row = (await this.repo.findDraw(drawId))!
    const text = this.sealer.unseal(row.sealed_exclusions)
    const sealed = fromJson<SealedExclusions>(text)!
    const again = draw(
      fromJson<PoolExpert[]>(row.pool_snapshot) ?? [],
      rulesOf(record.publicRules, sealed),
      row.seed,
    )
    return {
      isReproduced: toJson(again.selected) === toJson(record.selected),
      isSealIntact: sealDigest(text) === row.sealed_digest,
      selected: again.selected,
    }
  }
}

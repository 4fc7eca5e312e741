import type { Db, Executor } from '../../db/database'
import { isUniqueViolation } from '../../db/dialect'
import type { Clock } from '../../platform/clock'
import { newId } from '../../platform/ids'
import {
  GENESIS_HASH,
  sealCheckpoint,
  verifyChain,
  type CheckpointHead,
  type HashAlgorithm,
} from './event-chain'

export interface ChainReportProblem {
  caseId: string | null
  kind: 'event-edited' | 'event-missing' | 'truncated' | 'case-deleted' | 'checkpoint-broken'
  message: string
}

export interface ChainReport {
  casesChecked: number
  eventsChecked: number
  checkpoints: number
  problems: ChainReportProblem[]
}

const BATCH = 500

/**
 * Seals checkpoints of the case chains and verifies the whole history. A checkpoint holds the
 * heads of the chains that moved since the previous one and is itself chained to it, so a
 * removed or edited checkpoint shows too. Sealing does not touch the hot path: cases only carry
 * `sealed_count`, updated by the sealer after the fact.
 */
export class ChainService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly algorithm: HashAlgorithm,
  ) {}

  /** Seals the heads that moved; returns how many (0 = nothing to seal, or another instance won). */
  async seal(): Promise<number> {
    const moved = await this.db
      .selectFrom('cases')
      .select(['id', 'event_count', 'head_hash'])
      .whereRef('event_count', '>', 'sealed_count')
      .orderBy('id')
      .limit(20_000)
      .execute()
    if (moved.length === 0) return 0
    const heads: CheckpointHead[] = moved.map((c) => ({
      caseId: c.id,
      seq: c.event_count,
      hash: c.head_hash,
    }))
    const at = this.clock.now().toISOString()
    try {
      await this.db.transaction().execute(async (tx) => {
        const prevSeal = await this.lastSeal(tx)
        const seal = sealCheckpoint(this.algorithm, prevSeal, at, heads)
        await tx
          .insertInto('chain_checkpoints')
          .values({
            id: newId(),
            at,
            algorithm: this.algorithm,
            heads: JSON.stringify(heads.map((h) => [h.caseId, h.seq, h.hash])),
            head_count: heads.length,
            prev_seal: prevSeal,
            seal,
          })
          .execute()
        for (const h of heads) {
          await tx
            .updateTable('cases')
            .set({ sealed_count: h.seq })
            .where('id', '=', h.caseId)
            .where('event_count', '=', h.seq)
            .execute()
        }
      })
    } catch (err) {
      if (isUniqueViolation(err)) return 0 // another instance sealed from the same checkpoint
      throw err
    }
    return heads.length
  }

  async verify(progress: (msg: string) => void = () => {}): Promise<ChainReport> {
    const problems: ChainReportProblem[] = []
    const sealedHeads = await this.walkCheckpoints(problems)
    let casesChecked = 0
    let eventsChecked = 0
    const seen = new Set<string>()
    let after = ''
    for (;;) {
      const cases = await this.db
        .selectFrom('cases')
        .select(['id', 'event_count', 'head_hash'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute()
      if (cases.length === 0) break
      after = cases[cases.length - 1]!.id
      const events = await this.db
        .selectFrom('case_events')
        .selectAll()
        .where(
          'case_id',
          'in',
          cases.map((c) => c.id),
        )
        .orderBy('case_id')
        .orderBy('seq')
        .execute()
      const byCase = new Map<string, typeof events>()
      for (const e of events) {
        const list = byCase.get(e.case_id) ?? []
        list.push(e)
        byCase.set(e.case_id, list)
      }
      for (const c of cases) {
        seen.add(c.id)
        const list = (byCase.get(c.id) ?? []).map((e) => ({
          caseId: e.case_id,
          seq: e.seq,
          at: e.at,
          actor: e.actor,
          actorRole: e.actor_role,
          actorDepartmentId: e.actor_department_id,
          type: e.type,
          fromStatus: e.from_status,
          toStatus: e.to_status,
          reason: e.reason,
          data: e.data,
          prevHash: e.prev_hash,
          hash: e.hash,
        }))
        eventsChecked += list.length
        for (const p of verifyChain(this.algorithm, list, { seq: c.event_count, hash: c.head_hash })) {
          problems.push({
            caseId: c.id,
            kind:
              p.kind === 'gap' ? 'event-missing' : p.kind === 'head-mismatch' ? 'truncated' : 'event-edited',
            message: p.message,
          })
        }
        const sealed = sealedHeads.get(c.id)
        if (sealed) {
          const at = list[sealed.seq - 1]
          if (!at || at.hash !== sealed.hash)
            problems.push({
              caseId: c.id,
              kind: 'truncated',
              message: `the history no longer contains the sealed event ${sealed.seq}`,
            })
        }
      }
      casesChecked += cases.length
      progress(`  ${casesChecked} cases checked`)
    }
    for (const caseId of sealedHeads.keys()) {
      if (!seen.has(caseId)) problems.push({ caseId, kind: 'case-deleted', message: 'a sealed case is gone' })
    }
    const orphans = await this.db.selectFrom('case_events').select('case_id').distinct().execute()
    for (const o of orphans) {
      if (!seen.has(o.case_id) && !sealedHeads.has(o.case_id))
        problems.push({
          caseId: o.case_id,
          kind: 'case-deleted',
          message: 'events remain for a case that is gone',
        })
    }
    const checkpoints = await this.db
      .selectFrom('chain_checkpoints')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    return { casesChecked, eventsChecked, checkpoints: Number(checkpoints.n), problems }
  }

  /** Follows the checkpoint chain from the start; returns the latest sealed head per case. */
  private async walkCheckpoints(
    problems: ChainReportProblem[],
  ): Promise<Map<string, { seq: number; hash: string }>> {
    const rows = await this.db.selectFrom('chain_checkpoints').selectAll().execute()
    const byPrev = new Map(rows.map((r) => [r.prev_seal, r]))
    const heads = new Map<string, { seq: number; hash: string }>()
    let prev = GENESIS_HASH
    let walked = 0
    for (let row = byPrev.get(prev); row; row = byPrev.get(prev)) {
      const list = JSON.parse(row.heads) as Array<[string, number, string]>
      const recomputed = sealCheckpoint(
        row.algorithm as HashAlgorithm,
        row.prev_seal,
        row.at,
        list.map(([caseId, seq, hash]) => ({ caseId, seq, hash })),
      )
      if (recomputed !== row.seal)
        problems.push({
          caseId: null,
          kind: 'checkpoint-broken',
          message: `checkpoint of ${row.at} was altered`,
        })
      for (const [caseId, seq, hash] of list) heads.set(caseId, { seq, hash })
      prev = row.seal
      walked++
    }
    if (walked !== rows.length)
      problems.push({
        caseId: null,
        kind: 'checkpoint-broken',
        message: `${rows.length - walked} checkpoints are not on the chain (one was removed or altered)`,
      })
    return heads
  }

  /** The tip of the checkpoint chain: the seal no other checkpoint builds on. */
  private async lastSeal(tx: Executor): Promise<string> {
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
}

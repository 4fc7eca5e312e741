import fs from 'node:fs'
import type { Principal } from '@yimin/shared'
import { isUniqueViolation } from '../../db/dialect'
import type { Clock } from '../../platform/clock'
import { newId } from '../../platform/ids'
import { assertCan } from '../auth/permissions'
import {
  GENESIS_HASH,
  sealCheckpoint,
  verifyChain,
  type ChainProblem,
  type HashAlgorithm,
} from './event-chain'
import type { ChainRepository } from './chain.repository'

export interface ChainReportProblem {
  caseId: string | null
  /** the case number (受理编号), when the case row is still there */
  caseNumber?: string | null
  /** the event's sequence number in its case, and its id, when one event is at fault */
  seq?: number
  eventId?: string
  kind:
    | 'event-edited'
    | 'event-missing'
    | 'truncated'
    | 'case-deleted'
    | 'case-row-edited'
    | 'checkpoint-broken'
    | 'unsealed'
  message: string
}

export interface ChainReport {
  casesChecked: number
  eventsChecked: number
  checkpoints: number
  problems: ChainReportProblem[]
}

/** The latest seal, as written to the data directory for an operator to copy elsewhere. */
export interface LatestSeal {
  at: string
  seal: string
  prevSeal: string
  algorithm: string
  /** chains (cases) whose heads this seal covers */
  chains: number
}

const BATCH = 500
export const SEAL_FILE = 'chain-seal.json'

/**
 * Seals checkpoints of the case chains and verifies the whole history. A checkpoint holds the
 * heads of the chains that moved since the previous one and is itself chained to it, so a
 * removed or edited checkpoint shows too. Sealing does not touch the hot path: cases only carry
 * `sealed_count`, updated by the sealer after the fact. The latest seal is also written to
 * `<DATA_DIR>/chain-seal.json`, for an operator to copy off the machine.
 *
 * What stays undetectable (docs/tamper-evidence.md, asserted by cases-tamper.int.test.ts): a
 * change made after the last seal (a case created and deleted, or events added and removed,
 * within the same minute) and, if an attacker rewrites the checkpoints and the seal file
 * consistently, anything at all; copies of the seal kept elsewhere catch the latter.
 */
export class ChainService {
  constructor(
    private readonly repo: ChainRepository,
    private readonly clock: Clock,
    private readonly algorithm: HashAlgorithm,
    private readonly sealFile: string | null = null,
  ) {}

  /** Seals the heads that moved; returns how many (0 = nothing to seal, or another instance won). */
  async seal(): Promise<number> {
    const heads = await this.repo.movedHeads(20_000)
    if (heads.length === 0) return 0
    const at = this.clock.now().toISOString()
    let latest: LatestSeal
    try {
      latest = await this.repo.transaction(async (tx) => {
        const prevSeal = await this.repo.lastSeal(tx)
        const seal = sealCheckpoint(this.algorithm, prevSeal, at, heads)
        await this.repo.insertCheckpoint(
          {
            id: newId(),
            at,
            algorithm: this.algorithm,
            heads: JSON.stringify(heads.map((h) => [h.caseId, h.seq, h.hash])),
            head_count: heads.length,
            prev_seal: prevSeal,
            seal,
          },
          tx,
        )
        await this.repo.markSealed(heads, tx)
        return { at, seal, prevSeal, algorithm: this.algorithm, chains: heads.length }
      })
    } catch (err) {
      if (isUniqueViolation(err)) return 0 // another instance sealed from the same checkpoint
      throw err
    }
    if (this.sealFile) writeSealFile(this.sealFile, latest)
    return heads.length
  }

  /** The latest seal for the supervision page (center-wide supervisors and admins). */
  async latestFor(principal: Principal): Promise<LatestSeal | null> {
    assertCan(principal, 'supervision.read')
    return this.latest()
  }

  /** The latest seal (the tip of the checkpoint chain), or null before the first one. */
  async latest(): Promise<LatestSeal | null> {
    const tip = await this.repo.lastSeal()
    if (tip === GENESIS_HASH) return null
    const row = (await this.repo.checkpoints()).find((r) => r.seal === tip)
    return row
      ? {
          at: row.at,
          seal: row.seal,
          prevSeal: row.prev_seal,
          algorithm: row.algorithm,
          chains: row.head_count,
        }
      : null
  }

  async verify(progress: (msg: string) => void = () => {}): Promise<ChainReport> {
    const problems: ChainReportProblem[] = []
    const { heads: sealedHeads, unvouched } = await this.walkCheckpoints(problems)
    let casesChecked = 0
    let eventsChecked = 0
    const seen = new Set<string>()
    let after = ''
    for (;;) {
      const cases = await this.repo.casesAfter(after, BATCH)
      if (cases.length === 0) break
      after = cases[cases.length - 1]!.id
      const events = await this.repo.eventsOf(cases.map((c) => c.id))
      const byCase = new Map<string, typeof events>()
      for (const e of events) {
        const list = byCase.get(e.case_id) ?? []
        list.push(e)
        byCase.set(e.case_id, list)
      }
      for (const c of cases) {
        seen.add(c.id)
        const rows = byCase.get(c.id) ?? []
        const list = rows.map((e) => ({
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
        const where = { caseId: c.id, caseNumber: c.number }
        for (const p of verifyChain(this.algorithm, list, { seq: c.event_count, hash: c.head_hash })) {
          const event = rows.find((e) => e.seq === p.seq)
          problems.push({
            ...where,
            seq: p.seq,
            ...(event ? { eventId: event.id } : {}),
            kind: problemKind(p.kind, event !== undefined),
            message: `case ${c.number} event ${p.seq}${event ? ` (${event.id})` : ''}: ${p.message}`,
          })
        }
        // the row's status is the last status the history moved it to (a denormalised copy);
        // a history already reported broken explains a difference
        const chainBroken = problems.some((p) => p.caseId === c.id)
        const lastStatus = list.findLast((e) => e.toStatus !== null)?.toStatus
        if (!chainBroken && lastStatus !== undefined && lastStatus !== c.status)
          problems.push({
            ...where,
            kind: 'case-row-edited',
            message: `case ${c.number}: the case row says ${c.status}, its history ${lastStatus}`,
          })
        const sealed = sealedHeads.get(c.id)
        const reported = problems.some(
          (p) => p.caseId === c.id && p.seq === sealed?.seq && p.kind !== 'case-row-edited',
        )
        if (sealed && !reported) {
          const at = rows.find((e) => e.seq === sealed.seq)
          if (!at)
            problems.push({
              ...where,
              seq: sealed.seq,
              kind: 'truncated',
              message: `case ${c.number}: the history no longer contains the sealed event ${sealed.seq}`,
            })
          else if (at.hash !== sealed.hash)
            problems.push({
              ...where,
              seq: sealed.seq,
              eventId: at.id,
              kind: 'event-edited',
              message: `case ${c.number} event ${sealed.seq} (${at.id}): differs from the sealed head`,
            })
        }
        // the case row says a seal holds its first `sealed_count` events: that seal must exist
        if (c.sealed_count > 0 && !unvouched.has(c.id) && (!sealed || sealed.seq < c.sealed_count))
          problems.push({
            ...where,
            seq: c.sealed_count,
            kind: 'unsealed',
            message: `case ${c.number}: no checkpoint holds event ${c.sealed_count}, which was sealed`,
          })
      }
      casesChecked += cases.length
      progress(`  ${casesChecked} cases checked`)
    }
    for (const [caseId, head] of sealedHeads) {
      if (!seen.has(caseId))
        problems.push({
          caseId,
          caseNumber: null,
          seq: head.seq,
          kind: 'case-deleted',
          message: `a sealed case is gone (sealed up to event ${head.seq})`,
        })
    }
    for (const caseId of await this.repo.caseIdsWithEvents()) {
      if (!seen.has(caseId) && !sealedHeads.has(caseId))
        problems.push({
          caseId,
          caseNumber: null,
          kind: 'case-deleted',
          message: 'events remain for a case that is gone',
        })
    }
    const checkpoints = (await this.repo.checkpoints()).length
    return { casesChecked, eventsChecked, checkpoints, problems }
  }

  /**
   * Checks every checkpoint against its seal and the chain of seals from the start; returns the
   * latest sealed head per case from the checkpoints that are intact, and the cases held by an
   * altered one (their seal cannot vouch for them: the altered checkpoint is the finding).
   */
  private async walkCheckpoints(problems: ChainReportProblem[]): Promise<SealedHeads> {
    const rows = (await this.repo.checkpoints()).sort((a, b) =>
      a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1,
    )
    const heads = new Map<string, { seq: number; hash: string }>()
    const unvouched = new Set<string>()
    for (const row of rows) {
      const list = JSON.parse(row.heads) as Array<[string, number, string]>
      const recomputed = sealCheckpoint(
        row.algorithm as HashAlgorithm,
        row.prev_seal,
        row.at,
        list.map(([caseId, seq, hash]) => ({ caseId, seq, hash })),
      )
      if (recomputed !== row.seal) {
        problems.push({
          caseId: null,
          kind: 'checkpoint-broken',
          message: `checkpoint of ${row.at} was altered (the ${list.length} chains it holds are not checked against it)`,
        })
        for (const [caseId] of list) unvouched.add(caseId)
        continue
      }
      for (const [caseId, seq, hash] of list)
        if ((heads.get(caseId)?.seq ?? 0) < seq) heads.set(caseId, { seq, hash })
    }
    // the seals form one chain from the start: a removed or re-sealed checkpoint breaks it
    const byPrev = new Map(rows.map((r) => [r.prev_seal, r]))
    const onChain = new Set<string>()
    for (let row = byPrev.get(GENESIS_HASH); row && !onChain.has(row.seal); row = byPrev.get(row.seal))
      onChain.add(row.seal)
    if (onChain.size !== rows.length)
      problems.push({
        caseId: null,
        kind: 'checkpoint-broken',
        message: `${rows.length - onChain.size} checkpoints are not on the chain (one was removed or altered)`,
      })
    // the seal written to the data directory must be a checkpoint and say what that checkpoint says
    const written = this.sealFile ? readSealFile(this.sealFile) : null
    const row = written ? rows.find((r) => r.seal === written.seal) : undefined
    if (written && !row)
      problems.push({
        caseId: null,
        kind: 'checkpoint-broken',
        message: `the seal of ${written.at} in ${SEAL_FILE} is not among the checkpoints (removed or rewritten)`,
      })
    else if (
      written &&
      row &&
      (row.at !== written.at || row.prev_seal !== written.prevSeal || row.head_count !== written.chains)
    )
      problems.push({
        caseId: null,
        kind: 'checkpoint-broken',
        message: `the seal in ${SEAL_FILE} and its checkpoint of ${row.at} disagree (time, previous seal or chains)`,
      })
    return { heads, unvouched }
  }
}

interface SealedHeads {
  /** the latest sealed head per case */
  heads: Map<string, { seq: number; hash: string }>
  /** cases held by an altered checkpoint */
  unvouched: Set<string>
}

/** A chain problem as reported: a head that differs from an event still there is the row's or the event's hash. */
function problemKind(kind: ChainProblem['kind'], eventExists: boolean): ChainReportProblem['kind'] {
  if (kind === 'gap') return 'event-missing'
  if (kind === 'hash-mismatch') return 'event-edited'
  return eventExists ? 'case-row-edited' : 'truncated'
}

/** Writes the latest seal atomically (a temporary file renamed over the old one). */
function writeSealFile(file: string, latest: LatestSeal): void {
  const tmp = `${file}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(latest, null, 2) + '\n')
  fs.renameSync(tmp, file)
}

function readSealFile(file: string): LatestSeal | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LatestSeal
  } catch {
    return null
  }
}

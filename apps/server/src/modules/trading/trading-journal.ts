import type { Principal } from '@yimin/shared'
import type { Executor } from '../../db/database'
import { isUniqueViolation } from '../../db/dialect'
import { toJson } from '../../db/convert'
import { AppError } from '../../platform/errors'
import { eventHash, type HashAlgorithm } from '../cases/event-chain'
import type { ProjectRow, TradingRepository } from './trading.repository'

/**
 * Each project's hash-chained history (the same hashing as cases' event chain, one chain per
 * project). Appending checks the project's event count (optimistic concurrency): a concurrent
 * change makes the loser fail with TRADING_CONCURRENT_CHANGE and its transaction roll back.
 */
export class TradingJournal {
  constructor(
    private readonly repo: TradingRepository,
    private readonly algorithm: HashAlgorithm,
  ) {}

  async append(
    tx: Executor,
    project: ProjectRow,
    actor: Principal | 'system',
    at: string,
    type: string,
    data: Record<string, unknown>,
    patch: Partial<ProjectRow> = {},
  ): Promise<ProjectRow> {
    const seq = Number(project.event_count) + 1
    const staff = actor !== 'system' && actor.kind === 'staff' ? actor : null
    const event = {
      project_id: project.id,
      seq,
      at,
      actor: staff ? staff.userId : 'system',
      actor_role: staff ? (staff.grants[0]?.role ?? null) : null,
      type,
      data: toJson(
        patch.status && patch.status !== project.status ? { ...data, status: patch.status } : data,
      ),
      prev_hash: project.head_hash,
      hash: '',
    }
    event.hash = eventHash(this.algorithm, event.prev_hash, {
      caseId: event.project_id,
      seq,
      at,
      actor: event.actor,
      actorRole: event.actor_role,
      actorDepartmentId: null,
      type,
      // statuses travel in `data` (the rows have no status columns); verification rehashes rows
      fromStatus: null,
      toStatus: null,
      reason: null,
      data: event.data,
    })
    try {
      await this.repo.insertEvent(event, tx)
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError('TRADING_CONCURRENT_CHANGE', 'the project changed meanwhile')
      throw err
    }
    const next = { ...patch, event_count: seq, head_hash: event.hash, updated_at: at }
    if (!(await this.repo.updateProject(project.id, Number(project.event_count), next, tx)))
      throw new AppError('TRADING_CONCURRENT_CHANGE', 'the project changed meanwhile')
    return { ...project, ...next }
  }
}

/** Recomputes a project's chain from its rows (the same shape the journal hashed). */
export function projectChain(
  events: ReadonlyArray<{
    project_id: string
    seq: number
    at: string
    actor: string
    actor_role: string | null
    type: string
    data: string
    prev_hash: string
    hash: string
  }>,
) {
  return events.map((e) => ({
    caseId: e.project_id,
    seq: Number(e.seq),
    at: e.at,
    actor: e.actor,
    actorRole: e.actor_role,
    actorDepartmentId: null,
    type: e.type,
    fromStatus: null,
    toStatus: null,
    reason: null,
    data: e.data,
    prevHash: e.prev_hash,
    hash: e.hash,
  }))
}

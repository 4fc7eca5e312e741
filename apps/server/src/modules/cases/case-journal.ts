import type { CaseNotice } from './case-notice'
import type { CaseAction, CaseStatus } from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { nextStatus } from './case-state'
import { eventHash, GENESIS_HASH, type HashAlgorithm } from './event-chain'
import type { CaseEventsRepository, CasePatch, CaseRow, CasesRepository } from './cases.repository'
import type {
  CaseApprovalsTable,
  CaseEventsTable,
  CaseFeesTable,
  CaseMaterialsTable,
  CaseTasksTable,
} from './cases.tables'

/** Who acts on a case, as the event records it (who, in which role, for which department). */
export interface CaseActor {
  label: string
  role: string | null
  departmentId: string | null
}

export interface CaseChange {
  /** the event type, e.g. `accepted`, `task.completed`, `fee.recorded` */
  type: string
  /** a status transition, checked against the state machine */
  action?: CaseAction
  patch?: CasePatch
  reason?: string | null
  data?: unknown
}

/**
 * What a case action wrote, exactly as stored: the case row after it, the events it appended
 * and the parts of the case it holds in full (every task, every material, …). The caller's
 * answer is built from it without reading these back.
 */
export interface CaseWritten {
  row: CaseRow
  events: CaseEventsTable[]
  tasks?: CaseTasksTable[]
  materials?: CaseMaterialsTable[]
  fees?: CaseFeesTable[]
  approvals?: CaseApprovalsTable[]
  /** the SMS notices the action put in the outbox (a bundle's notice goes out once per bundle) */
  notices?: CaseNotice[]
}

/**
 * Every change to a case goes through here: the state machine decides the new status, the
 * event is appended to the case's hash chain, and the case row (status, chain head) is updated
 * only if nobody changed it since it was read — all in the caller's transaction.
 */
export class CaseJournal {
  constructor(
    private readonly db: Db,
    private readonly cases: CasesRepository,
    private readonly events: CaseEventsRepository,
    private readonly clock: Clock,
    private readonly algorithm: HashAlgorithm,
  ) {}

  /** Inserts a new case (status already set) and its first event; returns both as written. */
  async open(
    tx: Executor,
    row: Omit<CaseRow, 'event_count' | 'head_hash' | 'sealed_count'>,
    actor: CaseActor,
    change: CaseChange,
  ): Promise<CaseWritten> {
    const fresh: CaseRow = { ...row, event_count: 0, head_hash: GENESIS_HASH, sealed_count: 0 }
    // the row goes in already at its first event (one insert, no update: nobody else can know it yet)
    const { event, patch } = this.nextEvent(fresh, actor, change, null)
    const opened: CaseRow = { ...fresh, ...patch }
    await this.cases.insert(opened, tx)
    await this.events.insert(event, tx)
    return { row: opened, events: [event] }
  }

  /**
   * Applies a change with its event; returns the case row and the event as written. Throws
   * CASE_INVALID_TRANSITION or CASE_CONCURRENT_CHANGE.
   */
  async record(tx: Executor, row: CaseRow, actor: CaseActor, change: CaseChange): Promise<CaseWritten> {
    return this.append(tx, row, actor, change, row.status as CaseStatus)
  }

  /**
   * Runs a case action in a transaction, retried when a concurrent change to the same case won
   * (the loser's transaction rolled back, nothing of it remains).
   */
  async transact<T>(fn: (tx: Executor) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction().execute(fn)
      } catch (err) {
        if (attempt < 4 && err instanceof AppError && err.code === 'CASE_CONCURRENT_CHANGE') continue
        throw err
      }
    }
  }

  private async append(
    tx: Executor,
    row: CaseRow,
    actor: CaseActor,
    change: CaseChange,
    from: CaseStatus | null,
  ): Promise<CaseWritten> {
    const { event, patch } = this.nextEvent(row, actor, change, from)
    await this.events.insert(event, tx)
    if (!(await this.cases.update(row.id, row.event_count, patch, tx))) {
      throw new AppError('CASE_CONCURRENT_CHANGE', 'the case changed meanwhile; try again')
    }
    return { row: { ...row, ...patch }, events: [event] }
  }

  /** The next event on the case's chain and the case patch that moves its head there (no I/O). */
  private nextEvent(
    row: CaseRow,
    actor: CaseActor,
    change: CaseChange,
    from: CaseStatus | null,
  ): { event: CaseEventsTable; patch: CasePatch } {
    let to = row.status as CaseStatus
    if (change.action) {
      const next = nextStatus(row.status as CaseStatus, change.action)
      if (!next)
        throw new AppError(
          'CASE_INVALID_TRANSITION',
          `cannot ${change.action} a case that is ${row.status}`,
          { status: row.status, action: change.action },
        )
      to = next
    }
    const at = this.clock.now().toISOString()
    const seq = row.event_count + 1
    const event = {
      caseId: row.id,
      seq,
      at,
      actor: actor.label,
      actorRole: actor.role,
      actorDepartmentId: actor.departmentId,
      type: change.type,
      fromStatus: from,
      toStatus: change.action || from === null ? to : null,
      reason: change.reason ?? null,
      data: JSON.stringify(change.data ?? {}),
    }
    const hash = eventHash(this.algorithm, row.head_hash, event)
    const written: CaseEventsTable = {
      id: newId(),
      case_id: row.id,
      seq,
      at,
      actor: event.actor,
      actor_role: event.actorRole,
      actor_department_id: event.actorDepartmentId,
      type: event.type,
      from_status: event.fromStatus,
      to_status: event.toStatus,
      reason: event.reason,
      data: event.data,
      prev_hash: row.head_hash,
      hash,
    }
    return {
      event: written,
      patch: { ...change.patch, status: to, event_count: seq, head_hash: hash, updated_at: at },
    }
  }
}

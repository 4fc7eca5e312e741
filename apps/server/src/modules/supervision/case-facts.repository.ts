import type { Executor } from '../../db/database'
import { localDate } from '../../platform/clock'
import {
  caseFactParts,
  caseFactRows,
  casesInStatuses,
  casesWithSweepFacts,
  type CaseFactsFilter,
} from '../cases/case-facts.queries'
import { OPEN_STATUSES, PAUSED_STATUSES } from '../cases/case-lights.queries'
import type { CaseFacts } from './rules/rule'

/** The case statuses the sweep reads (the cases module's; re-exported for the sweep's readers). */
export { OPEN_STATUSES, PAUSED_STATUSES }
const CHUNK = 2000

type MutableFacts = CaseFacts & {
  pauses: CaseFacts['pauses'][number][]
  tasks: CaseFacts['tasks'][number][]
  deferredMaterials: CaseFacts['deferredMaterials'][number][]
  fees: CaseFacts['fees'][number][]
  extensions: CaseFacts['extensions'][number][]
}

/**
 * Reads the facts the anomaly rules and the paused lights look at, for a set of cases chosen by
 * status or by recent completion, in a few set-wise queries (never one query per case).
 */
export class CaseFactsRepository {
  constructor(private readonly timeZone: string) {}

  /**
   * The open cases in which some rule can find something today (the sweep reads only these, not
   * every open case): a running deadline past (the stored earliest one, migration 0013: intake,
   * case and task overdue), a stopped clock (paused lights, special procedures), repeated
   * corrections, a deferred material past its day, a special procedure with a maximum, a fee off
   * the catalog, an extension request, and an alert still in hand (so that it is judged again).
   * Completed-too-fast looks at completed cases only (the recent ones are loaded on their own).
   */
  async sweepCandidates(tx: Executor, today: string): Promise<string[]> {
    const [withFacts, withAlerts] = await Promise.all([
      casesWithSweepFacts(tx, today),
      tx
        .selectFrom('supervision_alerts as s')
        .innerJoin(casesInStatuses(tx, OPEN_STATUSES).as('c'), 'c.id', 's.case_id')
        .select('c.id')
        .where('s.status', 'in', ['open', 'acknowledged', 'answered'])
        .execute(),
    ])
    return [...new Set([...withFacts, ...withAlerts.map((r) => r.id)])]
  }

  async load(
    tx: Executor,
    filter: { statuses: readonly string[] } | { completedSince: string } | { ids: readonly string[] },
  ): Promise<CaseFacts[]> {
    if ('ids' in filter) {
      const out: CaseFacts[] = []
      for (let i = 0; i < filter.ids.length; i += CHUNK)
        out.push(...(await this.loadSome(tx, filter.ids.slice(i, i + CHUNK))))
      return out
    }
    return this.loadSome(tx, filter)
  }

  private async loadSome(tx: Executor, filter: CaseFactsFilter): Promise<CaseFacts[]> {
    const rows = await caseFactRows(tx, filter)
    const byId = new Map<string, MutableFacts>()
    for (const r of rows) {
      byId.set(r.id, {
        id: r.id,
        number: r.number,
        departmentId: r.department_id,
        windowId: r.window_id,
        status: r.status,
        matterType: r.type,
        acceptedOn: r.accepted_on,
        intakeDueOn: r.intake_due_on,
        promisedDays: Number(r.promised_limit_days),
        extensionDays: Number(r.extension_days),
        correctionCount: Number(r.correction_count),
        receivedAt: r.received_at,
        completedAt: r.completed_at,
        completedOn: r.completed_on,
        pauses: [],
        tasks: [],
        deferredMaterials: [],
        fees: [],
        extensions: [],
      })
    }
    const ids = [...byId.keys()]
    for (let i = 0; i < ids.length; i += CHUNK) await this.loadParts(tx, ids.slice(i, i + CHUNK), byId)
    return [...byId.values()]
  }

  private async loadParts(tx: Executor, ids: string[], byId: Map<string, MutableFacts>): Promise<void> {
    const of = (caseId: string) => byId.get(caseId)
    const parts = await caseFactParts(tx, ids)
    for (const p of parts.pauses)
      of(p.case_id)?.pauses.push({
        id: p.id,
        kind: p.kind,
        procedure: p.procedure,
        maxDays: p.max_days === null ? null : Number(p.max_days),
        from: p.from_on,
        to: p.to_on,
      })
    for (const t of parts.tasks)
      of(t.case_id)?.tasks.push({
        id: t.id,
        holderDepartmentId: t.holder_department_id,
        status: t.status,
        limitDays: Number(t.limit_days),
      })
    for (const m of parts.deferredMaterials)
      of(m.case_id)?.deferredMaterials.push({
        id: m.id,
        position: Number(m.position),
        status: m.status,
        supplyDueOn: m.supply_due_on,
      })
    for (const f of parts.fees)
      of(f.case_id)?.fees.push({
        id: f.id,
        name: f.name,
        amount: Number(f.amount),
        catalogAmount: f.catalog_amount === null ? null : Number(f.catalog_amount),
      })
    for (const a of parts.extensions)
      of(a.case_id)?.extensions.push({
        id: a.id,
        days: Number(a.days),
        status: a.status,
        requestedOn: localDate(new Date(a.requested_at), this.timeZone),
      })
  }
}

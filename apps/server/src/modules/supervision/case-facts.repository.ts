import type { Executor } from '../../db/database'
import { localDate } from '../../platform/clock'
import type { CaseFacts } from './rules/rule'

export const OPEN_STATUSES = ['received', 'correction_requested', 'in_progress', 'supplement_requested', 'special_procedure'] as const
export const PAUSED_STATUSES = ['supplement_requested', 'special_procedure'] as const
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

  async load(tx: Executor, filter: { statuses: readonly string[] } | { completedSince: string }): Promise<CaseFacts[]> {
    let q = tx
      .selectFrom('cases as c')
      .innerJoin('matter_versions as mv', 'mv.id', 'c.matter_version_id')
      .select([
        'c.id',
        'c.number',
        'c.department_id',
        'c.window_id',
        'c.status',
        'c.accepted_on',
        'c.intake_due_on',
        'c.extension_days',
        'c.correction_count',
        'c.received_at',
        'c.completed_at',
        'c.completed_on',
        'mv.type',
        'mv.promised_limit_days',
      ])
    q = 'statuses' in filter ? q.where('c.status', 'in', [...filter.statuses]) : q.where('c.completed_on', '>=', filter.completedSince)
    const rows = await q.execute()
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
    const [pauses, tasks, materials, fees, approvals] = await Promise.all([
      tx.selectFrom('case_pauses').select(['id', 'case_id', 'kind', 'procedure', 'max_days', 'from_on', 'to_on']).where('case_id', 'in', ids).orderBy('started_at').execute(),
      tx.selectFrom('case_tasks').select(['id', 'case_id', 'holder_department_id', 'status', 'limit_days']).where('case_id', 'in', ids).execute(),
      tx.selectFrom('case_materials').select(['id', 'case_id', 'position', 'status', 'supply_due_on']).where('case_id', 'in', ids).where('status', '=', 'deferred').execute(),
      tx.selectFrom('case_fees').select(['id', 'case_id', 'name', 'amount', 'catalog_amount']).where('case_id', 'in', ids).execute(),
      tx.selectFrom('case_approvals').select(['id', 'case_id', 'days', 'status', 'requested_at']).where('case_id', 'in', ids).where('kind', '=', 'extension').execute(),
    ])
    for (const p of pauses) of(p.case_id)?.pauses.push({ id: p.id, kind: p.kind, procedure: p.procedure, maxDays: p.max_days === null ? null : Number(p.max_days), from: p.from_on, to: p.to_on })
    for (const t of tasks) of(t.case_id)?.tasks.push({ id: t.id, holderDepartmentId: t.holder_department_id, status: t.status, limitDays: Number(t.limit_days) })
    for (const m of materials) of(m.case_id)?.deferredMaterials.push({ id: m.id, position: Number(m.position), status: m.status, supplyDueOn: m.supply_due_on })
    for (const f of fees) of(f.case_id)?.fees.push({ id: f.id, name: f.name, amount: Number(f.amount), catalogAmount: f.catalog_amount === null ? null : Number(f.catalog_amount) })
    for (const a of approvals) of(a.case_id)?.extensions.push({ id: a.id, days: Number(a.days), status: a.status, requestedOn: localDate(new Date(a.requested_at), this.timeZone) })
  }
}

import { sql } from 'kysely'
import type { Executor } from '../../db/database'
import { localDate } from '../../platform/clock'
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
    const open = [...OPEN_STATUSES]
    const lists = await Promise.all([
      tx.selectFrom('cases').select('id').where(sql.ref('light_due_on'), '<', today).execute(),
      tx
        .selectFrom('cases')
        .select('id')
        .where('status', 'in', [...PAUSED_STATUSES])
        .execute(),
      // literal 2: the partial index of migration 0013 is chosen only for the very same term
      tx
        .selectFrom('cases')
        .select('id')
        .where('correction_count', '>=', sql.lit(2))
        .where('status', 'in', open)
        .execute(),
      tx
        .selectFrom('case_materials as m')
        .innerJoin('cases as c', 'c.id', 'm.case_id')
        .select('c.id')
        .where('m.status', '=', 'deferred')
        .where('m.supply_due_on', '<', today)
        .where('c.status', 'in', open)
        .execute(),
      tx
        .selectFrom('case_pauses as p')
        .innerJoin('cases as c', 'c.id', 'p.case_id')
        .select('c.id')
        .where('p.kind', '=', 'special_procedure')
        .where('p.max_days', 'is not', null)
        .where('c.status', 'in', open)
        .execute(),
      tx
        .selectFrom('cases as c')
        .innerJoin('case_fees as f', 'f.case_id', 'c.id')
        .select('c.id')
        .where('c.status', 'in', open)
        .where((eb) =>
          eb.or([
            eb.and([eb('f.catalog_amount', 'is', null), eb('f.amount', '<>', 0)]),
            eb.and([
              eb('f.catalog_amount', 'is not', null),
              eb('f.amount', '<>', eb.ref('f.catalog_amount')),
            ]),
          ]),
        )
        .execute(),
      tx
        .selectFrom('case_approvals as a')
        .innerJoin('cases as c', 'c.id', 'a.case_id')
        .select('c.id')
        .where('a.kind', '=', 'extension')
        .where('c.status', 'in', open)
        .execute(),
      tx
        .selectFrom('supervision_alerts as s')
        .innerJoin('cases as c', 'c.id', 's.case_id')
        .select('c.id')
        .where('s.status', 'in', ['open', 'acknowledged', 'answered'])
        .where('c.status', 'in', open)
        .execute(),
    ])
    return [...new Set(lists.flatMap((rows) => rows.map((r) => r.id)))]
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

  private async loadSome(
    tx: Executor,
    filter: { statuses: readonly string[] } | { completedSince: string } | readonly string[],
  ): Promise<CaseFacts[]> {
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
    if (isIdList(filter)) q = q.where('c.id', 'in', [...filter])
    else
      q =
        'statuses' in filter
          ? q.where('c.status', 'in', [...filter.statuses])
          : q.where('c.completed_on', '>=', filter.completedSince)
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
      tx
        .selectFrom('case_pauses')
        .select(['id', 'case_id', 'kind', 'procedure', 'max_days', 'from_on', 'to_on'])
        .where('case_id', 'in', ids)
        .orderBy('started_at')
        .execute(),
      tx
        .selectFrom('case_tasks')
        .select(['id', 'case_id', 'holder_department_id', 'status', 'limit_days'])
        .where('case_id', 'in', ids)
        .execute(),
      tx
        .selectFrom('case_materials')
        .select(['id', 'case_id', 'position', 'status', 'supply_due_on'])
        .where('case_id', 'in', ids)
        .where('status', '=', 'deferred')
        .execute(),
      tx
        .selectFrom('case_fees')
        .select(['id', 'case_id', 'name', 'amount', 'catalog_amount'])
        .where('case_id', 'in', ids)
        .execute(),
      tx
        .selectFrom('case_approvals')
        .select(['id', 'case_id', 'days', 'status', 'requested_at'])
        .where('case_id', 'in', ids)
        .where('kind', '=', 'extension')
        .execute(),
    ])
    for (const p of pauses)
      of(p.case_id)?.pauses.push({
        id: p.id,
        kind: p.kind,
        procedure: p.procedure,
        maxDays: p.max_days === null ? null : Number(p.max_days),
        from: p.from_on,
        to: p.to_on,
      })
    for (const t of tasks)
      of(t.case_id)?.tasks.push({
        id: t.id,
        holderDepartmentId: t.holder_department_id,
        status: t.status,
        limitDays: Number(t.limit_days),
      })
    for (const m of materials)
      of(m.case_id)?.deferredMaterials.push({
        id: m.id,
        position: Number(m.position),
        status: m.status,
        supplyDueOn: m.supply_due_on,
      })
    for (const f of fees)
      of(f.case_id)?.fees.push({
        id: f.id,
        name: f.name,
        amount: Number(f.amount),
        catalogAmount: f.catalog_amount === null ? null : Number(f.catalog_amount),
      })
    for (const a of approvals)
      of(a.case_id)?.extensions.push({
        id: a.id,
        days: Number(a.days),
        status: a.status,
        requestedOn: localDate(new Date(a.requested_at), this.timeZone),
      })
  }
}

const isIdList = (
  f: { statuses: readonly string[] } | { completedSince: string } | readonly string[],
): f is readonly string[] => Array.isArray(f)

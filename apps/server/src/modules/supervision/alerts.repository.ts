import type { LocalizedText } from '@yimin/shared'
import { localizedFromColumns } from '../../db/localized'
import type { Executor } from '../../db/database'
import { departmentStaffPhones, staffNamesOf } from '../auth/auth.queries'
import { findDepartmentRefs } from '../org/departments.queries'
import { windowWithDepartment } from '../org/windows.queries'
import type {
  SupervisionActionsTable,
  SupervisionAlertsTable,
  SupervisionCardsTable,
} from './supervision.tables'

export type AlertRow = SupervisionAlertsTable
export type CardRow = SupervisionCardsTable
export type Scope = 'all' | string[]
/** The alerts the trading center raises (trading/trading-alerts.ts): their case is a project. */
export const TRADING_SUBJECT_KINDS = ['trading_announcement', 'trading_lot', 'trading_dispute'] as const
const INSERT_BATCH = 400
/** the statuses of an alert still in hand */
export const UNRESOLVED = ['open', 'acknowledged', 'answered'] as const

/** All SQL of alerts, cards and their history. */
export class AlertsRepository {
  constructor(private readonly db: Executor) {}

  /** Inserts alerts that do not exist yet (by key); returns the ones this call created. */
  async insertNew(
    rows: AlertRow[],
    tx: Executor,
  ): Promise<
    Array<Pick<AlertRow, 'id' | 'key' | 'code' | 'severity' | 'case_id' | 'case_number' | 'department_id'>>
  > {
    const created: Array<
      Pick<AlertRow, 'id' | 'key' | 'code' | 'severity' | 'case_id' | 'case_number' | 'department_id'>
    > = []
    // the same order in every instance: concurrent sweeps wait on each other's keys, never deadlock
    const sorted = [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    for (let i = 0; i < sorted.length; i += INSERT_BATCH) {
      const batch = sorted.slice(i, i + INSERT_BATCH)
      const r = await tx
        .insertInto('supervision_alerts')
        .values(batch)
        .onConflict((oc) => oc.column('key').doNothing())
        .returning(['id', 'key', 'code', 'severity', 'case_id', 'case_number', 'department_id'])
        .execute()
      created.push(...r)
    }
    return created
  }

  /** Keys that exist among these (the sweep skips inserting what is known). */
  async existingKeys(keys: string[], tx: Executor = this.db): Promise<Set<string>> {
    const found = new Set<string>()
    for (let i = 0; i < keys.length; i += 2000) {
      const rows = await tx
        .selectFrom('supervision_alerts')
        .select('key')
        .where('key', 'in', keys.slice(i, i + 2000))
        .execute()
      for (const r of rows) found.add(r.key)
    }
    return found
  }

  async find(id: string, tx: Executor = this.db): Promise<AlertRow | undefined> {
    return tx.selectFrom('supervision_alerts').selectAll().where('id', '=', id).executeTakeFirst()
  }

  /** The alerts with these ids (the ones cards were issued on), by id. */
  async findMany(ids: string[], tx: Executor = this.db): Promise<Map<string, AlertRow>> {
    if (ids.length === 0) return new Map()
    const rows = await tx.selectFrom('supervision_alerts').selectAll().where('id', 'in', ids).execute()
    return new Map(rows.map((r) => [r.id, r]))
  }

  /**
   * `scope`: the departments whose alerts are listed; `tradingScope`: the departments whose
   * trading alerts are listed besides (a trading supervisor's).
   */
  async list(
    filter: {
      scope: Scope
      tradingScope?: Scope
      status?: string
      code?: string
      departmentId?: string
      caseId?: string
      offset: number
      limit: number
    },
    tx: Executor = this.db,
  ) {
    let q = tx.selectFrom('supervision_alerts')
    const { scope, tradingScope } = filter
    const inScope = (s: string[]) => (s.length ? s : ['-'])
    if (scope !== 'all' && tradingScope === 'all')
      q = q.where((eb) =>
        eb.or([eb('department_id', 'in', inScope(scope)), eb('subject_kind', 'in', TRADING_SUBJECT_KINDS)]),
      )
    else if (scope !== 'all' && tradingScope?.length)
      q = q.where((eb) =>
        eb.or([
          eb('department_id', 'in', inScope(scope)),
          eb.and([eb('department_id', 'in', tradingScope), eb('subject_kind', 'in', TRADING_SUBJECT_KINDS)]),
        ]),
      )
    else if (scope !== 'all') q = q.where('department_id', 'in', inScope(scope))
    if (filter.status) q = q.where('status', '=', filter.status as AlertRow['status'])
    if (filter.code) q = q.where('code', '=', filter.code)
    if (filter.departmentId) q = q.where('department_id', '=', filter.departmentId)
    if (filter.caseId) q = q.where('case_id', '=', filter.caseId)
    const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()
    const rows = await q
      .selectAll()
      .orderBy('raised_at', 'desc')
      .orderBy('id', 'desc')
      .offset(filter.offset)
      .limit(filter.limit)
      .execute()
    return { total: Number(total?.n ?? 0), rows }
  }

  /** Moves an alert from one status to the next; false when someone else moved it first. */
  async transition(
    id: string,
    from: AlertRow['status'][],
    patch: Partial<AlertRow>,
    tx: Executor,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('supervision_alerts')
      .set(patch)
      .where('id', '=', id)
      .where('status', 'in', from)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /** Alerts still in hand (not closed, not resolved) of these rules: what the sweep may resolve. */
  async unresolved(
    codes: string[],
    tx: Executor = this.db,
  ): Promise<
    Array<Pick<AlertRow, 'id' | 'code' | 'case_id' | 'department_id' | 'subject_kind' | 'subject_id'>>
  > {
    if (codes.length === 0) return []
    return tx
      .selectFrom('supervision_alerts')
      .select(['id', 'code', 'case_id', 'department_id', 'subject_kind', 'subject_id'])
      .where('status', 'in', [...UNRESOLVED])
      .where('code', 'in', codes)
      .orderBy('id')
      .execute()
  }

  /** Marks an alert resolved unless someone (another sweep, a supervisor) settled it first. */
  async resolve(id: string, at: string, reason: string, tx: Executor): Promise<boolean> {
    const r = await tx
      .updateTable('supervision_alerts')
      .set({ status: 'resolved', resolved_at: at, resolved_reason: reason })
      .where('id', '=', id)
      .where('status', 'in', [...UNRESOLVED])
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async insertAction(row: SupervisionActionsTable, tx: Executor): Promise<void> {
    await tx.insertInto('supervision_actions').values(row).execute()
  }

  async actions(
    ids: { alertIds?: string[]; cardIds?: string[] },
    tx: Executor = this.db,
  ): Promise<SupervisionActionsTable[]> {
    const out: SupervisionActionsTable[] = []
    if (ids.alertIds?.length)
      out.push(
        ...(await tx
          .selectFrom('supervision_actions')
          .selectAll()
          .where('alert_id', 'in', ids.alertIds)
          .orderBy('at')
          .orderBy('id')
          .execute()),
      )
    if (ids.cardIds?.length)
      out.push(
        ...(await tx
          .selectFrom('supervision_actions')
          .selectAll()
          .where('card_id', 'in', ids.cardIds)
          .orderBy('at')
          .orderBy('id')
          .execute()),
      )
    return out
  }

  async insertCard(row: CardRow, tx: Executor): Promise<void> {
    await tx.insertInto('supervision_cards').values(row).execute()
  }

  async findCard(id: string, tx: Executor = this.db): Promise<CardRow | undefined> {
    return tx.selectFrom('supervision_cards').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async answerCard(
    id: string,
    patch: Pick<CardRow, 'status' | 'answer' | 'answered_by' | 'answered_at'>,
    tx: Executor,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('supervision_cards')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', 'issued')
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /** Closes an answered card; false when it is not (or no longer) answered. */
  async closeCard(
    id: string,
    patch: Pick<CardRow, 'closed_by' | 'closed_at' | 'close_reason'>,
    tx: Executor,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('supervision_cards')
      .set({ ...patch, status: 'closed' })
      .where('id', '=', id)
      .where('status', '=', 'answered')
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async listCards(
    filter: { scope: Scope; departmentId?: string; status?: string; caseId?: string },
    tx: Executor = this.db,
  ): Promise<CardRow[]> {
    let q = tx.selectFrom('supervision_cards').selectAll()
    if (filter.scope !== 'all') q = q.where('department_id', 'in', filter.scope.length ? filter.scope : ['-'])
    if (filter.departmentId) q = q.where('department_id', '=', filter.departmentId)
    if (filter.status) q = q.where('status', '=', filter.status as CardRow['status'])
    if (filter.caseId) q = q.where('case_id', '=', filter.caseId)
    return q.orderBy('issued_at', 'desc').limit(500).execute()
  }

  async departmentNames(
    ids: string[],
    tx: Executor = this.db,
  ): Promise<Map<string, { name: LocalizedText; code: string; phone: string | null }>> {
    const rows = await findDepartmentRefs(tx, ids)
    return new Map(
      rows.map((r) => [r.id, { name: localizedFromColumns(r, 'name'), code: r.code, phone: r.phone }]),
    )
  }

  /** Display names of staff members by user id (the actors of alert and card steps). */
  async staffNames(userIds: string[], tx: Executor = this.db): Promise<Map<string, string>> {
    const rows = await staffNamesOf(tx, [...new Set(userIds)])
    return new Map(rows.map((r) => [r.id, r.display_name]))
  }

  async window(id: string, tx: Executor = this.db) {
    return windowWithDepartment(tx, id)
  }

  /**
   * Mobile numbers of the active staff who hold a role in one of these departments (a grant scoped
   * to it, not an all-departments grant): who the supervision sweep texts about new alerts.
   */
  async staffPhones(departmentIds: string[], tx: Executor = this.db): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>()
    for (const r of await departmentStaffPhones(tx, departmentIds))
      result.set(r.department_id, [...(result.get(r.department_id) ?? []), r.phone])
    return result
  }
}

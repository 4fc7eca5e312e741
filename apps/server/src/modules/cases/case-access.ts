import type { CaseAction, CaseStatus, Permission, Principal } from '@yimin/shared'
import { rolePermissions } from '@yimin/shared'
import { allowedActions } from './case-state'
import { AppError } from '../../platform/errors'
import type { CaseActor } from './case-journal'
import type { MatterDocument } from '@yimin/shared'
import type { Executor } from '../../db/database'
import type { WorkingCalendar } from '../calendar/working-days'
import type { CaseRow } from './cases.repository'
import type { CaseTasksTable } from './cases.tables'

/**
 * Who may see and act on a case. Staff reach the cases of their departments: the implementing
 * department, departments holding one of its tasks, and for a bundle's case the bundle window
 * (the bundle's lead department) for intake. Anyone else gets "not found" (404), so
 * the existence of another department's case is not revealed.
 */
export function staffOf(principal: Principal): Extract<Principal, { kind: 'staff' }> {
  if (principal.kind === 'staff') return principal
  if (principal.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', 'sign in first')
  throw new AppError('CASE_NOT_FOUND', 'no such case')
}

/** The grant (role and department) that allows `permission` in one of `departmentIds`, if any. */
export function grantFor(
  principal: Principal,
  permission: Permission,
  departmentIds: readonly string[],
): { role: string; departmentId: string | null } | null {
  if (principal.kind !== 'staff') return null
  for (const g of principal.grants) {
    if (!rolePermissions[g.role].includes(permission)) continue
    if (g.departmentId === null) return { role: g.role, departmentId: departmentIds[0] ?? null }
    if (departmentIds.includes(g.departmentId)) return { role: g.role, departmentId: g.departmentId }
  }
  return null
}

/**
 * The departments whose clerks take the case in (受理, 补正, 不予受理, 送达): its own, and for a
 * case of a bundle (一件事) the bundle's lead department too — the bundle window takes in every
 * case of the bundle, whichever department it belongs to.
 */
export function intakeDepartments(row: Pick<CaseRow, 'department_id' | 'intake_department_id'>): string[] {
  return row.intake_department_id && row.intake_department_id !== row.department_id
    ? [row.department_id, row.intake_department_id]
    : [row.department_id]
}

/** Every department that may read the case: its own, its tasks' (own and holders), the bundle window's. */
export function readDepartments(
  row: Pick<CaseRow, 'department_id' | 'intake_department_id'>,
  tasks: readonly Pick<CaseTasksTable, 'department_id' | 'holder_department_id'>[],
): string[] {
  return [...intakeDepartments(row), ...tasks.flatMap((t) => [t.department_id, t.holder_department_id])]
}

/** The departments a case concerns. */
export function caseDepartments(row: CaseRow, taskDepartments: readonly string[]): string[] {
  return [...new Set([row.department_id, ...taskDepartments])]
}

/**
 * Checks that the principal may do `permission` on this case and returns the actor to record.
 * A staff member who cannot even read the case gets CASE_NOT_FOUND; one who can read it but
 * not act gets FORBIDDEN.
 */
export function authorize(
  principal: Principal,
  permission: Permission,
  departments: readonly string[],
  readDepartments: readonly string[] = departments,
): CaseActor {
  const staff = staffOf(principal)
  const grant = grantFor(staff, permission, departments)
  if (grant) return { label: `staff:${staff.userId}`, role: grant.role, departmentId: grant.departmentId }
  if (grantFor(staff, 'case.read', readDepartments))
    throw new AppError('FORBIDDEN', `missing permission ${permission} for this case`)
  throw new AppError('CASE_NOT_FOUND', 'no such case')
}

/** What a case action gets: the transaction, the case as read in it, the actor, the matter. */
export interface CaseActorWith {
  tx: Executor
  row: CaseRow
  actor: CaseActor
  doc: MatterDocument
  tasks: CaseTasksTable[]
  task: (id: string) => CaseTasksTable
  /** the working-day calendar, read before the transaction */
  cal: WorkingCalendar
  /** every department the case concerns (implementing, tasks' own and current holders) */
  departments: string[]
}

/** The permission each case action needs, as the services check it. */
export const actionPermission: Record<CaseAction, Permission> = {
  request_correction: 'case.intake',
  resubmit: 'case.intake',
  accept: 'case.intake',
  refuse: 'case.intake',
  withdraw: 'case.intake',
  deliver: 'case.intake',
  request_supplement: 'case.handle',
  supply: 'case.handle',
  start_special_procedure: 'case.handle',
  end_special_procedure: 'case.handle',
  complete: 'case.approve',
  revoke: 'case.approve',
}

/**
 * The actions this principal may take on the case now: allowed by its status, by the caller's
 * role in the right department (the implementing one for intake and decisions, any department
 * the case concerns for department work), and not refused for an open task (办结 waits for all).
 */
export function allowedActionsFor(
  principal: Principal,
  row: Pick<CaseRow, 'status' | 'department_id' | 'intake_department_id'>,
  tasks: readonly Pick<CaseTasksTable, 'status' | 'department_id' | 'holder_department_id'>[],
): CaseAction[] {
  if (principal.kind !== 'staff') return []
  const departments = [row.department_id, ...tasks.flatMap((t) => [t.department_id, t.holder_department_id])]
  const scopeOf = (permission: Permission) =>
    permission === 'case.handle'
      ? departments
      : permission === 'case.intake'
        ? intakeDepartments(row)
        : [row.department_id]
  return allowedActions(row.status as CaseStatus).filter((a) => {
    const permission = actionPermission[a]
    if (!grantFor(principal, permission, scopeOf(permission))) return false
    if (a === 'complete' && tasks.some((t) => t.status === 'open')) return false
    return true
  })
}

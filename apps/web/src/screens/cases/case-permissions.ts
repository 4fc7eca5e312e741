import { rolePermissions, type CaseAction, type Permission, type RoleGrant } from '@yimin/shared'

/** Which permission each case action needs (the server checks it again, with the department). */
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

/** Whether the grants hold a permission for the department (a null grant covers all). */
export function canDo(grants: readonly RoleGrant[], permission: Permission, departmentIds: readonly string[]): boolean {
  return grants.some((g) => rolePermissions[g.role].includes(permission) && (g.departmentId === null || departmentIds.includes(g.departmentId)))
}

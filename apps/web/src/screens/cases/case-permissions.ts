import { rolePermissions, type Permission, type RoleGrant } from '@yimin/shared'

/** Whether the grants hold a permission for the department (a null grant covers all). */
export function canDo(
  grants: readonly RoleGrant[],
  permission: Permission,
  departmentIds: readonly string[],
): boolean {
  return grants.some(
    (g) =>
      rolePermissions[g.role].includes(permission) &&
      (g.departmentId === null || departmentIds.includes(g.departmentId)),
  )
}

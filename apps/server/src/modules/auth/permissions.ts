import { rolePermissions, type Permission, type Principal, type RoleGrant } from '@yimin/shared'
import { AppError } from '../../platform/errors'

/**
 * Permission checks, used by services. A staff member has a permission for a department when
 * one of their grants carries it and is scoped to that department or to all (null).
 */
export function can(
  principal: Principal,
  permission: Permission,
  scope: { departmentId?: string | null } = {},
): boolean {
  if (principal.kind !== 'staff') return false
  return principal.grants.some((g) => grantAllows(g, permission, scope.departmentId))
}

function grantAllows(
  grant: RoleGrant,
  permission: Permission,
  departmentId: string | null | undefined,
): boolean {
  if (!rolePermissions[grant.role].includes(permission)) return false
  if (grant.departmentId === null) return true
  return departmentId !== undefined && departmentId !== null && grant.departmentId === departmentId
}

/** true when the principal holds the permission in at least one department (or all). */
export function canSomewhere(principal: Principal, permission: Permission): boolean {
  return (
    principal.kind === 'staff' && principal.grants.some((g) => rolePermissions[g.role].includes(permission))
  )
}

/** Departments a principal may act on with a permission: 'all', or a list (maybe empty). */
export function departmentsFor(principal: Principal, permission: Permission): 'all' | string[] {
  if (principal.kind !== 'staff') return []
  const grants = principal.grants.filter((g) => rolePermissions[g.role].includes(permission))
  if (grants.some((g) => g.departmentId === null)) return 'all'
  return [...new Set(grants.map((g) => g.departmentId).filter((d): d is string => d !== null))]
}

export function assertCan(
  principal: Principal,
  permission: Permission,
  scope: { departmentId?: string | null } = {},
): void {
  if (principal.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', 'sign in first')
  if (!can(principal, permission, scope)) throw new AppError('FORBIDDEN', `missing permission ${permission}`)
}

export function permissionsOf(grants: RoleGrant[]): Permission[] {
  return [...new Set(grants.flatMap((g) => rolePermissions[g.role]))]
}

export function requireStaff(principal: Principal): Extract<Principal, { kind: 'staff' }> {
  if (principal.kind === 'staff') return principal
  if (principal.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', 'sign in first')
  throw new AppError('FORBIDDEN', 'staff only')
}

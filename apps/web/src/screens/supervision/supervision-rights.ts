import { rolePermissions, type Permission } from '@yimin/shared'
import type { StaffMe } from '../../api/auth'

/** Whether any of the member's grants carries the permission (the server checks departments). */
export const canDo = (me: StaffMe, permission: Permission) =>
  me.grants.some((g) => (rolePermissions[g.role] as readonly string[]).includes(permission))

/** Staff roles (PRODUCT.md §1). A grant scopes a role to one department or (null) to all. */
export const roles = ['admin', 'clerk', 'handler', 'reviewer', 'approver', 'supervisor'] as const
export type Role = (typeof roles)[number]

export interface RoleGrant {
  role: Role
  /** null = every department */
  departmentId: string | null
}

/**
 * Permissions are `resource.action` strings. Services check them; routes never decide alone.
 * Later domains add their permissions here, in one list, so the admin console can show them.
 */
export const permissions = [
  'user.read',
  'user.manage',
  'device.read',
  'device.manage',
  'job.read',
  'sms.read',
  'sms.virtual-phone',
  'system.backup',
  'realtime.staff',
  'catalog.read',
  'catalog.manage',
  'calendar.manage',
  'org.manage',
  /** see cases of the department (and record who read personal data) */
  'case.read',
  /** one-window intake: receive, correction notice, accept, refuse, fees, handover */
  'case.intake',
  /** department work: tasks, supplements, routing, requests for extension or special procedure */
  'case.handle',
  /** decide a case (办结 准予/不予) and approve extensions and special procedures */
  'case.approve',
] as const
export type Permission = (typeof permissions)[number]

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: ['user.read', 'user.manage', 'device.read', 'device.manage', 'job.read', 'sms.read', 'sms.virtual-phone', 'system.backup', 'realtime.staff', 'calendar.manage', 'org.manage', 'catalog.read', 'catalog.manage'],
  clerk: ['realtime.staff', 'catalog.read', 'case.read', 'case.intake'],
  handler: ['realtime.staff', 'catalog.read', 'case.read', 'case.handle'],
  reviewer: ['realtime.staff', 'catalog.read', 'case.read', 'case.handle'],
  approver: ['realtime.staff', 'catalog.read', 'case.read', 'case.handle', 'case.approve'],
  supervisor: ['user.read', 'device.read', 'job.read', 'sms.read', 'realtime.staff', 'case.read', 'catalog.read'],
}

/** Device kinds (PRODUCT.md §1: they run unattended, each with its own credential). */
export const deviceKinds = ['kiosk', 'hall_display', 'window_display', 'rating_pad'] as const
export type DeviceKind = (typeof deviceKinds)[number]

import type { Principal } from '@yimin/shared'
import type { Db } from '../../db/database'

/** What the history reads of the demo center before it starts: staff, windows, devices, matters. */
export interface DemoSetup {
  /** queue categories with the windows that serve them */
  categories: Array<{ id: string; code: string; windowIds: string[] }>
  windows: Array<{ id: string; number: number; clerkUserId: string | null; padDeviceId: string | null }>
  /** published matter codes (in code order) */
  matterCodes: string[]
  /** users by role, with their department (null = center-wide) */
  roles: Array<{
    userId: string
    username: string
    displayName: string
    role: string
    departmentId: string | null
  }>
  kioskDeviceId: string | null
}

export async function readDemoSetup(db: Db): Promise<DemoSetup> {
  const categories = await db
    .selectFrom('queue_categories')
    .select(['id', 'code'])
    .where('is_active', '=', 1)
    .orderBy('sort_order')
    .orderBy('code')
    .execute()
  const links = await db
    .selectFrom('window_categories')
    .innerJoin('hall_windows', 'hall_windows.id', 'window_categories.window_id')
    .select(['window_categories.window_id', 'window_categories.category_id', 'hall_windows.number'])
    .where('hall_windows.is_active', '=', 1)
    .orderBy('hall_windows.number')
    .execute()
  const windows = await db
    .selectFrom('hall_windows')
    .select(['id', 'number'])
    .where('is_active', '=', 1)
    .orderBy('number')
    .execute()
  const staff = await db
    .selectFrom('window_staff')
    .select(['window_id', 'user_id'])
    .orderBy('user_id')
    .execute()
  const devices = await db
    .selectFrom('devices')
    .select(['id', 'kind', 'window_id'])
    .where('revoked_at', 'is', null)
    .orderBy('name')
    .execute()
  const matters = await db
    .selectFrom('matters')
    .select('code')
    .where('published_version_id', 'is not', null)
    .orderBy('code')
    .execute()
  const roles = await db
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select([
      'users.id as userId',
      'users.username',
      'users.display_name as displayName',
      'user_roles.role',
      'user_roles.department_id as departmentId',
    ])
    .where('users.is_disabled', '=', 0)
    .orderBy('users.username')
    .execute()
  return {
    categories: categories
      .map((c) => ({
        id: c.id,
        code: c.code,
        windowIds: links.filter((l) => l.category_id === c.id).map((l) => l.window_id),
      }))
      .filter((c) => c.windowIds.length > 0),
    windows: windows.map((w) => ({
      id: w.id,
      number: w.number,
      clerkUserId: staff.find((s) => s.window_id === w.id)?.user_id ?? null,
      padDeviceId: devices.find((d) => d.kind === 'rating_pad' && d.window_id === w.id)?.id ?? null,
    })),
    matterCodes: matters.map((m) => m.code),
    roles,
    kioskDeviceId: devices.find((d) => d.kind === 'kiosk')?.id ?? null,
  }
}

/**
 * The staff the history acts as: a real account of the role in the department when the demo has
 * one, else one of the role elsewhere (acting for the department), else the administrator.
 */
export class Cast {
  constructor(private readonly setup: DemoSetup) {}

  as(role: 'clerk' | 'handler' | 'approver' | 'supervisor', departmentId: string | null): Principal {
    const rs = this.setup.roles
    const who =
      rs.find((r) => r.role === role && r.departmentId === departmentId) ??
      rs.find((r) => r.role === role) ??
      rs.find((r) => r.role === 'admin') ??
      rs[0]
    return {
      kind: 'staff',
      userId: who?.userId ?? 'system',
      username: who?.username ?? 'system',
      displayName: who?.displayName ?? 'system',
      grants: [{ role, departmentId }],
    }
  }

  clerkAt(window: DemoSetup['windows'][number]): Principal {
    const row = window.clerkUserId ? this.setup.roles.find((r) => r.userId === window.clerkUserId) : undefined
    const base = row ?? this.setup.roles.find((r) => r.role === 'clerk')
    return {
      kind: 'staff',
      userId: base?.userId ?? 'system',
      username: base?.username ?? 'system',
      displayName: base?.displayName ?? 'system',
      // a center-wide call grant: the roster decides nothing for a stand-in (window-frame.ts)
      grants: [{ role: 'clerk', departmentId: null }],
    }
  }
}

import type { DeviceKind, RoleGrant } from '@yimin/shared'
import type { Container } from '../container'
import { isUniqueViolation } from '../db/dialect'
import { AppError } from '../platform/errors'

/**
 * The demo center's accounts and devices (listed in README.md). Later issues add the
 * organisation, catalog and hall. Runs once: a marker row records that it ran.
 */
export const DEMO_PASSWORD = 'yimin-demo-2016'

export const demoUsers: Array<{ username: string; displayName: string; grants: RoleGrant[] }> = [
  { username: 'admin', displayName: '系统管理员', grants: [{ role: 'admin', departmentId: null }] },
  { username: 'clerk', displayName: '窗口人员 李娜', grants: [{ role: 'clerk', departmentId: null }] },
  { username: 'handler', displayName: '承办人 王强', grants: [{ role: 'handler', departmentId: null }] },
  { username: 'reviewer', displayName: '审核人 张敏', grants: [{ role: 'reviewer', departmentId: null }] },
  { username: 'approver', displayName: '批准人 刘伟', grants: [{ role: 'approver', departmentId: null }] },
  { username: 'supervisor', displayName: '电子监察 赵静', grants: [{ role: 'supervisor', departmentId: null }] },
]

export const demoDevices: Array<{ kind: DeviceKind; name: string; credential: string; windowId: string | null }> = [
  { kind: 'kiosk', name: '一楼自助终端 1', credential: 'demo-kiosk-0001-credential', windowId: null },
  { kind: 'hall_display', name: '一楼大厅显示屏', credential: 'demo-hall-display-credential', windowId: null },
  { kind: 'window_display', name: '5 号窗口显示屏', credential: 'demo-window-5-display-credential', windowId: null },
  { kind: 'rating_pad', name: '5 号窗口评价器', credential: 'demo-window-5-rating-credential', windowId: null },
]

const MARKER = 'demo.seeded'

async function ignoreDuplicate(p: Promise<unknown>): Promise<void> {
  try {
    await p
  } catch (err) {
    if (err instanceof AppError && err.code === 'USER_USERNAME_TAKEN') return
    if (isUniqueViolation(err)) return
    throw err
  }
}

export async function seedDemo(c: Container, progress: (msg: string) => void = () => {}): Promise<boolean> {
  const done = await c.database.db.selectFrom('system_settings').select('key').where('key', '=', MARKER).executeTakeFirst()
  if (done) return false
  // Each item is created unless present; several instances starting together may race, and
  // the loser of a race skips the item (unique keys decide).
  for (const u of demoUsers) {
    if (await c.database.db.selectFrom('users').select('id').where('username', '=', u.username).executeTakeFirst()) continue
    await ignoreDuplicate(c.auth.createUser('system', { ...u, password: DEMO_PASSWORD }))
    progress(`user ${u.username}`)
  }
  for (const d of demoDevices) {
    if (await c.devices.isRegistered(d.credential)) continue
    await ignoreDuplicate(c.devices.register('system', { kind: d.kind, name: d.name, windowId: d.windowId, areaId: null }, d.credential))
    progress(`device ${d.name}`)
  }
  await c.database.db
    .insertInto('system_settings')
    .values({ key: MARKER, value: 'true', updated_at: c.clock.now().toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute()
  return true
}

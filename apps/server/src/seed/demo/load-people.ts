import { devices } from './devices'
import { DEMO_PASSWORD, staff } from './staff'
import { ignoreDuplicate, inParallel, need, type SeedContext } from './context'

/**
 * Staff accounts through AuthService.createUser (each password is hashed with argon2, ~25 ms;
 * four at a time on the thread pool, so the ~30 accounts take a few hundred milliseconds).
 */
export async function loadStaff(ctx: SeedContext): Promise<void> {
  const { c, actor, ids } = ctx
  const present = async () => {
    for (const u of await c.auth.listUsers(actor)) ids.users.set(u.username, u.id)
  }
  await present()
  const missing = staff.filter((s) => !ids.users.has(s.username))
  // 工号 on the rating pads: YM and the place in the demo's staff list
  const staffNumber = (username: string) =>
    `YM${String(staff.findIndex((x) => x.username === username) + 1).padStart(4, '0')}`
  await inParallel(missing, 4, async (s) => {
    const grants = s.grants.map((g) => ({
      role: g.role,
      departmentId: g.department === null ? null : need(ids.departments, g.department, 'department'),
    }))
    await ignoreDuplicate(
      c.auth.createUser('system', {
        username: s.username,
        displayName: s.displayName,
        password: DEMO_PASSWORD,
        grants,
        phone: s.phone ?? null,
        staffNumber: staffNumber(s.username),
      }),
    )
  })
  if (missing.length > 0) await present()
  ctx.progress(`staff: ${staff.length} accounts (${missing.length} new)`)
}

/** Devices with their fixed demo credentials, bound to a window or an area. */
export async function loadDevices(ctx: SeedContext): Promise<void> {
  const { c, ids } = ctx
  let created = 0
  for (const d of devices) {
    if (await c.devices.isRegistered(d.credential)) continue
    const place = {
      windowId: d.window === null ? null : need(ids.windows, d.window, 'window'),
      areaId: d.area === null ? null : need(ids.areas, d.area, 'area'),
    }
    if (
      await ignoreDuplicate(
        c.devices.register('system', { kind: d.kind, name: d.name, ...place }, d.credential),
      )
    )
      created++
  }
  ctx.progress(`devices: ${devices.length} (${created} new)`)
}

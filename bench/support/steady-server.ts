// The server for the steady-latency benchmark: started as a deployment starts it (main.ts) — the
// real configuration from the environment (LOG_LEVEL, WORKERS, SQLITE_SYNCHRONOUS, the moved clock
// YIMIN_CLOCK_START …), the demo center seeded at the first start (kept supervision data already
// has it), background work running — plus what only the bench needs: the platform's floor route
// (bench/support/floor-route.ts), a clerk with a center-wide grant who may act at any window, and
// every queue category's numbers and daily cap at their maximum (9999).
import type { Principal } from '@yimin/shared'
import { buildApp } from '../../apps/server/src/app'
import { loadConfig } from '../../apps/server/src/config'
import { createContainer } from '../../apps/server/src/container'
import { AppError } from '../../apps/server/src/platform/errors'
import { seedDemo } from '../../apps/server/src/seed/demo'
import { PASSWORD } from './bench-hall'
import { floorRoute } from './floor-route'
import { serveBench } from './serve'

const container = await createContainer({ config: loadConfig() })
if (container.config.mode === 'demo') await seedDemo(container)
try {
  await container.auth.createUser('system', {
    username: 'bench-clerk',
    displayName: 'bench',
    password: PASSWORD,
    grants: [{ role: 'clerk', departmentId: null }],
  })
} catch (err) {
  if (!(err instanceof AppError && err.code === 'USER_USERNAME_TAKEN')) throw err
}
// a bench issues a day's tickets in seconds: every category may give out all its numbers today
const admin: Principal = {
  kind: 'staff',
  userId: 'bench',
  username: 'bench',
  displayName: 'bench',
  grants: [{ role: 'admin', departmentId: null }],
}
for (const c of await container.queue.admin.categories())
  if (c.dailyCap < 9999)
    await container.queue.admin.updateCategory(admin, c.id, {
      numberStart: 1,
      numberEnd: 9999,
      dailyCap: 9999,
    })
const app = await buildApp(container)
await app.register(floorRoute(container))
await container.start()
await serveBench(app, container)

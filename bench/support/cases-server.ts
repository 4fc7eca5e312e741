// The server for the case benchmark: the real app on a temp SQLite database with two
// departments' worth of fixtures (a food licence with two parallel departments = three tasks),
// a clerk session, and the platform's floor route (a validated route writing one row).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildApp } from '../../apps/server/src/app'
import { loadConfig } from '../../apps/server/src/config'
import { createContainer } from '../../apps/server/src/container'
import { seedCatalogFixtures } from '../../apps/server/src/modules/catalog/test-fixtures'
import { foodLicenceDoc } from '../../apps/server/src/modules/cases/test-fixtures'
import { floorRoute } from './floor-route'
import { serveBench } from './serve'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-bench-cases-'))
const container = await createContainer({
  config: loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', WORKERS: 'false', SESSION_IDLE_MINUTES: '600' }),
})
const f = await seedCatalogFixtures(container.database.db)
const m = await container.catalog.matters.create('system', foodLicenceDoc(f))
await container.catalog.matters.publish('system', m.id)
await container.auth.createUser('system', {
  username: 'clerk',
  displayName: 'clerk',
  password: 'bench-password-1',
  grants: [{ role: 'clerk', departmentId: null }],
})

const app = await buildApp(container, { serveWeb: false })
await app.register(floorRoute(container))
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { username: 'clerk', password: 'bench-password-1' },
})
const cookie = `yimin_session=${login.cookies.find((c) => c.name === 'yimin_session')?.value ?? ''}`
await serveBench(app, container, {
  fields: [cookie],
  cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
})

// Case benchmarks (issue 6):
// (a) HTTP: create a case, and accept it (three parallel tasks), one request each, against the
//     platform's floor route (a validated route writing one row), same server, same run, SQLite.
//     Target: at least half the floor's rate.
// (b) In-process: the full parallel flow (create, accept, three tasks done, complete) persisted
//     on SQLite, against bpmn-engine running start → fork → three user tasks → join → end in
//     memory. Target: at least 20 times its instances/s.
// (c) CPU per request, in process (app.inject, one request at a time): the floor route, create
//     and accept, as process CPU time per request. On a loaded shared machine the HTTP figures in
//     (a) swing with scheduling and disk contention; CPU time shows the work each request costs.
//     It also runs the flow with SQLITE_SYNCHRONOUS=full (every commit fsynced) beside NORMAL.
// Run: npx tsx bench/cases.bench.ts [http|flow|cpu]   (DURATION=8 CONNECTIONS=10 FLOWS=300 REQUESTS=500)
// METER=1: (c) also prints statements per request and where SQLite's time goes;
// BENCH_PG=<url>: (c) runs on PostgreSQL (a schema of its own, one connection) and adds the CPU
// time of that connection's server process to each request's (read from /proc);
// SERVER_PROF=<dir>: (a)'s server writes a V8 CPU profile there (node --cpu-prof) when it stops.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { EventEmitter } from 'node:events'
import autocannon from 'autocannon'
import { sql } from 'kysely'
import { Engine } from 'bpmn-engine'
// bpmn-engine's own parser, used once so the baseline measures execution, not XML parsing
import BpmnModdle from 'bpmn-moddle'
import type { Principal } from '@yimin/shared'
import { loadConfig } from '../apps/server/src/config'
import { createContainer } from '../apps/server/src/container'
import { buildApp } from '../apps/server/src/app'
import { floorRoute } from './support/floor-route'
import { processCpuMs, spawnServer } from './support/http-load'
import { seedCatalogFixtures } from '../apps/server/src/modules/catalog/test-fixtures'
import { applicant, foodLicenceDoc } from '../apps/server/src/modules/cases/test-fixtures'
import { meterSqlite } from './support/sqlite-meter'

const duration = Number(process.env.DURATION ?? 8)
const connections = Number(process.env.CONNECTIONS ?? 10)
const flows = Number(process.env.FLOWS ?? 300)

async function httpBench() {
  const server = await spawnServer('bench/support/cases-server.ts', process.env, {
    nodeArgs: process.env.SERVER_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.SERVER_PROF] : [],
  })
  const { port } = server
  const cookie = server.fields[0]!
  const base = `http://127.0.0.1:${port}/api/v1`
  const created: string[] = []
  const run = async (name: string, url: string, body: () => string, onBody?: (b: string) => void) => {
    const r = await autocannon({
      url,
      method: 'POST',
      connections,
      duration,
      headers: { 'content-type': 'application/json', cookie },
      requests: [
        {
          setupRequest: (req) => ({ ...req, body: body() }),
          ...(onBody ? { onResponse: (_s: number, b: string) => onBody(b) } : {}),
        },
      ],
    })
    const errors = r.non2xx + r.errors
    console.log(
      `${name.padEnd(40)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  errors ${errors}`,
    )
    return r.requests.average
  }
  let n = 0
  const note = () => JSON.stringify({ subject: `s${n++}`, note: '受理回执已打印' })
  const newCase = () =>
    JSON.stringify({ matterCode: 'SCJG-SPJY-001', applicant: applicant(), submittedMaterials: [0, 1, 2] })
  await run('warm-up', `${base}/bench/notes`, note)
  const floor = await run('floor: validated route writing one row', `${base}/bench/notes`, note)
  const create = await run('create a case (已接件)', `${base}/cases`, newCase, (b) =>
    created.push((JSON.parse(b) as { id: string }).id),
  )
  let i = 0
  const acceptRate = await (async () => {
    const t0 = performance.now()
    const r = await autocannon({
      url: `${base}/cases/x/accept`,
      method: 'POST',
      connections,
      amount: Math.min(created.length, 100_000),
      headers: { 'content-type': 'application/json', cookie },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            path: `/api/v1/cases/${created[i++] ?? 'none'}/accept`,
            body: '{}',
          }),
        },
      ],
    })
    // a run of a fixed amount: its rate is what it did over the time it took (the per-second
    // average autocannon reports counts whole seconds only)
    const rate = r.requests.total / ((performance.now() - t0) / 1000)
    console.log(
      `${'accept it (3 parallel tasks)'.padEnd(40)} ${rate.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  errors ${r.non2xx + r.errors}`,
    )
    return rate
  })()
  await server.stop()
  console.log(
    `\n(a) create / floor = ${(create / floor).toFixed(2)}   accept / floor = ${(acceptRate / floor).toFixed(2)}   (target ≥ 0.5)\n`,
  )
}

async function inProcessBench() {
  const inline = await ourFlows('inline')
  const ours = await ourFlows('background')
  const full = await ourFlows('background', 'full')
  const theirs = await bpmnEngineFlows()
  console.log(
    `(b) full parallel flow persisted on SQLite: ${ours.rate.toFixed(0)} instances/s (${flows} flows, 6 transactions and 7 chained events each)`,
  )
  console.log(
    `    the same with SQLite's own checkpoints inside commits (SQLITE_CHECKPOINT=inline): ${inline.rate.toFixed(0)} instances/s`,
  )
  console.log(
    `    the same with every commit fsynced (SQLITE_SYNCHRONOUS=full, production's default): ${full.rate.toFixed(0)} instances/s (${(full.rate / ours.rate).toFixed(2)} of NORMAL: the fsync adds ${((1000 / full.rate - 1000 / ours.rate) / 6).toFixed(2)} ms to each of a flow's 6 commits)`,
  )
  console.log(`    bpmn-engine in memory (fork → 3 user tasks → join): ${theirs.toFixed(0)} instances/s`)
  console.log(`    ratio ours / bpmn-engine = ${(ours.rate / theirs).toFixed(1)}   (target ≥ 20)`)
  const { wallMs, metered } = ours
  console.log(
    `\n    where a flow's ${wallMs.toFixed(2)} ms go (metered run): ${metered.statements.toFixed(0)} statements, ${metered.sqliteMs.toFixed(2)} ms inside SQLite,`,
  )
  console.log(
    `    of which commits ${metered.commitMs.toFixed(2)} ms (${metered.slowCommits.toFixed(2)} commits per flow over 1 ms — WAL checkpoints with fsync, or the process descheduled on a loaded machine — take ${metered.slowCommitMs.toFixed(2)} ms);`,
  )
  console.log(
    `    JavaScript (query building, hashing, validation, the rest) ${(wallMs - metered.sqliteMs).toFixed(2)} ms`,
  )
  for (const t of metered.top)
    console.log(`      ${t.perUnit.toFixed(1).padStart(4)} × ${t.ms.toFixed(3).padStart(6)} ms  ${t.sql}`)
}

/** The full flow, `flows` times after a warm-up, then again metered: instances/s and where the time goes. */
async function ourFlows(checkpoint: 'background' | 'inline', synchronous: 'normal' | 'full' = 'normal') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-bench-flow-'))
  const c = await createContainer({
    config: loadConfig({
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      WORKERS: 'false',
      SQLITE_CHECKPOINT: checkpoint,
      SQLITE_SYNCHRONOUS: synchronous,
    }),
  })
  const f = await seedCatalogFixtures(c.database.db)
  const m = await c.catalog.matters.create('system', foodLicenceDoc(f))
  await c.catalog.matters.publish('system', m.id)
  const staff = (role: 'clerk' | 'handler' | 'approver', departmentId: string | null): Principal => ({
    kind: 'staff',
    userId: `${role}-${departmentId}`,
    username: role,
    displayName: role,
    grants: [{ role, departmentId }],
  })
  const clerk = staff('clerk', null)
  const handlers = new Map(
    [f.departments.market, f.departments.fire, f.departments.health].map((d) => [d, staff('handler', d)]),
  )
  const approver = staff('approver', f.departments.market)
  const input = {
    matterCode: 'SCJG-SPJY-001',
    applicant: applicant() as never,
    agent: null,
    notify: 'applicant' as const,
    submittedMaterials: [0, 1, 2],
    formData: {},
    channel: 'window' as const,
    windowId: null,
  }
  const flow = async () => {
    const { row } = await c.cases.intake.create(clerk, input)
    await c.cases.intake.accept(clerk, row.id, { deferredMaterials: [] })
    for (const t of await c.cases.context.cases.tasks(row.id)) {
      await c.cases.work.completeTask(handlers.get(t.department_id)!, row.id, t.id, {
        outcome: 'approved',
        note: '',
      })
    }
    await c.cases.work.complete(approver, row.id, {
      outcome: 'approved',
      reason: '',
      legalBasis: '',
      resultNumber: null,
    })
  }
  for (let k = 0; k < 20; k++) await flow()
  let t0 = performance.now()
  for (let k = 0; k < flows; k++) await flow()
  const ours = flows / ((performance.now() - t0) / 1000)
  // the same flows again, metered: where a flow's time goes (the metering itself adds a little)
  const meter = meterSqlite(c.database.sqlite!)
  meter.start()
  t0 = performance.now()
  for (let k = 0; k < flows; k++) await flow()
  const wallMs = (performance.now() - t0) / flows
  meter.stop()
  const metered = meter.report(flows)
  await c.close()
  fs.rmSync(dir, { recursive: true, force: true })
  return { rate: ours, wallMs, metered }
}

/** bpmn-engine running the same shape in memory: instances/s. */
async function bpmnEngineFlows() {
  const source = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
  <process id="parallel" isExecutable="true">
    <startEvent id="start" />
    <parallelGateway id="fork" />
    <userTask id="market" /><userTask id="fire" /><userTask id="health" />
    <parallelGateway id="join" />
    <endEvent id="end" />
    <sequenceFlow id="f0" sourceRef="start" targetRef="fork" />
    <sequenceFlow id="f1" sourceRef="fork" targetRef="market" />
    <sequenceFlow id="f2" sourceRef="fork" targetRef="fire" />
    <sequenceFlow id="f3" sourceRef="fork" targetRef="health" />
    <sequenceFlow id="f4" sourceRef="market" targetRef="join" />
    <sequenceFlow id="f5" sourceRef="fire" targetRef="join" />
    <sequenceFlow id="f6" sourceRef="health" targetRef="join" />
    <sequenceFlow id="f7" sourceRef="join" targetRef="end" />
  </process>
</definitions>`
  const moddleContext = await new BpmnModdle().fromXML(source)
  const bpmnFlow = () =>
    new Promise<void>((resolve, reject) => {
      const engine = new Engine({ name: 'bench', moddleContext })
      const listener = new EventEmitter()
      listener.on('wait', (api: { signal: (m?: unknown) => void }) => api.signal())
      engine.once('end', () => resolve())
      engine.once('error', reject)
      void engine.execute({ listener })
    })
  for (let k = 0; k < 20; k++) await bpmnFlow()
  const bpmnRuns = Math.max(flows, 200)
  const t0 = performance.now()
  for (let k = 0; k < bpmnRuns; k++) await bpmnFlow()
  return bpmnRuns / ((performance.now() - t0) / 1000)
}

/** CPU time (ms) the PostgreSQL server process has used so far (0 on SQLite). */
const serverCpuMs = (pid: number | null): number => (pid === null ? 0 : processCpuMs(pid))

async function cpuBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-bench-cpu-'))
  const pgUrl = process.env.BENCH_PG
  const schema = `bench_cpu_${process.pid}`
  const c = await createContainer({
    config: loadConfig({
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      WORKERS: 'false',
      SESSION_IDLE_MINUTES: '600',
      ...(pgUrl ? { DATABASE_URL: pgUrl, PG_SCHEMA: schema, PG_POOL_SIZE: '1' } : {}),
    }),
  })
  const backend = pgUrl
    ? Number((await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(c.database.db)).rows[0]!.pid)
    : null
  const f = await seedCatalogFixtures(c.database.db)
  const m = await c.catalog.matters.create('system', foodLicenceDoc(f))
  await c.catalog.matters.publish('system', m.id)
  await c.auth.createUser('system', {
    username: 'clerk',
    displayName: 'clerk',
    password: 'bench-password-1',
    grants: [{ role: 'clerk', departmentId: null }],
  })
  const app = await buildApp(c, { serveWeb: false })
  await app.register(floorRoute(c))
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'clerk', password: 'bench-password-1' },
  })
  const cookie = `yimin_session=${login.cookies.find((k) => k.name === 'yimin_session')?.value ?? ''}`
  const n = Number(process.env.REQUESTS ?? 500)
  const body = { matterCode: 'SCJG-SPJY-001', applicant: applicant(), submittedMaterials: [0, 1, 2] }
  const ids: string[] = []
  const post = async (url: string, payload: object) => {
    const r = await app.inject({ method: 'POST', url, headers: { cookie }, payload })
    if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body}`)
    return r
  }
  const measure = async (name: string, one: (i: number) => Promise<unknown>) => {
    for (let i = 0; i < 50; i++) await one(i) // warm-up (JIT)
    const cpu0 = process.cpuUsage()
    const server0 = serverCpuMs(backend)
    const t0 = performance.now()
    for (let i = 50; i < n + 50; i++) await one(i)
    const cpu = process.cpuUsage(cpu0)
    const serverMs = (serverCpuMs(backend) - server0) / n
    const cpuMs = (cpu.user + cpu.system) / 1000 / n + serverMs
    console.log(
      `${name.padEnd(40)} cpu ${cpuMs.toFixed(3)} ms/request   wall ${((performance.now() - t0) / n).toFixed(3)} ms/request` +
        (backend === null ? '' : `   (of the cpu, PostgreSQL ${serverMs.toFixed(3)} ms)`),
    )
    if (process.env.METER && backend === null) {
      // the same requests again, metered: statements per request and time inside SQLite
      const meter = meterSqlite(c.database.sqlite!)
      meter.start()
      for (let i = n + 50; i < 2 * n + 50; i++) await one(i)
      meter.stop()
      const r = meter.report(n)
      console.log(
        `    ${r.statements.toFixed(1)} statements, ${r.sqliteMs.toFixed(3)} ms in SQLite (commits ${r.commitMs.toFixed(3)} ms) per request`,
      )
      for (const t of r.top)
        console.log(`      ${t.perUnit.toFixed(1).padStart(4)} × ${t.ms.toFixed(3).padStart(6)} ms  ${t.sql}`)
    }
    return cpuMs
  }
  const floor = await measure('floor: validated route writing one row', (i) =>
    post('/api/v1/bench/notes', { subject: `s${i}`, note: '受理回执已打印' }),
  )
  const create = await measure('create a case (已接件)', async () =>
    ids.push((await post('/api/v1/cases', body)).json<{ id: string }>().id),
  )
  const accept = await measure('accept it (3 parallel tasks)', (i) =>
    post(`/api/v1/cases/${ids[i]}/accept`, {}),
  )
  console.log(
    `\n(c) CPU per request: floor / create = ${(floor / create).toFixed(2)}   floor / accept = ${(floor / accept).toFixed(2)}   (the rate ratio if CPU were all; target ≥ 0.5)\n`,
  )
  await app.close()
  if (pgUrl) await sql`drop schema ${sql.id(schema)} cascade`.execute(c.database.db)
  await c.close()
  fs.rmSync(dir, { recursive: true, force: true })
}

const only = process.argv[2]
if (!only || only === 'http') await httpBench()
if (!only || only === 'flow') await inProcessBench()
if (!only || only === 'cpu') await cpuBench()

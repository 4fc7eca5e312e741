import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, staffSession, testDb, type TestContext } from '../../../test/support/test-app'
import { applicant, seedCaseFixtures, type CaseFixtures } from '../cases/test-fixtures'

/**
 * The sweep raises each alert once: over two sweeps, after a restart (a new container on the
 * same database) and with two sweeps at once (two instances).
 */
describe.skipIf(isDbUnavailable())('supervision sweep', () => {
  let ctx: TestContext
  let f: CaseFixtures
  const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })
  const db = () => ctx.container.database.db
  const alertKeys = async () => (await db().selectFrom('supervision_alerts').select(['key', 'code', 'department_id']).orderBy('key').execute())

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedCaseFixtures(ctx)
    await db().updateTable('departments').set({ phone: '13912345678' }).where('id', '=', f.departments.market).execute()
    ctx.clock.set('2026-03-02T02:00:00.000Z') // Monday
    // a food licence accepted with the site plan (容缺, 5 days) missing: fire 7 days, health 8, case 10
    const food = (await api('POST', '/cases', f.clerk, { matterCode: 'SCJG-SPJY-001', applicant: applicant(), submittedMaterials: [0, 1] })).json()
    expect((await api('POST', `/cases/${food.id}/accept`, f.clerk, { deferredMaterials: [2] })).statusCode).toBe(200)
    // a passport application nobody decides on (intake due 03-09)
    expect((await api('POST', '/cases', f.clerk, { matterCode: 'GA-CRJ-001', applicant: applicant({ name: '买买提' }), submittedMaterials: [0, 1] })).statusCode).toBe(200)
  })
  afterAll(() => ctx.close())

  it('raises what is late once over two sweeps, tells the department, and a restart changes nothing', async () => {
    ctx.clock.set('2026-03-12T02:00:00.000Z') // Thursday: fire's task (03-11) is late, material (03-09), intake (03-09)
    const first = await ctx.container.supervision.sweep.run()
    const codes = (await alertKeys()).map((a) => a.code).sort()
    expect(codes).toEqual(['DEFERRED_MATERIAL_LATE', 'INTAKE_OVERDUE', 'TASK_OVERDUE'])
    expect(first.created).toBe(3)
    expect((await alertKeys()).find((a) => a.code === 'TASK_OVERDUE')?.department_id).toBe(f.departments.fire)

    const second = await ctx.container.supervision.sweep.run()
    expect(second).toMatchObject({ findings: 3, created: 0 })

    // the department hears it on its channel; the market's mobile number gets one summary SMS
    const events = await db().selectFrom('realtime_events').select(['channel', 'type']).where('type', '=', 'supervision.alert').execute()
    expect(events.map((e) => e.channel).sort()).toEqual([`department:${f.departments.exitEntry}`, `department:${f.departments.fire}`, `department:${f.departments.market}`].sort())
    const sms = await db().selectFrom('sms_messages').select(['recipient', 'body']).where('template', '=', 'supervision.alerts').execute()
    expect(sms).toEqual([{ recipient: '13912345678', body: expect.stringContaining('新增1条办件预警') }])

    const restarted = await createTestContext({ shareWith: ctx, clock: ctx.clock })
    try {
      expect((await restarted.container.supervision.sweep.run()).created).toBe(0)
    } finally {
      await restarted.close()
    }
    expect(await alertKeys()).toHaveLength(3)
  })

  it('creates each alert once when two instances sweep at once', async () => {
    ctx.clock.set('2026-03-17T02:00:00.000Z') // the case and the lead task (03-16) and health's task (03-12) are late too
    // PostgreSQL: two instances on one database; SQLite serves one process: two sweeps in it
    const other = testDb === 'postgres' ? await createTestContext({ shareWith: ctx, clock: ctx.clock }) : null
    try {
      const [a, b] = await Promise.all([ctx.container.supervision.sweep.run(), (other ?? ctx).container.supervision.sweep.run()])
      expect(a.created + b.created).toBe(3)
    } finally {
      await other?.close()
    }
    const all = await alertKeys()
    expect(all.map((x) => x.code).sort()).toEqual(['CASE_OVERDUE', 'DEFERRED_MATERIAL_LATE', 'INTAKE_OVERDUE', 'TASK_OVERDUE', 'TASK_OVERDUE', 'TASK_OVERDUE'])
    expect(new Set(all.map((x) => x.key)).size).toBe(all.length)
  })

  it('runs as a scheduled job and at start', async () => {
    const supervisor = await staffSession(ctx, 'sweep-supervisor', [{ role: 'supervisor', departmentId: null }])
    const before = await db().selectFrom('jobs').select('key').where('type', '=', 'supervision.sweep').execute()
    await ctx.container.jobs.runner.runOnce()
    const after = await db().selectFrom('jobs').select(['key', 'status']).where('type', '=', 'supervision.sweep').execute()
    expect(after.length).toBe(before.length + 1)
    expect(after.every((j) => j.status === 'done')).toBe(true)
    await ctx.container.supervision.enqueueStartupSweep(ctx.container.jobs.queue, 'instance-a')
    await ctx.container.supervision.enqueueStartupSweep(ctx.container.jobs.queue, 'instance-a')
    expect(await db().selectFrom('jobs').select('id').where('key', '=', 'start:instance-a').execute()).toHaveLength(1)
    // and on demand, for supervisors only
    expect((await api('POST', '/supervision/sweep', supervisor, {})).json()).toMatchObject({ created: 0 })
    expect((await api('POST', '/supervision/sweep', f.marketHandler, {})).statusCode).toBe(403)
  })

  it('flags repeated correction, fees unlike the catalog and an implausibly fast completion', async () => {
    ctx.clock.set('2026-03-18T02:00:00.000Z')
    const p = (await api('POST', '/cases', f.clerk, { matterCode: 'GA-CRJ-001', applicant: applicant(), submittedMaterials: [0] })).json()
    await api('POST', `/cases/${p.id}/correction`, f.clerk, { missingMaterials: [1] })
    await api('POST', `/cases/${p.id}/resubmit`, f.clerk, { suppliedMaterials: [1] })
    await api('POST', `/cases/${p.id}/correction`, f.clerk, { missingMaterials: [], note: '照片不合格' })
    await api('POST', `/cases/${p.id}/resubmit`, f.clerk, { suppliedMaterials: [1] })
    const accepted = (await api('POST', `/cases/${p.id}/accept`, f.clerk, {})).json()
    await api('POST', `/cases/${p.id}/fees`, f.clerk, { items: [{ name: '普通护照', amount: 150 }] })
    ctx.clock.set('2026-03-18T02:10:00.000Z')
    await api('POST', `/cases/${p.id}/tasks/${accepted.tasks[0].id}/complete`, f.exitHandler, { outcome: 'approved' })
    expect((await api('POST', `/cases/${p.id}/complete`, f.exitApprover, { outcome: 'approved', resultNumber: 'E12345678' })).statusCode).toBe(200)
    await ctx.container.supervision.sweep.run()
    const mine = await db().selectFrom('supervision_alerts').select(['code', 'params']).where('case_id', '=', p.id).execute()
    expect(mine.map((a) => a.code).sort()).toEqual(['COMPLETED_TOO_FAST', 'CORRECTION_REPEATED', 'FEE_MISMATCH'])
    expect(JSON.parse(mine.find((a) => a.code === 'FEE_MISMATCH')!.params)).toMatchObject({ amount: 150, catalogAmount: 120 })
  })
})

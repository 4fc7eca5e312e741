import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  testDb,
  type TestContext,
} from '../../../test/support/test-app'
import { applicant, seedCaseFixtures, type CaseFixtures } from '../cases/test-fixtures'

/**
 * The sweep raises each alert once: over two sweeps, after a restart (a new container on the
 * same database) and with two sweeps at once (two instances).
 */
describe.skipIf(isDbUnavailable())('supervision sweep', () => {
  let ctx: TestContext
  let f: CaseFixtures
  let foodId: string
  const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })
  const db = () => ctx.container.database.db
  const alertKeys = async () =>
    await db()
      .selectFrom('supervision_alerts')
      .select(['key', 'code', 'department_id'])
      .orderBy('key')
      .execute()

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedCaseFixtures(ctx)
    await db()
      .updateTable('departments')
      .set({ phone: '13912345678' })
      .where('id', '=', f.departments.market)
      .execute()
    // the fire department's handler carries a mobile number; a disabled colleague's is not texted
    const staff = (username: string, phone: string) =>
      ctx.container.auth.createUser('system', {
        username,
        displayName: username,
        password: 'sweep-password-1',
        grants: [{ role: 'handler', departmentId: f.departments.fire }],
        phone,
      })
    await staff('fire-duty', '13700000001')
    const leaver = await staff('fire-leaver', '13700000002')
    await db().updateTable('users').set({ is_disabled: 1 }).where('id', '=', leaver.id).execute()
    ctx.clock.set('2026-03-02T02:00:00.000Z') // Monday
    // a food licence accepted with the site plan (容缺, 5 days) missing: fire 7 days, health 8, case 10
    const food = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant(),
        submittedMaterials: [0, 1],
      })
    ).json()
    foodId = food.id
    expect(
      (await api('POST', `/cases/${food.id}/accept`, f.clerk, { deferredMaterials: [2] })).statusCode,
    ).toBe(200)
    // a passport application nobody decides on (intake due 03-09)
    expect(
      (
        await api('POST', '/cases', f.clerk, {
          matterCode: 'GA-CRJ-001',
          applicant: applicant({ name: '买买提' }),
          submittedMaterials: [0, 1],
        })
      ).statusCode,
    ).toBe(200)
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

    // the department hears it on its channel; the market's duty number and the fire handler's mobile get one summary SMS each
    const events = await db()
      .selectFrom('realtime_events')
      .select(['channel', 'type'])
      .where('type', '=', 'supervision.alert')
      .execute()
    expect(events.map((e) => e.channel).sort()).toEqual(
      [
        `department:${f.departments.exitEntry}`,
        `department:${f.departments.fire}`,
        `department:${f.departments.market}`,
      ].sort(),
    )
    const sms = await db()
      .selectFrom('sms_messages')
      .select(['recipient', 'body'])
      .where('template', '=', 'supervision.alerts')
      .orderBy('recipient')
      .execute()
    expect(sms).toEqual([
      { recipient: '13700000001', body: expect.stringContaining('新增1条办件预警') },
      { recipient: '13912345678', body: expect.stringContaining('新增1条办件预警') },
    ])

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
      const [a, b] = await Promise.all([
        ctx.container.supervision.sweep.run(),
        (other ?? ctx).container.supervision.sweep.run(),
      ])
      expect(a.created + b.created).toBe(3)
    } finally {
      await other?.close()
    }
    const all = await alertKeys()
    expect(all.map((x) => x.code).sort()).toEqual([
      'CASE_OVERDUE',
      'DEFERRED_MATERIAL_LATE',
      'INTAKE_OVERDUE',
      'TASK_OVERDUE',
      'TASK_OVERDUE',
      'TASK_OVERDUE',
    ])
    expect(new Set(all.map((x) => x.key)).size).toBe(all.length)
  })

  it('runs as a scheduled job and at start', async () => {
    const supervisor = await staffSession(ctx, 'sweep-supervisor', [
      { role: 'supervisor', departmentId: null },
    ])
    const before = await db()
      .selectFrom('jobs')
      .select('key')
      .where('type', '=', 'supervision.sweep')
      .execute()
    await ctx.container.jobs.runner.runOnce()
    const after = await db()
      .selectFrom('jobs')
      .select(['key', 'status'])
      .where('type', '=', 'supervision.sweep')
      .execute()
    expect(after.length).toBe(before.length + 1)
    expect(after.every((j) => j.status === 'done')).toBe(true)
    await ctx.container.supervision.enqueueStartupSweep(ctx.container.jobs.queue, 'instance-a')
    await ctx.container.supervision.enqueueStartupSweep(ctx.container.jobs.queue, 'instance-a')
    expect(
      await db().selectFrom('jobs').select('id').where('key', '=', 'start:instance-a').execute(),
    ).toHaveLength(1)
    // and on demand, for supervisors only
    expect((await api('POST', '/supervision/sweep', supervisor, {})).json()).toMatchObject({ created: 0 })
    expect((await api('POST', '/supervision/sweep', f.marketHandler, {})).statusCode).toBe(403)
  })

  it('flags repeated correction, fees unlike the catalog and an implausibly fast completion', async () => {
    ctx.clock.set('2026-03-18T02:00:00.000Z')
    const p = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'GA-CRJ-001',
        applicant: applicant(),
        submittedMaterials: [0],
      })
    ).json()
    await api('POST', `/cases/${p.id}/correction`, f.clerk, { missingMaterials: [1] })
    await api('POST', `/cases/${p.id}/resubmit`, f.clerk, { suppliedMaterials: [1] })
    await api('POST', `/cases/${p.id}/correction`, f.clerk, { missingMaterials: [], note: '照片不合格' })
    await api('POST', `/cases/${p.id}/resubmit`, f.clerk, { suppliedMaterials: [1] })
    const accepted = (await api('POST', `/cases/${p.id}/accept`, f.clerk, {})).json()
    await api('POST', `/cases/${p.id}/fees`, f.clerk, { items: [{ name: '普通护照', amount: 150 }] })
    ctx.clock.set('2026-03-18T02:10:00.000Z')
    await api('POST', `/cases/${p.id}/tasks/${accepted.tasks[0].id}/complete`, f.exitHandler, {
      outcome: 'approved',
    })
    expect(
      (
        await api('POST', `/cases/${p.id}/complete`, f.exitApprover, {
          outcome: 'approved',
          resultNumber: 'E12345678',
        })
      ).statusCode,
    ).toBe(200)
    await ctx.container.supervision.sweep.run()
    const mine = await db()
      .selectFrom('supervision_alerts')
      .select(['code', 'params'])
      .where('case_id', '=', p.id)
      .execute()
    expect(mine.map((a) => a.code).sort()).toEqual([
      'COMPLETED_TOO_FAST',
      'CORRECTION_REPEATED',
      'FEE_MISMATCH',
    ])
    expect(JSON.parse(mine.find((a) => a.code === 'FEE_MISMATCH')!.params)).toMatchObject({
      amount: 150,
      catalogAmount: 120,
    })
  })

  it('resolves alerts whose condition went away, once, and keeps those finished late', async () => {
    ctx.clock.set('2026-03-18T03:00:00.000Z')
    await ctx.container.supervision.sweep.run()
    const ofFood = async () =>
      db()
        .selectFrom('supervision_alerts')
        .select(['id', 'code', 'status', 'resolved_at', 'resolved_reason', 'department_id'])
        .where('case_id', '=', foodId)
        .orderBy('key')
        .execute()
    expect((await ofFood()).every((a) => a.status === 'open')).toBe(true)
    expect((await ofFood()).map((a) => a.code)).toEqual(
      expect.arrayContaining(['CASE_OVERDUE', 'DEFERRED_MATERIAL_LATE']),
    )
    // the case is extended by 10 working days (due 03-30): no longer overdue; the 容缺 material is supplied
    const asked = (
      await api('POST', `/cases/${foodId}/approvals`, f.marketHandler, {
        kind: 'extension',
        days: 10,
        reason: '情况复杂',
      })
    ).json()
    expect(
      (
        await api('POST', `/cases/${foodId}/approvals/${asked.approvals[0].id}/decide`, f.marketApprover, {
          approve: true,
        })
      ).json(),
    ).toMatchObject({ dueOn: '2026-03-30' })
    expect(
      (await api('POST', `/cases/${foodId}/deferred-materials`, f.clerk, { materials: [2] })).statusCode,
    ).toBe(200)
    // fire finishes its task late: that lateness stays for the department to answer
    const fireTask = (await api('GET', `/cases/${foodId}`, f.fireHandler))
      .json()
      .tasks.find((t: { departmentId: string }) => t.departmentId === f.departments.fire)
    expect(
      (
        await api('POST', `/cases/${foodId}/tasks/${fireTask.id}/complete`, f.fireHandler, {
          outcome: 'approved',
        })
      ).statusCode,
    ).toBe(200)

    ctx.clock.set('2026-03-18T03:05:00.000Z')
    // two sweeps at once (PostgreSQL: two instances on one database) resolve each alert once
    const other = testDb === 'postgres' ? await createTestContext({ shareWith: ctx, clock: ctx.clock }) : null
    try {
      const [a, b] = await Promise.all([
        ctx.container.supervision.sweep.run(),
        (other ?? ctx).container.supervision.sweep.run(),
      ])
      expect(a.resolved + b.resolved).toBe(4)
    } finally {
      await other?.close()
    }
    expect((await ctx.container.supervision.sweep.run()).resolved).toBe(0)
    const after = await ofFood()
    const resolved = after.filter((x) => x.status === 'resolved')
    // the extension moved the lead's and health's task deadlines too
    expect(resolved.map((x) => x.code).sort()).toEqual([
      'CASE_OVERDUE',
      'DEFERRED_MATERIAL_LATE',
      'TASK_OVERDUE',
      'TASK_OVERDUE',
    ])
    expect(
      resolved.every(
        (x) => x.resolved_at === '2026-03-18T03:05:00.000Z' && x.resolved_reason === 'condition_cleared',
      ),
    ).toBe(true)
    // fire's task, done late, stays in hand (and the extension asked after the due date is new)
    expect(after.filter((x) => x.status === 'open').map((x) => [x.code, x.department_id])).toEqual([
      ['EXTENSION_ON_LAST_DAY', f.departments.market],
      ['TASK_OVERDUE', f.departments.fire],
    ])
    // the history says it, once, by the system; a supervisor cannot close what is resolved
    const supervisor = await staffSession(ctx, 'resolve-supervisor', [
      { role: 'supervisor', departmentId: null },
    ])
    const listed = (await api('GET', '/supervision/alerts?status=resolved', supervisor)).json()
    expect(listed.items.map((x: { code: string }) => x.code).sort()).toEqual([
      'CASE_OVERDUE',
      'DEFERRED_MATERIAL_LATE',
      'TASK_OVERDUE',
      'TASK_OVERDUE',
    ])
    for (const x of listed.items) {
      expect(x).toMatchObject({
        status: 'resolved',
        resolvedAt: '2026-03-18T03:05:00.000Z',
        resolvedReason: 'condition_cleared',
      })
      expect(x.history).toEqual([
        {
          action: 'resolved',
          actor: 'system',
          actorName: null,
          note: 'condition_cleared',
          at: '2026-03-18T03:05:00.000Z',
        },
      ])
    }
    expect(
      (await api('POST', `/supervision/alerts/${listed.items[0].id}/close`, supervisor, {})).json().code,
    ).toBe('SUPERVISION_ALERT_STATE')
  })
})

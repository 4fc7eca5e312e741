import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  type TestContext,
} from '../../../test/support/test-app'
import { applicant, seedCaseFixtures, type CaseFixtures } from '../cases/test-fixtures'
import { CaseFactsRepository, OPEN_STATUSES } from './case-facts.repository'
import { caseLight, taskLight, worstColour, type LightColour } from './lights'
import { settingsView } from './supervision-settings'

/**
 * The stored earliest running deadline of a case (`cases.light_due_on`, migration 0013), which
 * the lights and the sweep read, equals what the case clock computes from the case's facts after
 * every change: intake, acceptance, a task done, a pause and its end, an extension, a calendar
 * change and its undoing, correction, completion; and the board read from it (and from the
 * stopped clocks' bounds) counts and lists what the lights say case by case.
 */
describe.skipIf(isDbUnavailable())('stored earliest running deadline of a case', () => {
  let ctx: TestContext
  let f: CaseFixtures
  const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) })
  const db = () => ctx.container.database.db

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    f = await seedCaseFixtures(ctx)
  })
  afterAll(() => ctx.close())

  const stored = async (id: string) =>
    (await sql<{ d: string | null }>`select light_due_on as d from cases where id = ${id}`.execute(db()))
      .rows[0]?.d ?? null

  /** What the clock says: the earliest due date of the case's running lights (its own, its open tasks'), none while stopped or closed. */
  async function computed(id: string): Promise<string | null> {
    const [facts] = await new CaseFactsRepository('Asia/Shanghai').load(db(), { ids: [id] })
    if (!facts || (facts.status !== 'received' && facts.status !== 'in_progress')) return null
    const cal = await ctx.container.calendar.get()
    const today = ctx.container.calendar.today()
    const dues = [
      caseLight(cal, facts, today, 3),
      ...facts.tasks.map((t) => taskLight(cal, facts, t, today, 3)),
    ].flatMap((l) => (l ? [l.dueOn] : []))
    return dues.sort()[0] ?? null
  }

  async function expectInStep(id: string, expected: string | null) {
    expect(await computed(id)).toBe(expected)
    expect(await stored(id)).toBe(expected)
  }

  it('follows intake, acceptance, tasks, a pause, an extension, a calendar change and completion', async () => {
    ctx.clock.set('2026-03-02T02:00:00.000Z') // Monday
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant(),
        submittedMaterials: [0, 1, 2],
      })
    ).json() as { id: string; intakeDueOn: string }
    await expectInStep(c.id, c.intakeDueOn)

    const accepted = (await api('POST', `/cases/${c.id}/accept`, f.clerk, {})).json() as {
      tasks: Array<{ id: string; departmentId: string }>
    }
    // case and market 03-16, fire 03-11, health 03-12: the fire task is the earliest
    await expectInStep(c.id, '2026-03-11')
    const task = (dept: string) => accepted.tasks.find((t) => t.departmentId === dept)!.id
    expect(
      (
        await api('POST', `/cases/${c.id}/tasks/${task(f.departments.fire)}/complete`, f.fireHandler, {
          outcome: 'approved',
        })
      ).statusCode,
    ).toBe(200)
    await expectInStep(c.id, '2026-03-12')

    ctx.clock.set('2026-03-04T02:00:00.000Z')
    expect(
      (
        await api('POST', `/cases/${c.id}/supplement`, f.marketHandler, {
          reason: '补充从业人员健康证明',
          items: ['从业人员健康证明'],
        })
      ).statusCode,
    ).toBe(200)
    await expectInStep(c.id, null) // a stopped clock is judged from its pause, not from this column
    ctx.clock.set('2026-03-09T02:00:00.000Z')
    expect((await api('POST', `/cases/${c.id}/supply`, f.marketHandler, {})).statusCode).toBe(200)
    // 03-05, 03-06, 03-09 off the clock: health 8 days → 03-17
    await expectInStep(c.id, '2026-03-17')

    const asked = (
      await api('POST', `/cases/${c.id}/approvals`, f.marketHandler, {
        kind: 'extension',
        days: 5,
        reason: '情况复杂',
      })
    ).json() as { approvals: Array<{ id: string }> }
    expect(
      (
        await api('POST', `/cases/${c.id}/approvals/${asked.approvals[0]!.id}/decide`, f.marketApprover, {
          approve: true,
        })
      ).statusCode,
    ).toBe(200)
    const extended = await stored(c.id)
    expect(extended! > '2026-03-17').toBe(true)
    await expectInStep(c.id, extended)

    expect(
      (await api('PUT', '/calendar/days/2026-03-16', f.admin, { kind: 'holiday', name: '测试假日' }))
        .statusCode,
    ).toBe(200)
    const moved = await stored(c.id)
    expect(moved! > extended!).toBe(true)
    await expectInStep(c.id, moved)
    expect((await api('DELETE', '/calendar/days/2026-03-16', f.admin)).statusCode).toBe(200)
    await expectInStep(c.id, extended)

    expect(
      (
        await api('POST', `/cases/${c.id}/tasks/${task(f.departments.health)}/complete`, f.healthHandler, {
          outcome: 'approved',
        })
      ).statusCode,
    ).toBe(200)
    expect(
      (
        await api('POST', `/cases/${c.id}/tasks/${task(f.departments.market)}/complete`, f.marketHandler, {
          outcome: 'approved',
        })
      ).statusCode,
    ).toBe(200)
    await expectInStep(c.id, (await api('GET', `/cases/${c.id}`, f.clerk)).json().dueOn as string)
    expect(
      (
        await api('POST', `/cases/${c.id}/complete`, f.marketApprover, {
          outcome: 'approved',
          resultNumber: 'JY16501000088888',
        })
      ).statusCode,
    ).toBe(200)
    await expectInStep(c.id, null)
  })

  it('is the intake decision while received, none while waiting for a correction, the new one after it', async () => {
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    const c = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant(),
        submittedMaterials: [0, 1],
      })
    ).json() as { id: string; intakeDueOn: string }
    await expectInStep(c.id, c.intakeDueOn)
    expect(
      (await api('POST', `/cases/${c.id}/correction`, f.clerk, { missingMaterials: [2] })).statusCode,
    ).toBe(200)
    await expectInStep(c.id, null)
    ctx.clock.set('2026-03-04T02:00:00.000Z')
    const back = (
      await api('POST', `/cases/${c.id}/resubmit`, f.clerk, { suppliedMaterials: [2] })
    ).json() as { intakeDueOn: string }
    expect(back.intakeDueOn > c.intakeDueOn).toBe(true)
    await expectInStep(c.id, back.intakeDueOn)
  })

  /** The board as the lights say it, case by case, over every open case. */
  async function lightsOneByOne() {
    const cal = await ctx.container.calendar.get()
    const today = ctx.container.calendar.today()
    const settings = settingsView(await ctx.container.supervision.settings.get())
    const all = await new CaseFactsRepository('Asia/Shanghai').load(db(), { statuses: OPEN_STATUSES })
    const r = {
      red: new Set<string>(),
      yellow: new Set<string>(),
      cases: { red: 0, yellow: 0, paused: 0 },
      intakes: { red: 0, yellow: 0 },
      tasks: { red: 0, yellow: 0, paused: 0 },
      /** per department of the case: its own light (case or intake), running or stopped */
      byDepartment: new Map<string, { red: number; yellow: number }>(),
      /** cases whose own stopped clock is red or yellow */
      pausedLit: 0,
    }
    for (const facts of all) {
      const yellowDays = settings.yellowDays(facts.matterType)
      const colours: LightColour[] = []
      const own = caseLight(cal, facts, today, yellowDays)
      if (own && facts.status !== 'correction_requested') {
        const kind = facts.status === 'received' ? r.intakes : r.cases
        if (own.colour !== 'green') kind[own.colour] += 1
        if (own.isPaused) r.cases.paused += 1
        colours.push(own.colour)
        if (own.colour !== 'green') {
          if (own.isPaused) r.pausedLit += 1
          const d = r.byDepartment.get(facts.departmentId) ?? { red: 0, yellow: 0 }
          d[own.colour] += 1
          r.byDepartment.set(facts.departmentId, d)
        }
      }
      for (const t of facts.tasks) {
        const light = taskLight(cal, facts, t, today, yellowDays)
        if (!light) continue
        if (light.colour !== 'green') r.tasks[light.colour] += 1
        if (light.isPaused) r.tasks.paused += 1
        colours.push(light.colour)
      }
      const worst = worstColour(colours)
      if (worst === 'red' || worst === 'yellow') r[worst].add(facts.id)
    }
    return r
  }

  it('counts and lists on the board what the lights say case by case, running and stopped, with one yellow bound and with one per type', async () => {
    const supervisor = await staffSession(ctx, 'supervisor', [{ role: 'supervisor', departmentId: null }])
    const accepted = async (on: string) => {
      ctx.clock.set(`${on}T02:00:00.000Z`)
      const c = (
        await api('POST', '/cases', f.clerk, {
          matterCode: 'SCJG-SPJY-001',
          applicant: applicant(),
          submittedMaterials: [0, 1, 2],
        })
      ).json() as { id: string }
      expect((await api('POST', `/cases/${c.id}/accept`, f.clerk, {})).statusCode).toBe(200)
      return c.id
    }
    const pausedOn = async (id: string, on: string) => {
      ctx.clock.set(`${on}T02:00:00.000Z`)
      expect(
        (
          await api('POST', `/cases/${id}/supplement`, f.marketHandler, {
            reason: '补充材料',
            items: ['从业人员健康证明'],
          })
        ).statusCode,
      ).toBe(200)
    }
    // running since 03-02 (fire 03-11, health 03-12, case 03-16); stopped on 03-10, 03-11 and 03-12 (today)
    await accepted('2026-03-02')
    await pausedOn(await accepted('2026-03-02'), '2026-03-10')
    await pausedOn(await accepted('2026-03-02'), '2026-03-12')
    await pausedOn(await accepted('2026-03-02'), '2026-03-11')
    await accepted('2026-03-09')
    // an intake decision nobody made (due 03-09), and one waiting for a correction
    ctx.clock.set('2026-03-02T02:00:00.000Z')
    expect(
      (
        await api('POST', '/cases', f.clerk, {
          matterCode: 'GA-CRJ-001',
          applicant: applicant({ name: '买买提' }),
          submittedMaterials: [0, 1],
        })
      ).statusCode,
    ).toBe(200)
    const waiting = (
      await api('POST', '/cases', f.clerk, {
        matterCode: 'SCJG-SPJY-001',
        applicant: applicant(),
        submittedMaterials: [0, 1],
      })
    ).json() as { id: string }
    expect(
      (await api('POST', `/cases/${waiting.id}/correction`, f.clerk, { missingMaterials: [2] })).statusCode,
    ).toBe(200)

    const compare = async () => {
      const want = await lightsOneByOne()
      const o = (await api('GET', '/supervision/overview', supervisor)).json()
      expect(o).toMatchObject({
        red: want.red.size,
        yellow: want.yellow.size,
        cases: want.cases,
        intakes: want.intakes,
        tasks: want.tasks,
      })
      for (const light of ['red', 'yellow'] as const) {
        const page = (
          await api('GET', `/supervision/cases?light=${light}&pageSize=200`, supervisor)
        ).json() as { total: number; items: Array<{ id: string; dueOn: string }> }
        expect(page.total).toBe(want[light].size)
        expect(new Set(page.items.map((i) => i.id))).toEqual(want[light])
        expect(page.items.map((i) => i.dueOn)).toEqual(page.items.map((i) => i.dueOn).sort())
      }
      // the departments table: each department's red and yellow cases by their own light
      const { rows } = (await api('GET', '/supervision/departments', supervisor)).json() as {
        rows: Array<{ departmentId: string; red: number; yellow: number }>
      }
      const lit = rows.filter((d) => d.red || d.yellow)
      expect(new Map(lit.map((d) => [d.departmentId, { red: d.red, yellow: d.yellow }]))).toEqual(
        want.byDepartment,
      )
      return want
    }
    ctx.clock.set('2026-03-12T02:00:00.000Z')
    const byDefault = await compare()
    expect(byDefault.red.size).toBeGreaterThan(0)
    expect(byDefault.yellow.size).toBeGreaterThan(0)
    expect(byDefault.cases.paused + byDefault.tasks.paused).toBeGreaterThan(0)
    // a longer yellow for licensing (行政许可, the food licence's type): the bounds go per matter version
    await ctx.container.supervision.settings.set(
      {
        ...(await ctx.container.supervision.settings.get()),
        yellowDays: 1,
        yellowDaysByType: { licensing: 4 },
      },
      '2026-03-12T02:00:00.000Z',
      db(),
    )
    const byType = await compare()
    expect(byType.yellow.size).toBeGreaterThan(byDefault.yellow.size)
    // a stopped case clock lit yellow by the longer bound counts on the departments table too
    expect(byType.pausedLit).toBeGreaterThan(byDefault.pausedLit)
  })
})

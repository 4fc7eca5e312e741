import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  signIn,
  testDb,
  type TestContext,
} from '../../test/support/test-app'
import { DEMO_PASSWORD, seedDemo } from './demo'
import { SEED_ACTOR } from './demo/context'
import { bundles } from './demo/bundles'
import { departments } from './demo/departments'
import { allMatters } from './demo/matters'
import { staff } from './demo/staff'
import { DEMO_BIDDERS } from './demo/bidders'
import { windows } from './demo/hall'

/** The demo center, loaded through the services on this database (one seeded context for the file). */
describe.skipIf(isDbUnavailable())('demo center seed', () => {
  let ctx: TestContext
  let seconds = 0
  const rowCounts = async () => {
    const db = ctx.container.database.db
    const tables = [
      'divisions',
      'departments',
      'halls',
      'hall_floors',
      'hall_areas',
      'hall_windows',
      'window_departments',
      'window_categories',
      'window_staff',
      'facilities',
      'queue_categories',
      'users',
      'user_roles',
      'devices',
      'matters',
      'matter_versions',
      'bundles',
      'bundle_matters',
    ] as const
    const out: Record<string, number> = {}
    for (const t of tables)
      out[t] = Number(
        (
          await db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    return out
  }

  beforeAll(async () => {
    ctx = await createTestContext()
    const started = performance.now()
    expect(await seedDemo(ctx.container)).toBe(true)
    seconds = (performance.now() - started) / 1000
  }, 120_000)
  afterAll(() => ctx?.close())

  it('creates the divisions and the 33 departments at their levels', async () => {
    const divisions = await ctx.container.org.listDivisions()
    expect(divisions.map((d) => d.code)).toEqual([
      '650000',
      '650100',
      '650102',
      '650103',
      '650104',
      '650105',
      '650106',
      '650107',
      '650109',
      '650121',
    ])
    const deps = await ctx.container.org.listDepartments(SEED_ACTOR)
    expect(deps).toHaveLength(33)
    const codes = new Set(divisions.map((d) => d.code))
    for (const d of deps) expect(codes.has(d.divisionCode)).toBe(true)
    const police = deps.find((d) => d.code === 'GA')!
    expect(deps.find((d) => d.code === 'GA-CRJ')).toMatchObject({
      parentId: police.id,
      name: { ug: expect.stringContaining('جامائەت خەۋپسىزلىك') },
    })
    expect(deps.filter((d) => d.level === 'district').every((d) => d.divisionCode === '650105')).toBe(true)
    expect(deps.filter((d) => d.level === 'region').length).toBeGreaterThan(0)
  })

  it('creates the hall: six floors (1, 3, 5, 6 for service), four areas, facilities, windows that serve something', async () => {
    const [hall] = await ctx.container.halls.listHalls(SEED_ACTOR)
    expect(hall).toBeDefined()
    expect(hall!.floors.map((f) => [f.number, f.isServiceFloor])).toEqual([
      [1, true],
      [2, false],
      [3, true],
      [4, false],
      [5, true],
      [6, true],
    ])
    expect(hall!.areas.map((a) => a.code).sort()).toEqual(['BUILD', 'CITY', 'SERVICE', 'SMG'])
    expect(hall!.areas.map((a) => a.name.zh)).toEqual(
      expect.arrayContaining(['市级综合业务区', '建设工程领域业务区', '水磨沟区业务区', '配套服务区']),
    )
    const kinds = new Set(hall!.facilities.map((f) => f.kind))
    for (const k of ['wifi', 'print', 'bank', 'post', 'certificate', 'clinic', 'canteen', 'parking'])
      expect(kinds.has(k as never)).toBe(true)
    expect(hall!.facilities.find((f) => f.kind === 'canteen')?.capacity).toBe(1200)
    expect(hall!.facilities.find((f) => f.kind === 'parking')?.capacity).toBe(1500)
    expect(hall!.windows).toHaveLength(windows.length)
    for (const w of hall!.windows) {
      expect(w.departmentIds.length).toBeGreaterThan(0)
      expect(w.categoryIds.length).toBeGreaterThan(0)
    }
    const categories = await ctx.container.halls.listCategories()
    const five = hall!.windows.find((w) => w.number === 5)!
    expect(categories.filter((q) => five.categoryIds.includes(q.id)).map((q) => q.prefix)).toEqual(['A'])
    const clerk = (await ctx.container.auth.listUsers(SEED_ACTOR)).find((u) => u.username === 'clerk')!
    expect(five.staffIds).toEqual([clerk.id])
  })

  it('publishes 150+ matters whose departments, areas and categories exist, and 5+ bundles with a lead', async () => {
    const search = await ctx.container.catalog.matters.search({ page: 1, pageSize: 200 })
    expect(search.total).toBe(allMatters.length)
    expect(search.total).toBeGreaterThanOrEqual(150)
    const depIds = new Set((await ctx.container.org.listDepartments(SEED_ACTOR)).map((d) => d.id))
    for (const m of search.items) expect(depIds.has(m.department.id)).toBe(true)
    const guide = await ctx.container.catalog.matters.guide('GA-CRJ-001')
    expect(guide.document).toMatchObject({
      name: { zh: '普通护照签发' },
      legalLimitDays: 15,
      promisedLimitDays: 7,
    })
    expect(guide.hallArea?.code).toBe('CITY')
    expect(guide.queueCategory?.prefix).toBe('A')
    expect(
      (await ctx.container.catalog.matters.search({ q: 'huzhao', page: 1, pageSize: 5 })).items[0]?.name.zh,
    ).toContain('护照')
    const list = await ctx.container.catalog.bundles.list(SEED_ACTOR)
    expect(list.length).toBe(bundles.length)
    expect(list.length).toBeGreaterThanOrEqual(5)
    for (const b of list) {
      expect(b.isComplete).toBe(true)
      expect(depIds.has(b.leadDepartment.id)).toBe(true)
    }
  })

  it('publishes the materials and the bundle forms with their Uyghur and English names', async () => {
    const licence = await ctx.container.catalog.matters.guide('SCJ-004')
    expect(licence.document.materials.find((m) => m.name.zh === '营业执照')).toMatchObject({
      name: { en: 'Business licence', ug: 'تىجارەت كىنىشكىسى' },
    })
    for (const code of ['GA-CRJ-001', 'SCJ-001', 'BDC-002']) {
      for (const m of (await ctx.container.catalog.matters.guide(code)).document.materials)
        expect(
          [m.name.ug, m.name.en].every((n) => !!n && n !== m.name.zh),
          `${code} ${m.name.zh}`,
        ).toBe(true)
    }
    const restaurant = (await ctx.container.catalog.bundles.list(SEED_ACTOR)).find(
      (b) => b.code === 'YJS-KCG',
    )!
    const cuisine = restaurant.form.find((f) => f.key === 'cuisine')!
    expect(cuisine.label).toMatchObject({ en: 'Type of catering' })
    expect(cuisine.options.map((o) => o.en)).toEqual([
      'Hot food',
      'Cold food',
      'Raw food',
      'Pastries',
      'Home-made drinks',
    ])
    for (const f of restaurant.form)
      expect(
        [f.label.ug, f.label.en].every((n) => !!n && n !== f.label.zh),
        f.key,
      ).toBe(true)
  })

  it('lets the demo accounts sign in with their scopes, and binds the demo devices', async () => {
    const deps = new Map((await ctx.container.org.listDepartments(SEED_ACTOR)).map((d) => [d.code, d.id]))
    const cookie = await signIn(ctx.app, 'clerk', DEMO_PASSWORD)
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })
    expect(me.statusCode).toBe(200)
    expect(JSON.stringify(me.json())).toContain(deps.get('GA-CRJ')!)
    for (const name of ['admin', 'approver', 'supervisor', 'sw-approver'])
      await signIn(ctx.app, name, DEMO_PASSWORD)
    const users = await ctx.container.auth.listUsers(SEED_ACTOR)
    // the staff and the demo bidders' first accounts (registered as bidders register)
    expect(users).toHaveLength(staff.length + DEMO_BIDDERS.length)
    expect(users.find((u) => u.username === 'handler')?.grants).toEqual([
      { role: 'handler', departmentId: deps.get('GA-CRJ') },
    ])
    expect(users.find((u) => u.username === 'supervisor')?.grants).toEqual([
      { role: 'supervisor', departmentId: null },
    ])
    const pad = await ctx.container.devices.authenticate('demo-window-5-rating-credential')
    const [hall] = await ctx.container.halls.listHalls(SEED_ACTOR)
    expect(pad?.windowId).toBe(hall!.windows.find((w) => w.number === 5)!.id)
    const kiosk = await ctx.container.devices.authenticate('demo-kiosk-0001-credential')
    expect(kiosk?.areaId).toBe(hall!.areas.find((a) => a.code === 'CITY')!.id)
    expect(departments.length).toBe(33)
  })

  it('changes nothing when run again, even without its marker', async () => {
    const before = await rowCounts()
    expect(await seedDemo(ctx.container)).toBe(false)
    await ctx.container.database.db.deleteFrom('system_settings').where('key', '=', 'demo.seeded').execute()
    expect(await seedDemo(ctx.container)).toBe(true)
    expect(await rowCounts()).toEqual(before)
  })

  // speed is reported, not asserted (timed tests are flaky on a shared 2-core machine)
  afterAll(() => console.log(`demo seed took ${seconds.toFixed(2)} s`))
})

/** Two instances starting together on one PostgreSQL database: one seeds, the other waits and finds it done. */
// only PostgreSQL runs several instances on one database: registered in that project alone
const onPostgres = testDb === 'postgres' ? describe.skipIf(isDbUnavailable()) : () => {}
onPostgres('demo center seed, two instances at once', () => {
  it('creates everything once', async () => {
    const a = await createTestContext()
    const b = await createTestContext({ shareWith: a })
    try {
      const results = await Promise.all([seedDemo(a.container), seedDemo(b.container)])
      expect(results.filter(Boolean)).toHaveLength(1)
      const db = a.container.database.db
      const count = async (t: 'halls' | 'departments' | 'matters' | 'users' | 'hall_windows') =>
        Number(
          (
            await db
              .selectFrom(t)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        )
      expect(await count('halls')).toBe(1)
      expect(await count('departments')).toBe(33)
      expect(await count('hall_windows')).toBe(windows.length)
      expect(await count('users')).toBe(staff.length + DEMO_BIDDERS.length)
      expect(await count('matters')).toBe(allMatters.length)
    } finally {
      await b.close()
      await a.close()
    }
  }, 120_000)
})

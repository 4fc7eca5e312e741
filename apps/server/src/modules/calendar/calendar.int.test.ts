import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../cli/commands'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  type TestContext,
} from '../../../test/support/test-app'

// A made-up 2027 schedule (the real one is not published yet): 2027-10-01 is a Friday.
const schedule2027 = [
  '# 2027 (test data)',
  'date,kind,name',
  '2027-01-01,holiday,元旦',
  '2027-09-26,workday,国庆节',
  ...[1, 2, 3, 4, 5, 6, 7].map((d) => `2027-10-0${d},holiday,国庆节`),
  '2027-10-09,workday,国庆节',
].join('\n')

describe.skipIf(isDbUnavailable())('working-day calendar API', () => {
  let ctx: TestContext
  let admin: string
  let clerk: string
  const get = (url: string, cookie?: string) =>
    ctx.app.inject({ method: 'GET', url, ...(cookie ? { headers: { cookie } } : {}) })
  const send = (
    method: 'PUT' | 'DELETE' | 'POST',
    url: string,
    cookie: string | undefined,
    payload?: object,
  ) =>
    ctx.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload }),
      ...(cookie ? { headers: { cookie } } : {}),
    })
  const setDay = (date: string, body: object, cookie = admin) =>
    send('PUT', `/api/v1/calendar/days/${date}`, cookie, body)
  const importYear = (year: number | string, content: string, cookie = admin) =>
    send('POST', `/api/v1/calendar/years/${year}/import`, cookie, { content })
  const daysOf = async (year: number) =>
    (await get(`/api/v1/calendar/days?year=${year}`)).json().days as Array<{ date: string; kind: string }>

  beforeAll(async () => {
    ctx = await createTestContext() // the clock says 2026-03-02 in Asia/Shanghai
    admin = await staffSession(ctx, 'cal-admin', [{ role: 'admin', departmentId: null }])
    clerk = await staffSession(ctx, 'cal-clerk', [{ role: 'clerk', departmentId: null }])
  })
  afterAll(() => ctx.close())

  it('is seeded with 2016–2026 on a fresh database and warns that 2027 is missing', async () => {
    const res = await get('/api/v1/calendar/years')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({
      today: '2026-03-02',
      currentYear: 2026,
      nextYear: 2027,
      missingYears: [2027],
      status: 'next-year-missing',
    })
    expect(body.years.map((y: { year: number }) => y.year)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ])
    expect(body.years[0].source).toBe('chinese-days@1.5.7')
    const days = (await get('/api/v1/calendar/days?year=2026')).json()
    expect(days.isLoaded).toBe(true)
    expect(days.days).toContainEqual(
      expect.objectContaining({ date: '2026-10-10', kind: 'workday', name: '国庆节' }),
    )

    const ready = await get('/readyz')
    expect(ready.statusCode).toBe(200)
    expect(ready.json().checks.calendar).toEqual({
      ok: true,
      detail: expect.stringContaining('2027 not loaded'),
    })
    const metrics = (await get('/metrics')).body
    expect(metrics).toContain('yimin_calendar_year_loaded{year="2026"} 1')
    expect(metrics).toContain('yimin_calendar_year_loaded{year="2027"} 0')
  })

  it('calculates working days on the 2026 schedule, publicly', async () => {
    const add = await get('/api/v1/calendar/add?from=2026-09-30&days=5')
    expect(add.statusCode).toBe(200)
    expect(add.json()).toMatchObject({
      from: '2026-09-30',
      days: 5,
      date: '2026-10-13',
      isProvisional: false,
      provisionalYears: [],
    })
    expect(add.json().holidays).toHaveLength(7)
    expect(add.json().makeUpWorkdays).toEqual([{ date: '2026-10-10', name: '国庆节' }])
    expect((await get('/api/v1/calendar/count?from=2026-09-30&to=2026-10-13')).json()).toEqual({
      from: '2026-09-30',
      to: '2026-10-13',
      workingDays: 5,
      isProvisional: false,
      provisionalYears: [],
    })
    expect((await get('/api/v1/calendar/add?from=2026-12-28&days=5')).json()).toMatchObject({
      date: '2027-01-04',
      isProvisional: true,
      provisionalYears: [2027],
    })
    expect((await get('/api/v1/calendar/add?from=2026-10-01&days=0')).json()).toMatchObject({
      date: '2026-10-01',
      holidays: [],
    })
  })

  it('refuses bad calculator input with a stable code', async () => {
    for (const q of [
      'add?from=2026-02-30&days=1',
      'add?from=2026-9-30&days=1',
      'add?from=2026-09-30&days=-1',
      'add?from=2026-09-30&days=1001',
      'add?from=2026-09-30&days=x',
      'add?from=2026-09-30',
      'add?from=2026-09-30&days=1&extra=1',
      'count?from=2026-09-30',
    ]) {
      const res = await get(`/api/v1/calendar/${q}`)
      expect([q, res.statusCode, res.json().code]).toEqual([q, 400, 'VALIDATION_FAILED'])
    }
    for (const q of ['add?from=1999-12-31&days=1', 'count?from=2026-01-01&to=2100-01-01', 'days?year=2150']) {
      const res = await get(`/api/v1/calendar/${q}`)
      expect([q, res.statusCode, res.json().code]).toEqual([q, 400, 'CALENDAR_DATE_OUT_OF_RANGE'])
    }
  })

  it('lets admins set and remove a holiday; others are refused and nothing changes', async () => {
    expect((await setDay('2026-03-04', { kind: 'holiday', name: '测试' }, clerk)).json().code).toBe(
      'FORBIDDEN',
    )
    expect((await setDay('2026-03-04', { kind: 'holiday', name: '测试' }, '')).json().code).toBe(
      'AUTH_REQUIRED',
    )
    expect((await send('DELETE', '/api/v1/calendar/days/2026-10-01', clerk)).statusCode).toBe(403)
    expect((await get('/api/v1/calendar/add?from=2026-03-02&days=5')).json().date).toBe('2026-03-09')

    const set = await setDay('2026-03-04', { kind: 'holiday', name: '  测试  ' })
    expect(set.statusCode).toBe(200)
    expect(set.json()).toEqual({ changedDates: ['2026-03-04'], loadedYears: [] })
    expect((await get('/api/v1/calendar/add?from=2026-03-02&days=5')).json()).toMatchObject({
      date: '2026-03-10',
      holidays: [{ date: '2026-03-04', name: '测试' }],
    })
    // renaming changes no date's status
    expect((await setDay('2026-03-04', { kind: 'holiday', name: '改名' })).json().changedDates).toEqual([])

    expect((await send('DELETE', '/api/v1/calendar/days/2026-03-04', admin)).json()).toEqual({
      changedDates: ['2026-03-04'],
      loadedYears: [],
    })
    expect((await get('/api/v1/calendar/add?from=2026-03-02&days=5')).json().date).toBe('2026-03-09')
    const again = await send('DELETE', '/api/v1/calendar/days/2026-03-04', admin)
    expect([again.statusCode, again.json().code]).toEqual([404, 'CALENDAR_DAY_NOT_FOUND'])

    const weekday = await setDay('2026-03-05', { kind: 'workday', name: '补班' })
    expect([weekday.statusCode, weekday.json().code]).toEqual([400, 'CALENDAR_WORKDAY_NOT_WEEKEND'])
    expect((await setDay('2026-03-05', { kind: 'off', name: 'x' })).json().code).toBe('VALIDATION_FAILED')
    expect((await setDay('2026-03-05', { kind: 'holiday', name: '' })).json().code).toBe('VALIDATION_FAILED')
    expect((await setDay('2026-13-05', { kind: 'holiday', name: 'x' })).json().code).toBe('VALIDATION_FAILED')
    expect((await daysOf(2026)).some((d) => d.date === '2026-03-05' || d.date === '2026-03-04')).toBe(false)

    const audit = await ctx.container.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'calendar.%')
      .execute()
    expect(audit.map((a) => a.action)).toEqual([
      'calendar.day-set',
      'calendar.day-set',
      'calendar.day-delete',
    ])
  })

  it('refuses a bad import file line by line and changes nothing', async () => {
    const before = await daysOf(2026)
    const bad = await importYear(
      2026,
      'date,kind,name\n2026-10-01,holiday,国庆节\n2026-10-32,holiday,x\n2027-01-01,holiday,元旦\n2026-10-01,workday,y',
    )
    expect(bad.statusCode).toBe(400)
    expect(bad.json().code).toBe('CALENDAR_IMPORT_INVALID')
    expect(bad.json().details.errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
      [3, 'date'],
      [4, 'other-year'],
      [5, 'workday-not-weekend'],
    ])
    expect((await importYear(2027, 'date,kind,name\n', clerk)).json().code).toBe('FORBIDDEN')
    expect((await importYear(2027, '')).json().code).toBe('VALIDATION_FAILED')
    expect((await importYear(2027, '# only a comment')).json().details.errors[0].code).toBe('empty')
    expect((await importYear(1999, schedule2027)).json().code).toBe('CALENDAR_DATE_OUT_OF_RANGE')
    expect(await daysOf(2026)).toEqual(before)
    expect((await get('/api/v1/calendar/years')).json().missingYears).toEqual([2027])
  })

  it('imports a year: results crossing it are no longer provisional and the warning ends', async () => {
    const res = await importYear(2027, schedule2027)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ year: 2027, holidays: 8, workdays: 2, loadedYears: [2027] })
    expect(res.json().changedDates).toEqual([
      '2027-01-01',
      '2027-09-26',
      '2027-10-01',
      '2027-10-04',
      '2027-10-05',
      '2027-10-06',
      '2027-10-07',
      '2027-10-09',
    ])
    expect((await get('/api/v1/calendar/add?from=2026-12-28&days=5')).json()).toMatchObject({
      date: '2027-01-05',
      isProvisional: false,
    })
    expect((await get('/api/v1/calendar/add?from=2027-09-30&days=1')).json().date).toBe('2027-10-08')
    expect((await get('/api/v1/calendar/years')).json()).toMatchObject({ missingYears: [], status: 'ok' })
    expect((await get('/readyz')).json().checks.calendar.detail).toBe('loaded 2016–2027')
    expect((await get('/metrics')).body).toContain('yimin_calendar_year_loaded{year="2027"} 1')

    // importing again replaces the year's days, all of them
    const again = await importYear(2027, '2027-01-01,holiday,元旦')
    expect(again.json()).toMatchObject({ holidays: 1, workdays: 0, loadedYears: [] })
    expect((await daysOf(2027)).map((d) => d.date)).toEqual(['2027-01-01'])
    expect((await get('/api/v1/calendar/add?from=2027-09-30&days=1')).json().date).toBe('2027-10-01')
  })
})

describe.skipIf(isDbUnavailable())('calendar changes and other modules', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext()
  })
  afterAll(() => ctx.close())

  it('calls change listeners inside the transaction, with the changed dates and the new calendar', async () => {
    const calendar = ctx.container.calendar
    const seen: Array<{ dates: string[]; loadedYears: number[]; due: string }> = []
    const off = calendar.onCalendarChanged(async ({ dates, loadedYears, calendar: next, tx }) => {
      seen.push({ dates, loadedYears, due: next.addWorkingDays('2026-03-02', 5).date })
      // what a case module would do: write in the same transaction
      await tx
        .insertInto('system_settings')
        .values({
          key: `test.recomputed.${seen.length}`,
          value: dates.join(','),
          updated_at: '2026-03-02T00:00:00.000Z',
        })
        .execute()
    })
    await calendar.setDay('system', '2026-03-06', { kind: 'holiday', name: '测试' })
    expect(seen).toEqual([{ dates: ['2026-03-06'], loadedYears: [], due: '2026-03-10' }])
    const row = await ctx.container.database.db
      .selectFrom('system_settings')
      .select('value')
      .where('key', '=', 'test.recomputed.1')
      .executeTakeFirst()
    expect(row?.value).toBe('2026-03-06')
    off()
  })

  it('rolls the change back when a listener fails', async () => {
    const calendar = ctx.container.calendar
    const off = calendar.onCalendarChanged(async () => {
      throw new Error('recomputation failed')
    })
    await expect(calendar.setDay('system', '2026-03-09', { kind: 'holiday', name: '测试' })).rejects.toThrow(
      'recomputation failed',
    )
    await expect(calendar.importYear('system', 2027, schedule2027)).rejects.toThrow('recomputation failed')
    off()
    const cal = await calendar.get()
    expect(cal.isWorkingDay('2026-03-09')).toBe(true)
    expect(cal.isYearLoaded(2027)).toBe(false)
    expect(
      await ctx.container.database.db
        .selectFrom('calendar_days')
        .select('date')
        .where('date', '=', '2026-03-09')
        .executeTakeFirst(),
    ).toBeUndefined()
  })

  it('another instance on the same database sees a change at its next request', async () => {
    const other = await createTestContext({ shareWith: ctx })
    try {
      expect((await other.app.inject('/api/v1/calendar/add?from=2026-03-10&days=1')).json().date).toBe(
        '2026-03-11',
      )
      await ctx.container.calendar.setDay('system', '2026-03-11', { kind: 'holiday', name: '测试' })
      expect((await other.app.inject('/api/v1/calendar/add?from=2026-03-10&days=1')).json().date).toBe(
        '2026-03-12',
      )
    } finally {
      await other.close()
    }
  })

  it('imports a year from the command line with clear exit codes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-cal-'))
    const lines: string[] = []
    const io = { env: ctx.env, say: (l: string) => lines.push(l), readStdin: async () => '' }
    try {
      fs.writeFileSync(
        path.join(dir, 'bad.csv'),
        'date,kind,name\n2027-01-01,holiday,元旦\n2027-01-02,maybe,x\n',
      )
      expect(await runCli(['calendar-import', '2027', path.join(dir, 'bad.csv')], io)).toBe(2)
      expect(lines.at(-1)).toContain('line 3: kind must be holiday or workday')
      expect(await runCli(['calendar-import', '2027'], io)).toBe(2)
      expect(await runCli(['calendar-import', 'next', path.join(dir, 'bad.csv')], io)).toBe(2)
      expect(await runCli(['calendar-import', '2027', path.join(dir, 'missing.csv')], io)).toBe(2)
      expect((await ctx.container.calendar.get()).isYearLoaded(2027)).toBe(false)

      fs.writeFileSync(path.join(dir, '2027.csv'), schedule2027)
      expect(await runCli(['calendar-import', '2027', path.join(dir, '2027.csv')], io)).toBe(0)
      expect(lines.at(-1)).toBe('2027 loaded: 8 holidays, 2 make-up working days; 8 dates changed status')
      // the running server (another container) sees it
      const years = (await ctx.app.inject('/api/v1/calendar/years')).json()
      expect(years.years.at(-1)).toMatchObject({ year: 2027, source: 'cli-import', loadedBy: 'system' })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

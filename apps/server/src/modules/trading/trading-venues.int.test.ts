import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { seedTradingFixtures, type TradingFixtures } from './test-fixtures'

/**
 * Rooms and bookings through the API on both databases: concurrent bookings of one room and
 * time (exactly one wins), the day's openings on the public site with the opening room, and
 * evaluation rooms never public.
 */
describe.skipIf(isDbUnavailable())('trading: venues', () => {
  let ctx: TestContext
  let f: TradingFixtures
  let lotIds: string[]
  let projectId: string
  let openingRoom: string
  let evaluationRoom: string
  /** lots with an opening room: the winner of the race and the adjacent booking's lot */
  let roomed: Set<string>
  const api = (method: 'GET' | 'POST', url: string, cookie: string | null, payload?: object) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: cookie ? { cookie } : {},
      ...(payload ? { payload } : {}),
    })

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    ctx.clock.set('2026-06-01T02:00:00.000Z')
    f = await seedTradingFixtures(ctx)
    const p = await api('POST', '/trading/projects', f.cookies.agencyA, {
      name: '乌鲁木齐市第十九中学教学楼改扩建工程',
      category: 'works',
      method: 'open_tender',
      region: '650104',
      ownerOrgId: f.orgs.owner,
      agencyOrgId: f.orgs.agencyA,
      supervisingDepartmentId: f.departments.housing,
      budgetFen: 31_200_000_00,
      isLegallyRequired: true,
      lots: [1, 2, 3, 4, 5, 6].map((i) => ({ name: `第${i}标段`, budgetFen: 5_000_000_00 })),
    })
    projectId = p.json<{ id: string }>().id
    lotIds = p.json<{ lots: Array<{ id: string }> }>().lots.map((l) => l.id)
    await api('POST', `/trading/projects/${projectId}/register`, f.cookies.staff)
    const a = await api('POST', `/trading/projects/${projectId}/announcements`, f.cookies.agencyA, {
      kind: 'tender',
      title: '乌鲁木齐市第十九中学教学楼改扩建工程招标公告',
      body: '……',
      language: 'zh-CN',
      dates: { saleStart: '2026-06-01', saleEnd: '2026-06-08', bidDeadline: '2026-06-22T10:30:00+08:00' },
    })
    const pub = await api(
      'POST',
      `/trading/announcements/${a.json<{ id: string }>().id}/publish`,
      f.cookies.agencyA,
      {},
    )
    expect(pub.statusCode, pub.body).toBe(200)
    const room = async (name: string, kind: string) =>
      (
        await api('POST', '/trading/rooms', f.cookies.staff, {
          name,
          kind,
          capacity: 40,
          equipment: ['录音录像', '电子开标系统'],
        })
      ).json<{ id: string }>().id
    openingRoom = await room('第一开标室', 'opening')
    evaluationRoom = await room('第三评标室（隔离区）', 'evaluation')
  })
  afterAll(() => ctx.close())

  it('of concurrent bookings of one room and time exactly one wins', async () => {
    const results = await Promise.all(
      lotIds.map((lotId) =>
        api('POST', '/trading/bookings', f.cookies.staff, {
          roomId: openingRoom,
          lotId,
          startsAt: '2026-06-22T02:30:00.000Z',
          endsAt: '2026-06-22T04:00:00.000Z',
        }),
      ),
    )
    const codes = results.map((r) => r.statusCode).sort()
    const winner = results.find((r) => r.statusCode === 201)?.json<{ lotId: string }>().lotId
    roomed = new Set([winner!, lotIds[1]!])
    expect(codes).toEqual([201, 409, 409, 409, 409, 409])
    for (const r of results.filter((x) => x.statusCode === 409))
      expect(r.json().code).toBe('TRADING_ROOM_TAKEN')
    const rows = await ctx.container.database.db.selectFrom('trading_room_slots').selectAll().execute()
    expect(rows).toHaveLength(3)
    // an overlapping half hour is refused; the adjacent one is free
    const overlap = await api('POST', '/trading/bookings', f.cookies.staff, {
      roomId: openingRoom,
      lotId: lotIds[1],
      startsAt: '2026-06-22T03:30:00.000Z',
      endsAt: '2026-06-22T04:30:00.000Z',
    })
    expect(overlap.json().code).toBe('TRADING_ROOM_TAKEN')
    const adjacent = await api('POST', '/trading/bookings', f.cookies.staff, {
      roomId: openingRoom,
      lotId: lotIds[1],
      startsAt: '2026-06-22T04:00:00.000Z',
      endsAt: '2026-06-22T05:00:00.000Z',
    })
    expect(adjacent.statusCode).toBe(201)
  })

  it('refuses bad spans, unknown rooms and anyone but the center', async () => {
    const base = {
      roomId: openingRoom,
      lotId: lotIds[2],
      startsAt: '2026-06-23T02:10:00.000Z',
      endsAt: '2026-06-23T03:00:00.000Z',
    }
    expect((await api('POST', '/trading/bookings', f.cookies.staff, base)).json().code).toBe(
      'TRADING_BOOKING_INVALID',
    )
    const good = { ...base, startsAt: '2026-06-23T02:00:00.000Z' }
    expect(
      (await api('POST', '/trading/bookings', f.cookies.staff, { ...good, roomId: 'nope' })).json().code,
    ).toBe('TRADING_ROOM_NOT_FOUND')
    expect((await api('POST', '/trading/bookings', f.cookies.agencyA, good)).statusCode).toBe(403)
    expect((await api('POST', '/trading/bookings', null, good)).statusCode).toBe(401)
    expect(
      (
        await api(
          'GET',
          '/trading/bookings?from=2026-06-22T00:00:00Z&to=2026-06-23T00:00:00Z',
          f.cookies.agencyA,
        )
      ).statusCode,
    ).toBe(403)
  })

  it("the day's openings show the opening room; evaluation rooms never appear on public routes", async () => {
    const ev = await api('POST', '/trading/bookings', f.cookies.staff, {
      roomId: evaluationRoom,
      lotId: lotIds[0],
      startsAt: '2026-06-22T04:00:00.000Z',
      endsAt: '2026-06-22T09:00:00.000Z',
    })
    expect(ev.statusCode).toBe(201)
    ctx.clock.set('2026-06-21T03:00:00.000Z')
    expect((await api('GET', '/trading/public/openings', null)).json().items).toEqual([])
    expect((await api('GET', '/trading/public/openings?span=week', null)).json().items).toHaveLength(6)
    ctx.clock.set('2026-06-22T00:30:00.000Z') // 08:30 in the center
    const today = (await api('GET', '/trading/public/openings', null)).json()
    expect(today.from).toBe('2026-06-21T16:00:00.000Z')
    expect(today.items).toHaveLength(6)
    const rooms = today.items.map((i: { roomName: string | null }) => i.roomName)
    expect(rooms.filter((r: string | null) => r === '第一开标室')).toHaveLength(roomed.size)
    for (const url of [
      '/trading/public/openings',
      '/trading/public/openings?span=week',
      `/trading/public/projects/${projectId}`,
      '/trading/public/announcements',
      '/trading/public/feed/works',
    ]) {
      const body = (await api('GET', url, null)).body
      expect(body).not.toContain('评标室')
      expect(body).not.toContain(evaluationRoom)
    }
    // the staff calendar shows both
    const all = (
      await api('GET', '/trading/bookings?from=2026-06-22T00:00:00Z&to=2026-06-23T00:00:00Z', f.cookies.staff)
    ).json()
    expect(all.map((b: { roomKind: string }) => b.roomKind).sort()).toEqual([
      'evaluation',
      'opening',
      'opening',
    ])
  })

  it('the supervision board: projects of the department by stage, openings without a room flagged', async () => {
    ctx.clock.set('2026-06-20T02:00:00.000Z')
    const b = await api('GET', '/trading/board', f.cookies.housingSupervisor)
    expect(b.statusCode, b.body).toBe(200)
    expect(b.json().counts).toEqual([
      { status: 'announced', category: 'works', projects: 1, lots: 6, budgetFen: 31_200_000_00 },
    ])
    // its six lots all still take bids
    expect(b.json().lotCounts).toMatchObject([{ stage: 'open', category: 'works', lots: 6 }])
    const flagged = b
      .json()
      .anomalies.filter((a: { code: string }) => a.code === 'TRADING_OPENING_WITHOUT_VENUE')
    expect(flagged.map((a: { subjectId: string }) => a.subjectId).sort()).toEqual(
      lotIds.filter((l) => !roomed.has(l)).sort(),
    )
    expect(b.json().anomalies).toHaveLength(6 - roomed.size)
    const other = (await api('GET', '/trading/board', f.cookies.financeSupervisor)).json()
    expect(other).toEqual({ counts: [], lotCounts: [], anomalies: [] })
    expect((await api('GET', '/trading/board', f.cookies.agencyA)).statusCode).toBe(403)
    expect((await api('GET', '/trading/board', null)).statusCode).toBe(401)
  })
})

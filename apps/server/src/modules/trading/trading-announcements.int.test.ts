import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { verifyChain } from '../cases/event-chain'
import { seedTradingFixtures, type TradingFixtures } from './test-fixtures'
import { projectChain } from './trading-journal'

/**
 * Projects, registration and announcements through the API on both databases: the timetable
 * refuses a short period (and changes nothing), a late change moves the deadline and says so,
 * other organisations get 404, the public site shows what is published and nothing else.
 */
describe.skipIf(isDbUnavailable())('trading: projects and announcements', () => {
  let ctx: TestContext
  let f: TradingFixtures
  let projectId: string
  let tenderId: string
  const api = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string | null, payload?: unknown) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: cookie ? { cookie } : {},
      ...(payload !== undefined ? { payload: payload as object } : {}),
    })

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    ctx.clock.set('2026-06-01T02:00:00.000Z') // Monday 10:00 in Urumqi's center (Asia/Shanghai)
    f = await seedTradingFixtures(ctx)
    const res = await api('POST', '/trading/projects', f.cookies.agencyA, {
      name: '米东区北部片区市政道路新建工程施工',
      category: 'works',
      method: 'open_tender',
      region: '650109',
      ownerOrgId: f.orgs.owner,
      agencyOrgId: f.orgs.agencyA,
      supervisingDepartmentId: f.departments.housing,
      budgetFen: 48_600_000_00,
      isLegallyRequired: true,
      lots: [
        { name: '第一标段', budgetFen: 26_000_000_00, ceilingFen: 25_500_000_00 },
        { name: '第二标段', budgetFen: 22_600_000_00 },
      ],
    })
    expect(res.statusCode, res.body).toBe(201)
    projectId = res.json().id
  })
  afterAll(() => ctx.close())

  it("an agency cannot enter a project in another agency's name, nor a method the category lacks", async () => {
    const base = {
      name: 'x',
      category: 'works',
      method: 'open_tender',
      region: '650109',
      ownerOrgId: f.orgs.owner,
      agencyOrgId: f.orgs.agencyA,
      supervisingDepartmentId: f.departments.housing,
      budgetFen: 100,
      isLegallyRequired: true,
      lots: [{ name: 'a', budgetFen: 100 }],
    }
    expect((await api('POST', '/trading/projects', f.cookies.agencyB, base)).json().code).toBe(
      'TRADING_ORG_NOT_FOUND',
    )
    expect(
      (await api('POST', '/trading/projects', f.cookies.agencyA, { ...base, method: 'inquiry' })).json().code,
    ).toBe('TRADING_METHOD_NOT_ALLOWED')
    expect(
      (await api('POST', '/trading/projects', f.cookies.agencyA, { ...base, budgetFen: 1.5 })).statusCode,
    ).toBe(400)
    expect((await api('POST', '/trading/projects', f.cookies.staff, base)).statusCode).toBe(403)
  })

  it('shows a project to its agency, tenderee, supervisor and the center; 404 to everyone else', async () => {
    for (const c of [
      f.cookies.agencyA,
      f.cookies.tenderee,
      f.cookies.housingSupervisor,
      f.cookies.staff,
      f.cookies.admin,
    ])
      expect((await api('GET', `/trading/projects/${projectId}`, c)).statusCode).toBe(200)
    for (const c of [f.cookies.agencyB, f.cookies.financeSupervisor]) {
      const res = await api('GET', `/trading/projects/${projectId}`, c)
      expect(res.statusCode).toBe(404)
      expect(res.json().code).toBe('TRADING_PROJECT_NOT_FOUND')
      expect((await api('GET', `/trading/projects/${projectId}/history`, c)).statusCode).toBe(404)
      const draft = { kind: 'termination', title: 't', body: 'b', language: 'zh-CN', dates: {} }
      expect((await api('POST', `/trading/projects/${projectId}/announcements`, c, draft)).statusCode).toBe(
        404,
      )
    }
    expect((await api('GET', '/trading/projects', f.cookies.agencyB)).json()).toEqual([])
    expect((await api('GET', '/trading/projects', f.cookies.tenderee)).json()).toHaveLength(1)
    expect((await api('GET', `/trading/projects/${projectId}`, f.cookies.clerk)).statusCode).toBe(403)
    expect((await api('GET', `/trading/projects/${projectId}`, null)).statusCode).toBe(401)
  })

  it('refuses a 19-day tender period with the rule and its basis, and changes nothing', async () => {
    const drafted = await api('POST', `/trading/projects/${projectId}/announcements`, f.cookies.agencyA, {
      kind: 'tender',
      title: '米东区北部片区市政道路新建工程施工招标公告',
      body: '招标条件：本招标项目已由乌鲁木齐市米东区发展和改革委员会批准建设……',
      language: 'zh-CN',
      dates: { saleStart: '2026-06-01', saleEnd: '2026-06-08', bidDeadline: '2026-06-20T03:30:00+08:00' },
    })
    expect(drafted.statusCode, drafted.body).toBe(201)
    tenderId = drafted.json().id
    // another agency cannot publish it
    expect(
      (await api('POST', `/trading/announcements/${tenderId}/publish`, f.cookies.agencyB, {})).statusCode,
    ).toBe(404)
    // not before the center registered the project (进场登记)
    const early = await api('POST', `/trading/announcements/${tenderId}/publish`, f.cookies.agencyA, {})
    expect(early.json().code).toBe('TRADING_ANNOUNCEMENT_KIND_NOT_ALLOWED')
    expect((await api('POST', `/trading/projects/${projectId}/register`, f.cookies.agencyA)).statusCode).toBe(
      403,
    )
    expect(
      (await api('POST', `/trading/projects/${projectId}/register`, f.cookies.staff)).json().status,
    ).toBe('registered')
    expect((await api('POST', `/trading/projects/${projectId}/register`, f.cookies.staff)).json().code).toBe(
      'TRADING_PROJECT_STATE',
    )

    const check = await api('POST', `/trading/projects/${projectId}/timetable-check`, f.cookies.agencyA, {
      kind: 'tender',
      dates: { saleStart: '2026-06-01', saleEnd: '2026-06-08', bidDeadline: '2026-06-20T03:30:00+08:00' },
    })
    expect(check.json()).toMatchObject({ ok: false, timetableVersion: 0 })
    const res = await api('POST', `/trading/announcements/${tenderId}/publish`, f.cookies.agencyA, {})
    expect(res.statusCode).toBe(422)
    expect(res.json().code).toBe('TRADING_TIMETABLE_VIOLATION')
    expect(res.json().details.violations).toEqual([
      expect.objectContaining({
        ruleId: 'works.issue_to_deadline',
        basis: '招标投标法 第24条',
        days: 20,
        unit: 'calendar',
        actual: '2026-06-20',
        required: '2026-06-22', // 06-21 is a Sunday: the period ends on Monday
      }),
    ])
    const project = (await api('GET', `/trading/projects/${projectId}`, f.cookies.agencyA)).json()
    expect(project.status).toBe('registered')
    expect(project.lots.map((l: { bidDeadline: string | null }) => l.bidDeadline)).toEqual([null, null])
    expect((await api('GET', '/trading/public/announcements', null)).json().total).toBe(0)
  })

  it('publishes once the period is fixed; a published announcement never changes', async () => {
    const fixed = await api('PATCH', `/trading/announcements/${tenderId}`, f.cookies.agencyA, {
      dates: { saleStart: '2026-06-01', saleEnd: '2026-06-08', bidDeadline: '2026-06-22T10:30:00+08:00' },
    })
    expect(fixed.statusCode, fixed.body).toBe(200)
    const res = await api('POST', `/trading/announcements/${tenderId}/publish`, f.cookies.agencyA, {})
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().status).toBe('published')
    expect(
      (await api('POST', `/trading/announcements/${tenderId}/publish`, f.cookies.agencyA, {})).json().code,
    ).toBe('TRADING_ANNOUNCEMENT_PUBLISHED')
    expect(
      (await api('PATCH', `/trading/announcements/${tenderId}`, f.cookies.agencyA, { title: 'x' })).json()
        .code,
    ).toBe('TRADING_ANNOUNCEMENT_PUBLISHED')
    const project = (await api('GET', `/trading/projects/${projectId}`, f.cookies.tenderee)).json()
    expect(project.status).toBe('announced')
    expect(
      project.lots.map((l: { bidDeadline: string; timetableVersion: number }) => [
        l.bidDeadline,
        l.timetableVersion,
      ]),
    ).toEqual([
      ['2026-06-22T02:30:00.000Z', 0],
      ['2026-06-22T02:30:00.000Z', 0],
    ])
  })

  it('a late change that affects bids moves the deadline and says so', async () => {
    ctx.clock.set('2026-06-10T02:00:00.000Z') // 12 days before the deadline: less than 15
    const change = await api('POST', `/trading/projects/${projectId}/announcements`, f.cookies.agencyA, {
      kind: 'change',
      title: '米东区北部片区市政道路新建工程施工变更公告（第20260610号）',
      body: '工程量清单第3章第12项更正……',
      language: 'zh-CN',
      previousId: tenderId,
      dates: { affectsBids: true },
    })
    expect(change.statusCode, change.body).toBe(201)
    const res = await api('POST', `/trading/announcements/${change.json().id}/publish`, f.cookies.agencyA, {})
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().movedDeadline).toEqual({
      from: '2026-06-22T02:30:00.000Z',
      to: '2026-06-25T02:30:00.000Z', // 06-10 + 15 days, same time of day
      ruleId: 'works.clarification_before_deadline',
      basis: '招标投标法 第23条; 实施条例 第21条',
    })
    const project = (await api('GET', `/trading/projects/${projectId}`, f.cookies.agencyA)).json()
    expect(project.lots[0].bidDeadline).toBe('2026-06-25T02:30:00.000Z')
    expect(project.lots[0].openingAt).toBe('2026-06-25T02:30:00.000Z')

    const history = (
      await api('GET', `/trading/projects/${projectId}/history`, f.cookies.housingSupervisor)
    ).json()
    expect(history.map((e: { type: string }) => e.type)).toEqual([
      'project.created',
      'announcement.drafted',
      'project.registered',
      'announcement.published',
      'announcement.drafted',
      'announcement.published',
      'deadline.moved',
    ])
    const rows = await ctx.container.database.db
      .selectFrom('trading_project_events')
      .selectAll()
      .where('project_id', '=', projectId)
      .orderBy('seq')
      .execute()
    expect(verifyChain(ctx.config.eventHash, projectChain(rows))).toEqual([])
    // tampering with one event breaks the chain
    const tampered = rows.map((r, i) => (i === 2 ? { ...r, data: '{"status":"draft"}' } : r))
    expect(verifyChain(ctx.config.eventHash, projectChain(tampered)).length).toBeGreaterThan(0)
  })

  it('a change that brings the deadline earlier is checked like the tender, and refused when short', async () => {
    // 06-10: the deadline is 06-25; 06-18 leaves 17 days from the documents' issue (06-01) and
    // 8 days after the change itself
    const change = await api('POST', `/trading/projects/${projectId}/announcements`, f.cookies.agencyA, {
      kind: 'change',
      title: '米东区北部片区市政道路新建工程施工变更公告（提前截止）',
      body: '投标截止时间提前……',
      language: 'zh-CN',
      previousId: tenderId,
      dates: { affectsBids: true, bidDeadline: '2026-06-18T10:30:00+08:00' },
    })
    expect(change.statusCode, change.body).toBe(201)
    const res = await api('POST', `/trading/announcements/${change.json().id}/publish`, f.cookies.agencyA, {})
    expect(res.statusCode).toBe(422)
    expect(res.json().code).toBe('TRADING_TIMETABLE_VIOLATION')
    expect(
      res
        .json()
        .details.violations.map((v: { ruleId: string }) => v.ruleId)
        .sort(),
    ).toEqual(['works.clarification_before_deadline', 'works.issue_to_deadline'])
    const project = (await api('GET', `/trading/projects/${projectId}`, f.cookies.agencyA)).json()
    expect(project.lots[0].bidDeadline).toBe('2026-06-25T02:30:00.000Z')
  })

  it('the public site lists published announcements with pinyin search, the timeline and the feed', async () => {
    const list = (await api('GET', '/trading/public/announcements?category=works', null)).json()
    expect(list.total).toBe(2)
    expect(list.items.map((i: { kind: string }) => i.kind)).toEqual(['change', 'tender'])
    // through the gram index (two characters or more) and through the text (one character)
    for (const [q, total] of [
      ['zhaobiao', 1],
      ['zbgg', 1],
      ['biangeng', 1],
      ['shizhengdaolu', 2],
      ['szdl', 2],
      ['市政道路', 2],
      ['招标', 1],
      ['招', 1],
      ['不存在', 0],
    ] as const)
      expect(
        (await api('GET', `/trading/public/announcements?q=${encodeURIComponent(q)}`, null)).json().total,
      ).toBe(total)
    expect((await api('GET', '/trading/public/announcements?category=land', null)).json().total).toBe(0)
    expect((await api('GET', '/trading/public/announcements?limit=1000', null)).statusCode).toBe(400)

    const timeline = (await api('GET', `/trading/public/projects/${projectId}`, null)).json()
    expect(timeline.announcements).toHaveLength(2)
    expect(JSON.stringify(timeline)).not.toContain('ceiling')

    const feed = await api('GET', '/trading/public/feed/works', null)
    expect(feed.headers['content-type']).toContain('application/atom+xml')
    expect(feed.body).toContain('<title>米东区北部片区市政道路新建工程施工招标公告</title>')
    expect(feed.body.match(/<entry>/g)).toHaveLength(2)
    expect((await api('GET', '/trading/public/feed/nope', null)).statusCode).toBe(400)
  })

  it('the public search finds a project number and a run of digits, whole or in part, and misses fast', async () => {
    const code: string = (await api('GET', `/trading/projects/${projectId}`, f.cookies.agencyA)).json().code
    expect(code).toMatch(/^GC2026-[0-9A-F]{8}$/)
    const found = async (q: string) => {
      const res = await api('GET', `/trading/public/announcements?q=${encodeURIComponent(q)}`, null)
      expect(res.statusCode, res.body).toBe(200)
      return res.json<{ items: Array<{ kind: string }> }>().items.map((i) => i.kind)
    }
    // the tender and the change carry the project's number; the change's title a notice number
    for (const q of [code, code.toLowerCase(), ` ${code.slice(-8)} `, code.slice(0, 9), 'gc2026', '2026'])
      expect(await found(q), q).toEqual(['change', 'tender'])
    for (const q of ['20260610', '2606', '第20260610号', '0610号'])
      expect(await found(q), q).toEqual(['change'])
    // numbers that are not there; the number's two words each found, but not in this order
    for (const q of ['GC2026-00000000', '20260611', `${code.slice(-8)}-${code.slice(0, 6)}`, 'gc2026施工'])
      expect(await found(q), q).toEqual([])
  })

  it('a scheduled announcement is public only from its time', async () => {
    const draft = await api('POST', `/trading/projects/${projectId}/announcements`, f.cookies.agencyA, {
      kind: 'change',
      title: '米东区北部片区市政道路新建工程施工补遗公告',
      body: '补遗：招标文件第二章答疑。',
      language: 'zh-CN',
      previousId: tenderId,
      dates: { affectsBids: false },
    })
    const past = await api('POST', `/trading/announcements/${draft.json().id}/publish`, f.cookies.agencyA, {
      publishAt: '2026-06-09T02:00:00.000Z',
    })
    expect(past.json().code).toBe('TRADING_PUBLISH_IN_PAST')
    const res = await api('POST', `/trading/announcements/${draft.json().id}/publish`, f.cookies.agencyA, {
      publishAt: '2026-06-11T01:00:00.000Z',
    })
    expect(res.json().status).toBe('scheduled')
    expect((await api('GET', `/trading/public/announcements/${draft.json().id}`, null)).statusCode).toBe(404)
    ctx.clock.set('2026-06-11T01:00:00.000Z')
    expect((await api('GET', `/trading/public/announcements/${draft.json().id}`, null)).statusCode).toBe(200)
  })

  it('the timetable: anyone reads it; an administrator publishes a stricter version, never a laxer one', async () => {
    const tt = (await api('GET', '/trading/timetable', null)).json()
    expect(tt.version).toBe(0)
    expect(tt.rules.find((r: { id: string }) => r.id === 'land.listing_period').basis).toBe('39号令 第19条')
    const laxer = await api('POST', '/trading/timetable', f.cookies.admin, {
      note: '缩短',
      changes: [{ id: 'works.issue_to_deadline', days: 15 }],
    })
    expect(laxer.statusCode).toBe(400)
    expect(laxer.json().code).toBe('TRADING_TIMETABLE_LAXER_THAN_STATUTE')
    expect(
      (
        await api('POST', '/trading/timetable', f.cookies.staff, {
          note: 'x',
          changes: [{ id: 'land.listing_period', days: 14 }],
        })
      ).statusCode,
    ).toBe(403)
    const ok = await api('POST', '/trading/timetable', f.cookies.admin, {
      note: '自治区规定挂牌期不少于14日',
      changes: [{ id: 'land.listing_period', days: 14 }],
    })
    expect(ok.statusCode).toBe(201)
    expect(ok.json().version).toBe(1)
    // the project keeps the version of its first announcement
    const project = (await api('GET', `/trading/projects/${projectId}`, f.cookies.agencyA)).json()
    expect(project.lots[0].timetableVersion).toBe(0)
  })

  it('candidates wait for the opening; a publicity cut short is refused', async () => {
    const draft = await api('POST', `/trading/projects/${projectId}/announcements`, f.cookies.agencyA, {
      kind: 'candidates',
      title: '米东区北部片区市政道路新建工程施工中标候选人公示',
      body: '第一中标候选人：新疆某建设集团有限公司……',
      language: 'zh-CN',
      dates: { reportReceivedOn: '2026-06-25', publicityStart: '2026-06-26', publicityEnd: '2026-06-28' },
    })
    const id = draft.json<{ id: string }>().id
    const early = await api('POST', `/trading/announcements/${id}/publish`, f.cookies.agencyA, {})
    expect(early.json().code).toBe('TRADING_ANNOUNCEMENT_KIND_NOT_ALLOWED')
    ctx.clock.set('2026-06-26T02:00:00.000Z')
    const short = await api('POST', `/trading/announcements/${id}/publish`, f.cookies.agencyA, {})
    expect(short.json().code).toBe('TRADING_TIMETABLE_VIOLATION')
    expect(short.json().details.violations).toEqual([
      expect.objectContaining({
        ruleId: 'works.candidates_publicity',
        basis: '实施条例 第54条',
        required: '2026-06-29',
      }),
    ])
    await api('PATCH', `/trading/announcements/${id}`, f.cookies.agencyA, {
      dates: { reportReceivedOn: '2026-06-25', publicityStart: '2026-06-26', publicityEnd: '2026-06-29' },
    })
    expect(
      (await api('POST', `/trading/announcements/${id}/publish`, f.cookies.agencyA, {})).statusCode,
    ).toBe(200)
    expect((await api('GET', `/trading/projects/${projectId}`, f.cookies.agencyA)).json().status).toBe(
      'publicity',
    )
  })
})

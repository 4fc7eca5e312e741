import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unwrapBidKey, verifyReceipt, type WrappedBidKey } from '@yimin/shared'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { creditCode, seedTradingFixtures, type TradingFixtures } from '../trading/test-fixtures'
import { lotBidderOrgs, lotBidFacts, openedBids } from './bidding.queries'
import { apiOf, keyHex, registerBidder, testResidentId, uploadBid, type UploadedBid } from './test-fixtures'

const DEADLINE = '2026-06-22T02:30:00.000Z'
const MARK = 'PLAINTEXT-MARKER-施工组织设计-'

/**
 * Electronic bidding through the API on both databases: registration, secrecy before the
 * opening (404 and audited), sealed uploads with receipts, the deadline to the second, a
 * direct read of the database and storage that finds nothing readable, the opening with keys
 * accepted once and only against the commit, a failed lot, the record and objections.
 */
describe.skipIf(isDbUnavailable())('bidding: sealed bids and the online opening', () => {
  let ctx: TestContext
  let f: TradingFixtures
  let api: ReturnType<typeof apiOf>
  let lotA: string
  let lotB: string
  let lotC: string
  let projectId: string
  const bidders: Array<{ orgId: string; cookie: string; name: string }> = []
  const uploads: Record<string, UploadedBid> = {}
  let replaced: UploadedBid

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    ctx.clock.set('2026-06-01T02:00:00.000Z')
    f = await seedTradingFixtures(ctx)
    api = apiOf(ctx.app)
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
      lots: [1, 2, 3].map((i) => ({ name: `第${i}标段`, budgetFen: 5_000_000_00 })),
    })
    expect(p.statusCode, p.body).toBe(201)
    projectId = p.json<{ id: string }>().id
    ;[lotA, lotB, lotC] = p.json<{ lots: Array<{ id: string }> }>().lots.map((l) => l.id) as [
      string,
      string,
      string,
    ]
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
    const names = [
      '新疆天山建设集团有限公司',
      '新疆昆仑路桥工程有限公司',
      '乌鲁木齐博格达建筑有限公司',
      '新疆雪莲建工有限公司',
    ]
    for (const [i, name] of names.entries()) {
      ctx.clock.advance(61_000)
      const b = await registerBidder(ctx.app, ctx.container.database.db, {
        name,
        creditCode: creditCode(`9165010${i}MA7BXD0${i}`.padEnd(17, String(i))),
        phone: `1390000100${i}`,
        username: `bidder-${i}`,
        password: 'Bidder-pass-2026',
      })
      bidders.push({ ...b, name })
    }
  }, 60_000)
  afterAll(() => ctx.close())

  it('registers bidders only with a valid credit code and the SMS code of the phone', async () => {
    ctx.clock.advance(61_000)
    await api('POST', '/bidding/register/code', null, { phone: '13900002000' })
    const base = {
      name: '新疆测试建设有限公司',
      phone: '13900002000',
      username: 'bidder-x',
      displayName: 'x',
      password: 'Bidder-pass-2026',
      idNumber: testResidentId(900),
    }
    // the person's ID number is checked by its check character, and required
    const badId = await api('POST', '/bidding/register', null, {
      ...base,
      creditCode: creditCode('91650109MA7YYY999'),
      code: '000000',
      idNumber: testResidentId(900).slice(0, 17) + (testResidentId(900).endsWith('1') ? '2' : '1'),
    })
    expect(badId.statusCode).toBe(400)
    expect(badId.json().code).toBe('VALIDATION_FAILED')
    const { idNumber: _, ...noId } = base
    expect(
      (
        await api('POST', '/bidding/register', null, {
          ...noId,
          creditCode: creditCode('91650109MA7YYY999'),
          code: '000000',
        })
      ).statusCode,
    ).toBe(400)
    const badCode = await api('POST', '/bidding/register', null, {
      ...base,
      creditCode: '91650100MA7BID0001',
      code: '000000',
    })
    expect(badCode.json().code).toBe('BIDDER_CODE_INVALID')
    const wrongSms = await api('POST', '/bidding/register', null, {
      ...base,
      creditCode: creditCode('91650109MA7YYY999'),
      code: '000000',
    })
    expect(wrongSms.statusCode).toBe(400)
    expect(wrongSms.json().code).toBe('BIDDER_OTP_INVALID')
    expect(await ctx.container.database.db.selectFrom('bid_bidders').selectAll().execute()).toHaveLength(4)
  })

  it('records obtaining documents and refuses (404, audited) every list of holders before the opening', async () => {
    for (const b of bidders) {
      const r = await api('POST', `/bidding/lots/${lotA}/documents`, b.cookie)
      expect(r.statusCode, r.body).toBe(200)
    }
    for (const b of [bidders[0]!, bidders[3]!])
      expect((await api('POST', `/bidding/lots/${lotB}/documents`, b.cookie)).statusCode).toBe(200)
    const cookies = [
      f.cookies.admin,
      f.cookies.staff,
      f.cookies.agencyA,
      f.cookies.tenderee,
      f.cookies.housingSupervisor,
    ]
    for (const cookie of cookies)
      for (const what of ['document-holders', 'bidders']) {
        const r = await api('GET', `/bidding/lots/${lotA}/${what}`, cookie)
        expect(r.statusCode).toBe(404)
        expect(r.json().code).toBe('BID_LIST_SEALED')
      }
    const audited = await ctx.container.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'bidding.secrecy-refused')
      .execute()
    expect(audited).toHaveLength(10)
    // the project's history shows no sealed event, though the chain holds them
    const history = await api('GET', `/trading/projects/${projectId}/history`, f.cookies.admin)
    expect(history.statusCode, history.body).toBe(200)
    expect(history.json<Array<{ type: string }>>().filter((e) => e.type.startsWith('bid.'))).toEqual([])
    const chain = await ctx.container.database.db
      .selectFrom('trading_project_events')
      .select(['type', 'data'])
      .where('project_id', '=', projectId)
      .where('type', '=', 'bid.documents_obtained')
      .execute()
    expect(chain).toHaveLength(6)
    for (const e of chain) for (const b of bidders) expect(e.data).not.toContain(b.orgId)
    // a bidder needs the documents before a bid
    const noDocs = await api('POST', `/bidding/lots/${lotB}/bid`, bidders[1]!.cookie)
    expect(noDocs.json().code).toBe('BID_DOCUMENTS_REQUIRED')
  })

  it('takes sealed uploads with signed receipts; a replacement makes a new version', async () => {
    // the server's clock says whether bids are taken (the browser's may be wrong)
    const listed = await api('GET', '/bidding/lots', bidders[0]!.cookie)
    expect(
      listed.json<Array<{ lotId: string; isOpen: boolean }>>().find((l) => l.lotId === lotA)?.isOpen,
    ).toBe(true)
    ctx.clock.set('2026-06-20T03:00:00.000Z')
    const doc = (i: number) => new TextEncoder().encode(`${MARK}${i}`.repeat(40_000))
    const first = await uploadBid(
      ctx.app,
      bidders[0]!.cookie,
      lotA,
      { priceFen: 4_812_345_00, durationDays: 300 },
      [{ name: '投标文件.pdf', data: doc(0) }],
    )
    expect(first.version).toBe(1)
    expect(await verifyReceipt(first.receipt, first.signature, first.publicKeyHex)).toBe(true)
    const key = await api('GET', '/bidding/center-key', null)
    expect(key.json().publicKeyHex).toBe(first.publicKeyHex)
    replaced = first
    const second = await uploadBid(
      ctx.app,
      bidders[0]!.cookie,
      lotA,
      { priceFen: 4_799_000_00, durationDays: 290 },
      [{ name: '投标文件.pdf', data: doc(1) }],
      { passphrase: '天山 2026' },
    )
    expect(second.version).toBe(2)
    expect(second.bidId).toBe(first.bidId)
    uploads.a0 = second
    uploads.b0 = await uploadBid(ctx.app, bidders[0]!.cookie, lotB, { priceFen: 4_900_000_00 }, [])
    uploads.b3 = await uploadBid(ctx.app, bidders[3]!.cookie, lotB, { priceFen: 4_950_000_00 }, [])
    // the rehearsal: the stored wrapping opens with the code and the passphrase, and only so
    const sealed = await api('GET', `/bidding/bids/${second.bidId}/sealed`, bidders[0]!.cookie)
    const wrapped = sealed.json<{ wrappedKey: WrappedBidKey }>().wrappedKey
    expect(keyHex(await unwrapBidKey(wrapped, second.code, '天山 2026'))).toBe(keyHex(second.key))
    await expect(unwrapBidKey(wrapped, first.code, '天山 2026')).rejects.toThrow()
    // another bidder's bid is not found
    expect((await api('GET', `/bidding/bids/${second.bidId}/sealed`, bidders[1]!.cookie)).statusCode).toBe(
      404,
    )
  }, 60_000)

  it('counts two bids committed in the last second, refuses one a second late', async () => {
    const b1 = await uploadBid(
      ctx.app,
      bidders[1]!.cookie,
      lotA,
      { priceFen: 4_850_000_00, durationDays: 310 },
      [{ name: '技术标.docx', data: new TextEncoder().encode(`${MARK}x`.repeat(3000)) }],
      { skipFinish: true },
    )
    const b2 = await uploadBid(
      ctx.app,
      bidders[2]!.cookie,
      lotA,
      { priceFen: 4_870_000_00, durationDays: 305 },
      [],
      {
        skipFinish: true,
      },
    )
    const b3 = await uploadBid(ctx.app, bidders[3]!.cookie, lotA, { priceFen: 4_700_000_00 }, [], {
      skipFinish: true,
    })
    ctx.clock.set('2026-06-22T02:29:59.000Z')
    const [r1, r2] = await Promise.all([b1.finish(), b2.finish()])
    expect(r1.statusCode, r1.body).toBe(200)
    expect(r2.statusCode, r2.body).toBe(200)
    uploads.a1 = { ...b1, ...JSON.parse(r1.body) }
    uploads.a2 = { ...b2, ...JSON.parse(r2.body) }
    expect(uploads.a1!.receipt.receivedAt).toBe('2026-06-22T02:29:59.000Z')

    ctx.clock.set('2026-06-22T02:30:01.000Z')
    const late = await b3.finish()
    expect(late.statusCode).toBe(409)
    expect(JSON.parse(late.body).code).toBe('BID_DEADLINE_PASSED')
    const chunk = await api(
      'PUT',
      `/bidding/bids/${b3.bidId}/versions/${b3.version}/files/f0/chunks/0`,
      bidders[3]!.cookie,
      Buffer.alloc(40),
    )
    expect(chunk.json().code).toBe('BID_DEADLINE_PASSED')
    const again = await api('POST', `/bidding/lots/${lotA}/bid`, bidders[3]!.cookie)
    expect(again.json().code).toBe('BID_DEADLINE_PASSED')
    ctx.clock.set('2026-06-22T02:29:00.000Z')
  }, 60_000)

  it('keeps nothing readable in the database or storage before the deadline', async () => {
    const db = ctx.container.database.db
    const tables = [
      'bid_bidders',
      'bid_documents',
      'bids',
      'bid_versions',
      'bid_chunks',
      'trading_project_events',
      'audit_log',
      'realtime_events',
    ] as const
    let dump = ''
    for (const t of tables) dump += JSON.stringify(await db.selectFrom(t).selectAll().execute())
    const files: Buffer[] = []
    const walk = (dir: string) => {
      if (!fs.existsSync(dir)) return
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name))
        else files.push(fs.readFileSync(path.join(dir, e.name)))
      }
    }
    // the whole data directory: stored files, the SQLite database file (and its WAL), the center's key
    walk(ctx.config.dataDir)
    expect(files.length).toBeGreaterThan(5)
    const all = Buffer.concat([Buffer.from(dump), ...files])
    const secrets = [MARK, 'priceFen', '4799000', '技术标', '投标文件', 'opening-form']
    for (const u of [...Object.values(uploads), replaced]) {
      secrets.push(keyHex(u.key), Buffer.from(u.key).toString('base64'), u.code, u.code.replace(/-/g, ''))
      expect(all.indexOf(Buffer.from(u.key))).toBe(-1)
    }
    secrets.push('天山 2026')
    for (const s of secrets) {
      expect(all.indexOf(Buffer.from(s)), s).toBe(-1)
      expect(all.indexOf(Buffer.from(s.toLowerCase())), s).toBe(-1)
    }
    // every 32-byte value the database holds fails the commit of every bid: nothing there decrypts
    const candidates = new Set(dump.match(/[0-9a-f]{64}/g) ?? [])
    const { bidCommit } = await import('@yimin/shared')
    const commits = await db.selectFrom('bid_versions').select(['bid_id', 'version', 'commit_hash']).execute()
    for (const c of candidates)
      for (const v of commits)
        expect(await bidCommit(Buffer.from(c, 'hex'), v.bid_id, Number(v.version))).not.toBe(v.commit_hash)
  }, 120_000)

  it('fails a lot with fewer than three bids (流标) and names the next step', async () => {
    ctx.clock.set('2026-06-22T02:29:59.000Z')
    const early = await api('POST', `/bidding/lots/${lotB}/opening`, f.cookies.staff)
    expect(early.json().code).toBe('BID_OPENING_NOT_DUE')
    // the clock's job opens nothing a second early
    expect(await ctx.container.bidding.opening.openDue()).toEqual([])
    ctx.clock.set(DEADLINE)
    const r = await api('POST', `/bidding/lots/${lotB}/opening`, f.cookies.staff)
    expect(r.statusCode, r.body).toBe(200)
    expect(r.json()).toMatchObject({ status: 'failed', bidCount: 2, nextStep: { step: 're_tender' } })
    expect(
      r
        .json()
        .bids.map((b: { orgName: string }) => b.orgName)
        .sort(),
    ).toEqual([bidders[0]!.name, bidders[3]!.name].sort())
    const key = await api('POST', `/bidding/bids/${uploads.b0!.bidId}/key`, bidders[0]!.cookie, {
      key: keyHex(uploads.b0!.key),
    })
    expect(key.json().code).toBe('BID_OPENING_STATE')
  })

  it('opens: keys accepted once and only against the commit; figures hidden until all are decrypted', async () => {
    // at the deadline the clock's job opens the lot (lot B was opened by hand; lot C has no bidders yet)
    expect(await ctx.container.bidding.opening.openDue()).toEqual([lotA])
    expect(await ctx.container.bidding.opening.openDue()).toEqual([])
    const byHand = await api('POST', `/bidding/lots/${lotA}/opening`, f.cookies.staff)
    expect(byHand.json().code).toBe('BID_OPENING_STATE')
    const started = await ctx.container.database.db
      .selectFrom('trading_project_events')
      .select(['actor', 'type'])
      .where('type', '=', 'bid.opening_started')
      .execute()
    expect(started).toEqual([{ actor: 'system', type: 'bid.opening_started' }])
    const start = await api('GET', `/bidding/lots/${lotA}/opening`, f.cookies.staff)
    expect(start.statusCode, start.body).toBe(200)
    expect(start.json()).toMatchObject({ status: 'decrypting', bidCount: 3 })
    expect(start.json().bids.every((b: { priceFen: number | null }) => b.priceFen === null)).toBe(true)
    // now the holders may be listed
    const holders = await api('GET', `/bidding/lots/${lotA}/document-holders`, f.cookies.agencyA)
    expect(holders.statusCode).toBe(200)
    expect(holders.json()).toHaveLength(4)
    expect((await lotBidderOrgs(ctx.container.database.db, lotA)).map((o) => o.orgId).sort()).toEqual(
      bidders.map((b) => b.orgId).sort(),
    )

    const a0 = uploads.a0!
    // the replaced version's key matches no commit of the final version
    const old = await api('POST', `/bidding/bids/${a0.bidId}/key`, bidders[0]!.cookie, {
      key: keyHex(replaced.key),
    })
    expect(old.json().code).toBe('BID_KEY_MISMATCH')
    const other = await api('POST', `/bidding/bids/${a0.bidId}/key`, bidders[1]!.cookie, {
      key: keyHex(a0.key),
    })
    expect(other.json().code).toBe('BID_NOT_FOUND')
    const ok = await api('POST', `/bidding/bids/${a0.bidId}/key`, bidders[0]!.cookie, { key: keyHex(a0.key) })
    expect(ok.statusCode, ok.body).toBe(200)
    const mine = ok.json().bids.find((b: { bidId: string }) => b.bidId === a0.bidId)
    expect(mine).toMatchObject({ decryption: 'decrypted', priceFen: null, isMine: true })
    const twice = await api('POST', `/bidding/bids/${a0.bidId}/key`, bidders[0]!.cookie, {
      key: keyHex(a0.key),
    })
    expect(twice.json().code).toBe('BID_KEY_ALREADY_ACCEPTED')
    expect(await openedBids(ctx.container.database.db, lotA)).toHaveLength(1)

    // two keys at once
    const [k1, k2] = await Promise.all([
      api('POST', `/bidding/bids/${uploads.a1!.bidId}/key`, bidders[1]!.cookie, {
        key: keyHex(uploads.a1!.key),
      }),
      api('POST', `/bidding/bids/${uploads.a2!.bidId}/key`, bidders[2]!.cookie, {
        key: keyHex(uploads.a2!.key),
      }),
    ])
    expect([k1.statusCode, k2.statusCode]).toEqual([200, 200])
    const view = await api('GET', `/bidding/lots/${lotA}/opening`, f.cookies.tenderee)
    expect(view.statusCode, view.body).toBe(200)
    expect(view.json().status).toBe('recorded')
    expect(
      view
        .json()
        .bids.map((b: { priceFen: number; durationDays: number }) => [b.priceFen, b.durationDays])
        .sort(),
    ).toEqual([
      [4_799_000_00, 290],
      [4_850_000_00, 310],
      [4_870_000_00, 305],
    ])
    const opened = await openedBids(ctx.container.database.db, lotA)
    expect(opened.map((o) => o.figures.priceFen).sort()).toEqual([4_799_000_00, 4_850_000_00, 4_870_000_00])
    // a bidder without a bid in the lot does not see it
    expect((await api('GET', `/bidding/lots/${lotA}/opening`, bidders[3]!.cookie)).statusCode).toBe(404)
    const types = (
      await ctx.container.database.db
        .selectFrom('trading_project_events')
        .select('type')
        .where('project_id', '=', projectId)
        .orderBy('seq')
        .execute()
    ).map((e) => e.type)
    expect(types.filter((t) => t === 'bid.decrypted')).toHaveLength(3)
    expect(types).toContain('bid.opening_recorded')
    expect(types).toContain('bid.opening_failed')
    expect(types.filter((t) => t === 'bid.replaced')).toHaveLength(1)
    const live = await ctx.container.database.db
      .selectFrom('realtime_events')
      .select(['channel', 'type'])
      .where('channel', '=', `opening:${lotA}`)
      .execute()
    expect(live.length).toBeGreaterThanOrEqual(4)
  }, 60_000)

  it('feeds the rigging rules from the opened bids: one upload address shows on the board', async () => {
    const listed = await api('GET', '/bidding/lots', bidders[0]!.cookie)
    expect(
      listed.json<Array<{ lotId: string; isOpen: boolean }>>().find((l) => l.lotId === lotA)?.isOpen,
    ).toBe(false)
    // bidder 1 registers as its staff the person who registered bidder 0 (same ID number)
    const shared = testResidentId(0) // bidder 0's, from its phone ending in 000
    const added = await api('POST', '/bidding/me/staff', bidders[1]!.cookie, {
      username: 'bidder-1-b',
      displayName: 'b',
      password: 'Bidder-pass-2026',
      idNumber: shared.toLowerCase(),
    })
    expect(added.statusCode, added.body).toBe(201)
    // its colleagues see the staff with the ID numbers masked; another bidder does not see them
    const staff = await api('GET', '/bidding/me/staff', bidders[1]!.cookie)
    expect(staff.statusCode, staff.body).toBe(200)
    const listed1 = staff.json<Array<{ userId: string; username: string; idNumberMasked: string }>>()
    expect(listed1.length).toBeGreaterThanOrEqual(2)
    expect(listed1.at(-1)).toMatchObject({
      userId: added.json<{ userId: string }>().userId,
      username: 'bidder-1-b',
      idNumberMasked: `${shared.slice(0, 3)}***********${shared.slice(-4)}`,
    })
    expect(staff.body).not.toContain(shared)
    const other = await api('GET', '/bidding/me/staff', bidders[0]!.cookie)
    expect(other.body).not.toContain('bidder-1-b')
    expect((await api('GET', '/bidding/me/staff', f.cookies.staff)).statusCode).toBe(403)
    const facts = await lotBidFacts(ctx.container.database.db, [lotA])
    expect(facts).toHaveLength(3)
    for (const x of facts) {
      expect(x.uploadIp).toBeTruthy()
      expect(x.ciphertextHashes.length).toBeGreaterThan(0)
      expect(x.ciphertextHashes.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true)
      // the opening form is left out: the other files' plaintext hashes, kept at decryption
      expect(x.plaintextHashes.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true)
      expect(x.contactPhone).toMatch(/^1\d{10}$/)
      expect(x.staffUserIds.length).toBeGreaterThan(0)
      expect(x.priceFen).toBeGreaterThan(0)
    }
    // every test bid came through inject from one address: the board names the three bidders
    const board = await api('GET', '/trading/board', f.cookies.staff)
    const sign = board
      .json<{ anomalies: Array<{ code: string; subjectId: string; params: Record<string, string> }> }>()
      .anomalies.find((a) => a.code === 'TRADING_BID_RIGGING' && a.subjectId === lotA)
    expect(sign?.params.signs).toContain('RIGGING_SAME_ADDRESS')
    for (const b of bidders.slice(0, 3)) expect(sign?.params.bidders).toContain(b.name)
    // the same person registered for bidders 0 and 1: matched by keyed hash, never stored or shown whole
    expect(sign?.params.signs).toContain('RIGGING_SAME_PERSON')
    expect(board.body).not.toContain(shared)
    const persons = await ctx.container.database.db.selectFrom('bid_staff_persons').selectAll().execute()
    expect(persons.length).toBeGreaterThanOrEqual(5)
    expect(JSON.stringify(persons)).not.toContain(shared)
    expect(JSON.stringify(persons)).toContain(`${shared.slice(0, 3)}***********${shared.slice(-4)}`)
    const [p0, p1] = [
      facts.find((x) => x.orgId === bidders[0]!.orgId)!,
      facts.find((x) => x.orgId === bidders[1]!.orgId)!,
    ]
    expect(p1.persons.map((p) => p.idHash)).toContain(p0.persons[0]!.idHash)
    // before any opening nothing is read: lot C has no decrypted bid yet
    expect(await lotBidFacts(ctx.container.database.db, [lotC])).toEqual([])
  })

  it('records a bid not decrypted within the window as late, then shows the figures', async () => {
    ctx.clock.set('2026-06-21T02:00:00.000Z')
    const c: UploadedBid[] = []
    for (const i of [0, 1, 2]) {
      expect((await api('POST', `/bidding/lots/${lotC}/documents`, bidders[i]!.cookie)).statusCode).toBe(200)
      c.push(await uploadBid(ctx.app, bidders[i]!.cookie, lotC, { priceFen: 1_000_000_00 + i }, []))
    }
    ctx.clock.set('2026-06-22T02:40:00.000Z')
    expect((await api('POST', `/bidding/lots/${lotC}/opening`, f.cookies.staff)).json().status).toBe(
      'decrypting',
    )
    for (const i of [0, 1])
      expect(
        (
          await api('POST', `/bidding/bids/${c[i]!.bidId}/key`, bidders[i]!.cookie, {
            key: keyHex(c[i]!.key),
          })
        ).statusCode,
      ).toBe(200)
    const waiting = await api('GET', `/bidding/lots/${lotC}/opening`, f.cookies.staff)
    expect(waiting.json().status).toBe('decrypting')
    expect(waiting.json().bids.every((b: { priceFen: number | null }) => b.priceFen === null)).toBe(true)
    ctx.clock.set('2026-06-22T03:10:00.000Z')
    const late = await api('POST', `/bidding/bids/${c[2]!.bidId}/key`, bidders[2]!.cookie, {
      key: keyHex(c[2]!.key),
    })
    expect(late.json().code).toBe('BID_WINDOW_CLOSED')
    const record = await api('GET', `/bidding/lots/${lotC}/opening`, f.cookies.staff)
    expect(record.json().status).toBe('recorded')
    const rows = record.json().bids as Array<{
      decryption: string
      blame: string | null
      priceFen: number | null
    }>
    expect(rows.map((b) => [b.decryption, b.blame, b.priceFen]).sort()).toEqual([
      ['decrypted', null, 1_000_000_00],
      ['decrypted', null, 1_000_000_01],
      ['late', 'bidder', null],
    ])
  }, 60_000)

  it('answers objections at the opening and records them', async () => {
    const o = await api('POST', `/bidding/lots/${lotA}/objections`, bidders[1]!.cookie, {
      text: '对第1家投标人的工期有异议',
    })
    expect(o.statusCode, o.body).toBe(201)
    const outsider = await api('POST', `/bidding/lots/${lotA}/objections`, bidders[3]!.cookie, {
      text: '异议内容',
    })
    expect(outsider.json().code).toBe('BID_OPENING_STATE')
    const byBidder = await api('POST', `/bidding/objections/${o.json().id}/answer`, bidders[0]!.cookie, {
      answer: '答复',
    })
    expect(byBidder.statusCode).toBe(404)
    const a = await api('POST', `/bidding/objections/${o.json().id}/answer`, f.cookies.staff, {
      answer: '工期在招标文件规定范围内，异议不成立',
    })
    expect(a.statusCode, a.body).toBe(200)
    const again = await api('POST', `/bidding/objections/${o.json().id}/answer`, f.cookies.agencyA, {
      answer: '再次答复',
    })
    expect(again.json().code).toBe('BID_OBJECTION_ANSWERED')
    const view = await api('GET', `/bidding/lots/${lotA}/opening`, bidders[1]!.cookie)
    expect(view.json().objections).toEqual([
      expect.objectContaining({
        text: '对第1家投标人的工期有异议',
        answer: '工期在招标文件规定范围内，异议不成立',
      }),
    ])
  })
})

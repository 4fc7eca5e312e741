import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { seedTradingFixtures, type TradingFixtures } from '../../modules/trading/test-fixtures'
import { renameLegacyGramIndex } from '../dialect'
import { backfillSearchFields } from './0042-trading-search-trigrams'

/**
 * Migration 0042 on the database under test: announcements stored before it (search text without
 * the project number, no trigrams) are found by their project number after its backfill; a SQLite
 * database whose pair index has the name it had before (`<table>_fts`) gets the column's own,
 * and the search through it finds what it found.
 */
describe.skipIf(isDbUnavailable())('migration 0042: project numbers and trigrams in the search', () => {
  let ctx: TestContext
  let f: TradingFixtures
  let code: string
  const found = async (q: string) =>
    (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/trading/public/announcements?q=${encodeURIComponent(q)}`,
      })
    ).json<{ total: number }>().total

  beforeAll(async () => {
    ctx = await createTestContext()
    ctx.clock.set('2026-06-01T02:00:00.000Z')
    f = await seedTradingFixtures(ctx)
    const api = (url: string, cookie: string, payload: object) =>
      ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { cookie }, payload })
    const p = await api('/trading/projects', f.cookies.agencyA, {
      name: '天山区供热管网改造工程',
      category: 'works',
      method: 'open_tender',
      region: '650102',
      ownerOrgId: f.orgs.owner,
      agencyOrgId: f.orgs.agencyA,
      supervisingDepartmentId: f.departments.housing,
      budgetFen: 5_000_000_00,
      isLegallyRequired: true,
      lots: [{ name: '施工', budgetFen: 5_000_000_00 }],
    })
    code = p.json().code
    await api(`/trading/projects/${p.json().id}/register`, f.cookies.staff, {})
    const t = await api(`/trading/projects/${p.json().id}/announcements`, f.cookies.agencyA, {
      kind: 'tender',
      title: '天山区供热管网改造工程招标公告',
      body: '详见招标文件。',
      language: 'zh-CN',
      dates: { saleStart: '2026-06-01', saleEnd: '2026-06-08', bidDeadline: '2026-06-22T10:30:00+08:00' },
    })
    await api(`/trading/announcements/${t.json().id}/publish`, f.cookies.agencyA, {})
  })
  afterAll(() => ctx.close())

  it('an announcement stored before it is found by its project number after the backfill', async () => {
    const db = ctx.container.database.db
    expect(await found(code)).toBe(1)
    await db
      .updateTable('trading_announcements')
      .set((eb) => ({
        search_text: eb.fn('replace', ['search_text', sql.lit(` ${code.toLowerCase()}`), sql.lit('')]),
        search_trigrams: '',
      }))
      .execute()
    expect(await found(code)).toBe(0)
    expect(await found('gongre')).toBe(0)
    await backfillSearchFields(db)
    expect(await found(code)).toBe(1)
    expect(await found('gongre')).toBe(1)
    expect(await found('供热管网')).toBe(1)
  })

  it("renames SQLite's pair index of the old name and searches through it as before", async () => {
    const db = ctx.container.database.db
    if (ctx.container.database.dialect === 'sqlite') {
      // the index as migration 0034 built it before 0042
      for (const event of ['insert', 'delete', 'update'])
        await sql`drop trigger ${sql.ref(`trading_announcements_search_grams_fts_${event}`)}`.execute(db)
      await sql`drop table trading_announcements_search_grams_fts`.execute(db)
      await sql`create virtual table trading_announcements_fts using fts5(search_grams,
        content='trading_announcements', content_rowid='rowid',
        tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co'")`.execute(db)
      await sql`create trigger trading_announcements_fts_insert after insert on trading_announcements begin
        insert into trading_announcements_fts (rowid, search_grams) values (new.rowid, new.search_grams); end`.execute(
        db,
      )
      await sql`insert into trading_announcements_fts (trading_announcements_fts) values ('rebuild')`.execute(
        db,
      )
    }
    await renameLegacyGramIndex(db, 'trading_announcements', 'search_grams')
    await renameLegacyGramIndex(db, 'trading_announcements', 'search_grams')
    if (ctx.container.database.dialect === 'sqlite') {
      const tables = await sql<{ name: string }>`select name from sqlite_master
        where name like 'trading_announcements%fts%' and type in ('table', 'trigger') order by name`.execute(
        db,
      )
      expect(tables.rows.map((r) => r.name)).not.toContain('trading_announcements_fts')
      expect(tables.rows.map((r) => r.name)).toContain('trading_announcements_search_grams_fts_update')
    }
    expect(await found('供热管网')).toBe(1)
    expect(await found('gw')).toBe(1)
    expect(await found('不存在')).toBe(0)
  })
})

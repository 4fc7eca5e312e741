import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../support/test-app'

/** database.ts withNamedStatements: statements run again are prepared once per connection. */
describe.skipIf(isDbUnavailable())('named statements on PostgreSQL', () => {
  let ctx: TestContext

  beforeAll(async () => {
    ctx = await createTestContext()
  })

  afterAll(async () => {
    await ctx?.close()
  })

  it('prepares a statement the second time a connection runs it, not the first', async () => {
    await ctx.container.database.db.connection().execute(async (c) => {
      const query = c
        .selectFrom('system_settings')
        .select('value as named_test')
        .where('key', '=', 'named-test')
      const text = query.compile().sql
      const prepared = async () =>
        (
          await sql<{
            n: number
          }>`select count(*)::int as n from pg_prepared_statements where statement = ${text}`.execute(c)
        ).rows[0]!.n
      await query.execute()
      expect(await prepared()).toBe(0)
      await query.execute()
      await query.execute()
      expect(await prepared()).toBe(1)
    })
  })

  it('runs a prepared select * again after its table gained a column', async () => {
    await ctx.container.database.db.connection().execute(async (c) => {
      await sql`create table named_test (a integer)`.execute(c)
      await sql`insert into named_test values (1)`.execute(c)
      const select = () => sql<{ a: number; b?: number }>`select * from named_test`.execute(c)
      for (let i = 0; i < 3; i++) expect((await select()).rows).toEqual([{ a: 1 }])
      await sql`alter table named_test add column b integer default 2`.execute(c)
      // the prepared plan's row type changed: PostgreSQL refuses it once, the text runs anew after
      await expect(select()).rejects.toMatchObject({ code: '0A000' })
      for (let i = 0; i < 3; i++) expect((await select()).rows).toEqual([{ a: 1, b: 2 }])
      await sql`drop table named_test`.execute(c)
    })
  })
})

import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CasesRepository } from '../../src/modules/cases/cases.repository'
import { createTestContext, isDbUnavailable, type TestContext } from '../support/test-app'

/** Case numbers on PostgreSQL come from a sequence per prefix (division and day). */
describe.skipIf(isDbUnavailable())('case numbers from daily sequences', () => {
  let ctx: TestContext
  let repo: CasesRepository

  beforeAll(async () => {
    ctx = await createTestContext()
    repo = new CasesRepository(ctx.container.database.db)
  })

  afterAll(async () => {
    await ctx?.close()
  })

  const sequences = async () =>
    (
      await sql<{ name: string }>`select relname as name from pg_class
        where relkind = 'S' and relname like 'case\\_number\\_%' and relnamespace = current_schema()::regnamespace
        order by relname`.execute(ctx.container.database.db)
    ).rows.map((r) => r.name)

  it('goes on after a day begun with the counter row, and numbers taken at once are distinct', async () => {
    await ctx.container.database.db
      .insertInto('case_number_sequences')
      .values({ prefix: '65010220260302', last_value: 41 })
      .execute()
    expect(await repo.nextSequencesAhead('65010220260302', 2)).toEqual([42, 43])
    const all = await Promise.all(
      Array.from({ length: 20 }, () => repo.nextSequencesAhead('65010220260302', 1)),
    )
    const values = all.map((v) => v![0]!).sort((a, b) => a - b)
    expect(values).toEqual(Array.from({ length: 20 }, (_, i) => 44 + i))
    // another day and another counter (bundles) start at 1
    expect(await repo.nextSequencesAhead('65010220260303', 1)).toEqual([1])
    expect(await repo.nextSequencesAhead('YJS65010220260302', 1)).toEqual([1])
  })

  it('retires the sequences of a counter two days old or more when a new day begins', async () => {
    for (const day of ['20260310', '20260311', '20260312']) await repo.nextSequencesAhead(`650103${day}`, 1)
    await repo.nextSequencesAhead('YJS65010320260310', 1)
    await repo.nextSequencesAhead('65010320260313', 1)
    const left = await sequences()
    expect(left).not.toContain('case_number_65010320260310')
    expect(left).not.toContain('case_number_65010320260311')
    expect(left).toContain('case_number_65010320260312')
    expect(left).toContain('case_number_65010320260313')
    // another counter's are its own
    expect(left).toContain('case_number_yjs65010320260310')
    // a clock set back to a retired day goes on after its last value
    expect(await repo.nextSequencesAhead('65010320260310', 1)).toEqual([2])
  })
})

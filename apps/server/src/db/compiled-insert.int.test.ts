import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../test/support/test-app'
import { insertRows } from './compiled-insert'
import type { AuditLogTable } from './tables'

/** An insert compiled once per shape writes exactly what Kysely's own insert writes. */
describe.skipIf(isDbUnavailable())('insertRows', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext()
  })
  afterAll(() => ctx.close())
  const row = (id: string, subject: string | null): AuditLogTable => ({
    id,
    at: `2026-03-02T0${id.length}:00:00.000Z`,
    actor: 'system',
    action: 'test.insert',
    subject,
    ip: null,
    details: `d-${id}`,
  })
  const read = () =>
    ctx.container.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'test.insert')
      .orderBy('id')
      .execute()

  it('binds new values to the statement of a shape seen before, one row or several', async () => {
    const db = ctx.container.database.db
    await insertRows(db, 'audit_log', [row('a1', 'x')])
    await insertRows(db, 'audit_log', [row('a2', null)])
    await insertRows(db, 'audit_log', [row('b1', 'p'), row('b2', 'q'), row('b3', '引号 \' "')])
    await insertRows(db, 'audit_log', [row('c1', 'r'), row('c2', 's'), row('c3', 't')])
    await db.transaction().execute((tx) => insertRows(tx, 'audit_log', [row('d1', 'in a transaction')]))
    expect(await read()).toEqual([
      row('a1', 'x'),
      row('a2', null),
      row('b1', 'p'),
      row('b2', 'q'),
      row('b3', '引号 \' "'),
      row('c1', 'r'),
      row('c2', 's'),
      row('c3', 't'),
      row('d1', 'in a transaction'),
    ])
  })

  it('leaves out an undefined column and takes rows of different keys, as Kysely does; no rows, no statement', async () => {
    const db = ctx.container.database.db
    await insertRows(db, 'audit_log', [{ ...row('e1', 'y'), ip: undefined }])
    const { details: _omitted, ...withoutDetails } = row('e3', 'z')
    await insertRows(db, 'audit_log', [row('e2', 'z'), withoutDetails])
    await insertRows(db, 'audit_log', [])
    const rows = (await read()).filter((r) => r.id.startsWith('e'))
    expect(rows).toEqual([
      { ...row('e1', 'y'), ip: null },
      row('e2', 'z'),
      { ...row('e3', 'z'), details: null },
    ])
  })

  it('rolls back with its transaction', async () => {
    const db = ctx.container.database.db
    await expect(
      db.transaction().execute(async (tx) => {
        await insertRows(tx, 'audit_log', [row('f1', 'gone')])
        throw new Error('abort')
      }),
    ).rejects.toThrow('abort')
    expect((await read()).some((r) => r.id === 'f1')).toBe(false)
  })
})

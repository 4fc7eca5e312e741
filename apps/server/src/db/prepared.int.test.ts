import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { createTestContext, isDbUnavailable, type TestContext } from '../../test/support/test-app'
import { prepared } from './prepared'
import type { AuditLogTable } from '../modules/audit/audit.tables'

/** A query compiled once per shape runs with new values exactly as Kysely's own query would. */
describe.skipIf(isDbUnavailable())('prepared', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext()
  })
  afterAll(() => ctx.close())
  const row = (id: string, subject: string | null): AuditLogTable => ({
    id,
    at: '2026-03-02T01:00:00.000Z',
    actor: 'system',
    action: 'test.prepared',
    subject,
    ip: null,
    details: `d-${id}`,
  })
  const insert = prepared((db, r: Partial<AuditLogTable>) =>
    db.insertInto('audit_log').values(r as AuditLogTable),
  )
  const byAction = prepared((db, p: { action: string }) =>
    db.selectFrom('audit_log').selectAll().where('action', '=', p.action).orderBy('id'),
  )
  const setSubject = prepared((db, { $id, ...patch }: Partial<AuditLogTable> & { $id: string }) =>
    db.updateTable('audit_log').set(patch).where('id', '=', $id),
  )
  const twice = prepared(
    (_db, p: { a: string }) => sql<{ x: string; y: string }>`select ${p.a} as x, ${p.a} || '!' as y`,
  )

  it('binds new values to the statement of a shape seen before, in and out of a transaction', async () => {
    const db = ctx.container.database.db
    await insert(db, row('a1', 'x'))
    await insert(db, row('a2', '引号 \' "'))
    await db.transaction().execute((tx) => insert(tx, row('a3', null)))
    expect((await byAction(db, { action: 'test.prepared' })).rows).toEqual([
      row('a1', 'x'),
      row('a2', '引号 \' "'),
      row('a3', null),
    ])
    expect((await twice(db, { a: 'p' })).rows).toEqual([{ x: 'p', y: 'p!' }])
    expect((await twice(db, { a: 'q' })).rows).toEqual([{ x: 'q', y: 'q!' }])
  })

  it('compiles another shape for other columns, and leaves out an undefined value as Kysely does', async () => {
    const db = ctx.container.database.db
    const r1 = await setSubject(db, { $id: 'a1', subject: 's1' })
    const r2 = await setSubject(db, { $id: 'a2', subject: 's2', details: 'changed' })
    const r3 = await setSubject(db, { $id: 'a3', subject: 's3', details: undefined })
    expect([r1, r2, r3].map((r) => Number(r.numAffectedRows))).toEqual([1, 1, 1])
    const { details: _omitted, ...withoutDetails } = row('b1', 'y')
    await insert(db, withoutDetails)
    expect((await byAction(db, { action: 'test.prepared' })).rows).toEqual([
      { ...row('a1', 's1') },
      { ...row('a2', 's2'), details: 'changed' },
      { ...row('a3', 's3') },
      { ...row('b1', 'y'), details: null },
    ])
  })

  it('rolls back with its transaction', async () => {
    const db = ctx.container.database.db
    await expect(
      db.transaction().execute(async (tx) => {
        await insert(tx, row('f1', 'gone'))
        throw new Error('abort')
      }),
    ).rejects.toThrow('abort')
    expect((await byAction(db, { action: 'test.prepared' })).rows.some((r) => r.id === 'f1')).toBe(false)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from '../../../test/support/test-app'
import { seedQueueFixtures, type QueueFixtures } from '../queue/test-fixtures'

describe.skipIf(isDbUnavailable())('/me tells the counter which windows its clerk staffs', () => {
  let ctx: TestContext
  let f: QueueFixtures
  const me = async (cookie: string) =>
    (await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).json()

  beforeAll(async () => {
    ctx = await createTestContext()
    f = await seedQueueFixtures(ctx)
  })
  afterAll(() => ctx.close())

  it('lists the rostered windows with their hall, and none for staff on no roster', async () => {
    expect((await me(f.clerk5)).windows).toEqual([
      { id: f.windows.w5, number: 5, name: '5 号窗口', hallId: f.hallId, hallName: '市政务服务中心' },
    ])
    expect((await me(f.clerk6)).windows).toEqual([])
    expect((await me(f.admin)).windows).toEqual([])
  })

  it('follows the roster: a window taken off it or closed disappears', async () => {
    const db = ctx.container.database.db
    const clerk5 = (await me(f.clerk5)) as { userId: string }
    await db.insertInto('window_staff').values({ window_id: f.windows.w9, user_id: clerk5.userId }).execute()
    expect(((await me(f.clerk5)).windows as Array<{ number: number }>).map((w) => w.number)).toEqual([5, 9])
    await db.updateTable('hall_windows').set({ is_active: 0 }).where('id', '=', f.windows.w9).execute()
    expect(((await me(f.clerk5)).windows as Array<{ number: number }>).map((w) => w.number)).toEqual([5])
  })
})

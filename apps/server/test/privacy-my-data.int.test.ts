import { describe, expect, it } from 'vitest'
import { citizenSession } from '../src/modules/online/test-fixtures'
import { seedQueueFixtures } from '../src/modules/queue/test-fixtures'
import { createTestContext, isDbUnavailable } from './support/test-app'

describe.skipIf(isDbUnavailable())("a citizen's download of their own data", () => {
  it('gives the signed-in citizen their account, tickets and messages as a JSON file, and no one else’s', async () => {
    const ctx = await createTestContext({ env: { SESSION_IDLE_MINUTES: String(30 * 24 * 60) } })
    try {
      const f = await seedQueueFixtures(ctx)
      const mine = '13899990011'
      const theirs = '13899990022'
      const me = await citizenSession(ctx, mine)
      await citizenSession(ctx, theirs)
      const issue = (phone: string) =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/v1/queue/tickets',
          headers: { authorization: `Device ${f.kiosk}` },
          payload: { categoryId: f.categories.a, phone },
        })
      const myTicket = (await issue(mine)).json()
      await issue(theirs)

      const res = await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/citizen/my-data',
        headers: { cookie: me },
      })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-disposition']).toBe('attachment; filename="yimin-my-data-2026-03-02.json"')
      expect(res.headers['content-type']).toMatch(/^application\/json/)
      const data = res.json()
      expect(data.account).toMatchObject({ phone: mine, idNumber: null })
      expect(data.tickets.map((t: { number: string }) => t.number)).toEqual([myTicket.number])
      const templates = data.messages.map((m: { template: string }) => m.template)
      expect(templates).toContain('auth.otp')
      expect(templates.some((t: string) => t.startsWith('queue.'))).toBe(true)
      expect(res.body).not.toContain(theirs)
      expect(data).toMatchObject({ applications: [], uploads: [], cases: [], ratings: [], appointments: [] })

      const audit = await ctx.container.database.db
        .selectFrom('audit_log')
        .select(['actor', 'subject'])
        .where('action', '=', 'citizen.data_export')
        .execute()
      expect(audit).toHaveLength(1)
      expect(audit[0]!.actor).toMatch(/^citizen:/)

      // no citizen session: refused, nothing recorded
      for (const headers of [{}, { cookie: f.admin }]) {
        const r = await ctx.app.inject({ method: 'GET', url: '/api/v1/citizen/my-data', headers })
        expect(r.statusCode).toBe(401)
        expect(r.json().code).toBe('AUTH_REQUIRED')
      }
      expect(
        await ctx.container.database.db
          .selectFrom('audit_log')
          .select('id')
          .where('action', '=', 'citizen.data_export')
          .execute(),
      ).toHaveLength(1)
    } finally {
      await ctx.close()
    }
  })
})

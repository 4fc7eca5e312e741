import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, testDb, type TestContext } from './support/test-app'

describe.skipIf(isDbUnavailable())('health, readiness, metrics and the API reference', () => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext()
  })
  afterAll(() => ctx.close())

  it('is alive and ready on its database', async () => {
    expect((await ctx.app.inject('/healthz')).json()).toEqual({ status: 'ok' })
    const ready = await ctx.app.inject('/readyz')
    expect(ready.statusCode).toBe(200)
    expect(ready.json()).toMatchObject({
      status: 'ready',
      checks: { database: { ok: true, detail: testDb }, migrations: { ok: true } },
    })
  })

  it('exposes Prometheus metrics', async () => {
    await ctx.app.inject('/healthz')
    const res = await ctx.app.inject('/metrics')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/plain')
    expect(res.body).toContain(
      'yimin_http_request_duration_seconds_count{method="GET",route="/healthz",status="200"}',
    )
    expect(res.body).toMatch(/yimin_jobs\{status="queued"\} \d+/)
    expect(res.body).toMatch(/yimin_sms_messages\{status="delivered"\} \d+/)
  })

  it('documents the API as OpenAPI with every /api/v1 route', async () => {
    const doc = (await ctx.app.inject('/api/openapi.json')).json() as {
      openapi: string
      paths: Record<string, unknown>
    }
    expect(doc.openapi).toMatch(/^3\./)
    for (const p of [
      '/api/v1/auth/login',
      '/api/v1/users',
      '/api/v1/devices',
      '/api/v1/events',
      '/api/v1/virtual-phone/numbers',
    ]) {
      expect(doc.paths).toHaveProperty([p])
    }
    const docs = await ctx.app.inject('/api/docs/')
    expect(docs.statusCode).toBe(200)
    expect(docs.body).toContain('swagger')
  })

  it('sends security headers that work on plain HTTP in a LAN', async () => {
    const res = await ctx.app.inject('/healthz')
    expect(res.headers['content-security-policy']).toBeDefined()
    expect(String(res.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests')
    expect(res.headers['strict-transport-security']).toBeUndefined()
  })
})

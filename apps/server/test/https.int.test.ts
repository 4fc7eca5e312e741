import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestContext, isDbUnavailable, type TestContext } from './support/test-app'
import { startServer, type ServerProcess } from './support/server-process'

function request(url: string, options: https.RequestOptions & { body?: string } = {}) {
  return new Promise<{
    status: number
    headers: Record<string, string | string[] | undefined>
    body: string
  }>((resolve, reject) => {
    const req = https.request(url, { rejectUnauthorized: false, ...options }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/** The server serves HTTPS itself with a given certificate (PRODUCT.md §3). */
describe.skipIf(isDbUnavailable())('HTTPS with a given certificate', () => {
  let ctx: TestContext
  let server: ServerProcess
  let certDir: string

  beforeAll(async () => {
    ctx = await createTestContext()
    certDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-tls-'))
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-keyout',
        path.join(certDir, 'key.pem'),
        '-out',
        path.join(certDir, 'cert.pem'),
        '-subj',
        '/CN=localhost',
      ],
      { stdio: 'ignore' },
    )
    await ctx.app.close()
    server = await startServer({
      ...ctx.env,
      LOG_LEVEL: 'info',
      TLS_CERT_FILE: path.join(certDir, 'cert.pem'),
      TLS_KEY_FILE: path.join(certDir, 'key.pem'),
    })
  }, 60_000)

  afterAll(async () => {
    await server?.stop()
    fs.rmSync(certDir, { recursive: true, force: true })
    await ctx.close()
  })

  it('answers over TLS with HSTS and marks the session cookie secure', async () => {
    const url = server.url.replace('http://', 'https://')
    const health = await request(`${url}/healthz`)
    expect(health.status).toBe(200)
    expect(health.headers['strict-transport-security']).toContain('max-age=')
    const login = await request(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'yimin-demo-2016' }),
    })
    expect(login.status).toBe(200)
    const cookie = String(login.headers['set-cookie'])
    expect(cookie).toContain('yimin_session=')
    expect(cookie).toContain('Secure')
    expect(cookie).toContain('HttpOnly')
  })
})

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import http2 from 'node:http2'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, startServer, waitUntil, type ServerProcess } from '../support/server-process'

/**
 * The shipped nginx configuration (deploy/nginx/yimin.conf), run for real in front of a server with
 * TRUST_PROXY=true, with a throw-away certificate. Only ports, paths and the name change.
 */
const root = path.resolve(import.meta.dirname, '../../../..')
const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0
const tools = has('nginx', '-v') && has('openssl', 'version')
// CI installs nginx and openssl (.ci/run): there a missing tool is a failure, not a skip
const skip = !tools && process.env.CI !== 'true'
if (skip) console.warn('nginx or openssl not found: the TLS proxy test is skipped (apt-get install nginx)')

interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

describe.skipIf(skip)('the shipped nginx configuration in front of the server', () => {
  let dir: string
  let server: ServerProcess
  let nginx: ChildProcess
  let nginxLog = ''
  let tlsPort: number
  let httpPort: number
  let ca: Buffer
  let clerk = ''

  /** A request through the proxy, from a chosen loopback address (each is another client). */
  const req = (
    method: string,
    url: string,
    opts: { from?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
  ) =>
    new Promise<Reply>((resolve, reject) => {
      const r = https.request(
        {
          host: '127.0.0.1',
          port: tlsPort,
          servername: 'localhost',
          ca,
          method,
          path: url,
          localAddress: opts.from ?? '127.0.0.1',
          headers: {
            ...(typeof opts.body === 'string' ? { 'content-type': 'application/json' } : {}),
            ...opts.headers,
          },
        },
        (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (d: string) => (body += d))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
        },
      )
      r.on('error', reject)
      r.end(opts.body)
    })
  const login = (username: string, password: string, from: string, headers: Record<string, string> = {}) =>
    req('POST', '/api/v1/auth/login', { from, headers, body: JSON.stringify({ username, password }) })

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-proxy-'))
    const tls = spawnSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'],
        ...['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
        ...['-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')],
      ],
      { encoding: 'utf8' },
    )
    if (tls.status !== 0) throw new Error(`openssl: ${tls.stderr}`)
    ca = fs.readFileSync(path.join(dir, 'cert.pem'))

    server = await startServer({
      DATA_DIR: path.join(dir, 'data'),
      TRUST_PROXY: 'true',
      LOGIN_RATE_LIMIT_PER_MINUTE: '3',
      // a Monday at 10:00 in Urumqi's center: the queue is open
      YIMIN_CLOCK_START: '2026-03-02T02:00:00Z',
    })
    const upstream = new URL(server.url).port
    tlsPort = await freePort()
    httpPort = await freePort()

    let conf = fs.readFileSync(path.join(root, 'deploy/nginx/yimin.conf'), 'utf8')
    const swap = (from: string | RegExp, to: string) => {
      const next = conf.replace(from, to)
      if (next === conf) throw new Error(`deploy/nginx/yimin.conf no longer has ${String(from)}`)
      conf = next
    }
    swap('server 127.0.0.1:8080;', `server 127.0.0.1:${upstream};`)
    swap(/\n\s*listen \[::\]:80;/, '')
    swap(/\n\s*listen \[::\]:443 ssl http2;/, '')
    swap('listen 80;', `listen 127.0.0.1:${httpPort};`)
    swap('listen 443 ssl http2;', `listen 127.0.0.1:${tlsPort} ssl http2;`)
    swap(/server_name zwfw\.example\.gov\.cn;/g, 'server_name localhost;')
    swap('/etc/ssl/yimin/fullchain.pem', path.join(dir, 'cert.pem'))
    swap('/etc/ssl/yimin/privkey.pem', path.join(dir, 'key.pem'))
    fs.writeFileSync(path.join(dir, 'yimin.conf'), conf)
    const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`
    fs.writeFileSync(
      path.join(dir, 'nginx.conf'),
      [
        // as root (CI), workers would switch to nobody and could not write the temp folders here
        process.getuid?.() === 0 ? 'user root;' : '',
        'daemon off;',
        'worker_processes 1;',
        `pid ${path.join(dir, 'nginx.pid')};`,
        `error_log ${path.join(dir, 'error.log')} warn;`,
        'events { worker_connections 256; }',
        'http {',
        '  access_log off;',
        `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
        `  include ${path.join(dir, 'yimin.conf')};`,
        '}',
      ].join('\n'),
    )
    nginx = spawn(
      'nginx',
      ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    nginx.stderr?.on('data', (d: Buffer) => (nginxLog += d.toString()))
    await waitUntil(
      async () => {
        if (nginx.exitCode !== null) throw new Error(`nginx exited: ${nginxLog}`)
        return req('GET', '/healthz').then(
          (r) => r.status === 200,
          () => false,
        )
      },
      15_000,
      'nginx',
    )
  }, 90_000)

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx.once('exit', r))
      nginx.kill('SIGTERM')
      await exited
    }
    await server?.stop()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('speaks HTTP/2 over TLS and sends plain HTTP to https', async () => {
    const session = http2.connect(`https://localhost:${tlsPort}`, { ca })
    try {
      await new Promise<void>((resolve, reject) => {
        session.once('connect', () => resolve())
        session.once('error', reject)
      })
      expect(session.alpnProtocol).toBe('h2')
    } finally {
      session.close()
    }
    const plain = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http
        .get({ host: '127.0.0.1', port: httpPort, path: '/portal', headers: { host: 'localhost' } }, resolve)
        .on('error', reject),
    )
    plain.resume()
    expect(plain.statusCode).toBe(301)
    expect(plain.headers.location).toBe(`https://localhost/portal`)
    expect((await req('GET', '/metrics')).status).toBe(404)
  })

  it('marks sign-in cookies Secure (the proxy says the request came over HTTPS)', async () => {
    const r = await login('clerk', 'yimin-demo-2016', '127.0.0.4')
    expect(r.status, r.body).toBe(200)
    const cookie = (r.headers['set-cookie'] ?? []).find((c) => c.startsWith('yimin_session='))
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    clerk = cookie!.split(';')[0]!
    // the same server over plain HTTP, without the proxy: no Secure flag
    const direct = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'clerk', password: 'yimin-demo-2016' }),
    })
    expect(direct.status).toBe(200)
    expect(direct.headers.get('set-cookie')).not.toMatch(/Secure/i)
  })

  it('counts sign-in attempts per client address, which a made-up X-Forwarded-For does not change', async () => {
    for (let i = 0; i < 3; i++) expect((await login('clerk', 'wrong-password', '127.0.0.2')).status).toBe(401)
    const limited = await login('clerk', 'wrong-password', '127.0.0.2', { 'x-forwarded-for': '198.51.100.7' })
    expect(limited.status).toBe(429)
    // another client behind the same proxy is not limited
    expect((await login('clerk', 'wrong-password', '127.0.0.3')).status).toBe(401)
  })

  it("delivers a queue call to a window display's event stream within a second", async () => {
    const display = { authorization: 'Device demo-window-5-display-credential' }
    const who = await req('GET', '/api/v1/me', { headers: display })
    const me = JSON.parse(who.body) as { windowId: string }
    expect(me.windowId, who.body).toBeTruthy()
    const categories = JSON.parse(
      (await req('GET', '/api/v1/queue/categories', { headers: { cookie: clerk } })).body,
    ) as Array<{ id: string; prefix: string }>
    const a = categories.find((c) => c.prefix === 'A')!
    const ticket = await req('POST', '/api/v1/queue/tickets', {
      headers: { authorization: 'Device demo-kiosk-0001-credential' },
      body: JSON.stringify({ categoryId: a.id }),
    })
    expect(ticket.status, ticket.body).toBe(200)
    const number = (JSON.parse(ticket.body) as { number: string }).number

    let frames = ''
    let calledAt = 0
    let seenAt = 0
    const stream = https.get({
      host: '127.0.0.1',
      port: tlsPort,
      servername: 'localhost',
      ca,
      path: `/api/v1/events?channels=window:${me.windowId}`,
      headers: display,
    })
    try {
      const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
        stream.once('response', resolve)
        stream.once('error', reject)
      })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toMatch(/text\/event-stream/)
      res.setEncoding('utf8')
      res.on('data', (d: string) => {
        frames += d
        if (!seenAt && frames.includes('event: queue.called') && frames.includes(number)) seenAt = Date.now()
      })
      calledAt = Date.now()
      const called = await req('POST', `/api/v1/queue/windows/${me.windowId}/call-next`, {
        headers: { cookie: clerk },
        body: '{}',
      })
      expect(called.status, called.body).toBe(200)
      await waitUntil(async () => seenAt > 0, 5000, 'the queue.called event')
      expect(seenAt - calledAt).toBeLessThan(1000)
    } finally {
      stream.destroy()
    }
  })

  it('lets a 50 MB upload through to the server and refuses a larger one at the proxy', async () => {
    const upload = (bytes: number) => {
      const boundary = 'yimin-proxy-test'
      const head = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="scan.pdf"\r\ncontent-type: application/pdf\r\n\r\n`
      const body = Buffer.concat([
        Buffer.from(head),
        Buffer.alloc(bytes, 0x25),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ])
      return req('POST', '/api/v1/citizen/applications/0000/materials/m1/file', {
        from: '127.0.0.5',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body,
      })
    }
    // the server answers (JSON with a code: no citizen is signed in), so the 50 MB went through
    const fifty = await upload(50 * 1024 * 1024)
    expect(fifty.status).toBe(401)
    expect(JSON.parse(fifty.body)).toMatchObject({ code: 'AUTH_REQUIRED' })
    const tooBig = await upload(60 * 1024 * 1024)
    expect(tooBig.status).toBe(413)
    expect(tooBig.body).toMatch(/nginx/)
  }, 60_000)
})

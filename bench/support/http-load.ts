// Shared parts of the HTTP benchmarks: a server process started from a bench/support script
// (it prints `READY <port> …` on stdout), a keep-alive HTTP client that times each request, and
// latency figures by kind of request.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export interface Server {
  port: number
  /** what the READY line carried after the port */
  fields: string[]
  proc: ChildProcess
  stop(): Promise<void>
}

/**
 * Starts `node --import tsx <script> …args` and waits for its READY line. Everything it writes to
 * stdout after that (the log, when it logs there) goes to `onStdout`; stderr is the bench's.
 */
export function spawnServer(
  script: string,
  env: NodeJS.ProcessEnv,
  opts: { args?: string[]; nodeArgs?: string[]; onStdout?: (chunk: Buffer) => void } = {},
): Promise<Server> {
  const proc = spawn(
    process.execPath,
    [...(opts.nodeArgs ?? []), '--import', 'tsx', path.join(root, script), ...(opts.args ?? [])],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  // 'close': the process exited and its stdout was read to the end
  const exited = new Promise<void>((res) => proc.on('close', () => res()))
  return new Promise((resolve, reject) => {
    let ready = false
    proc.on('exit', (code) => {
      if (!ready) reject(new Error(`${script} exited with ${code}`))
    })
    proc.stdout!.on('data', (b: Buffer) => {
      if (ready) return opts.onStdout?.(b)
      const text = b.toString()
      const m = /READY (\d+)(.*)\n?/.exec(text)
      if (!m) return opts.onStdout?.(b)
      ready = true
      const rest = text.replace(m[0], '')
      if (rest) opts.onStdout?.(Buffer.from(rest))
      const stop = async () => {
        if (proc.exitCode === null) proc.kill('SIGTERM')
        await exited
      }
      resolve({ port: Number(m[1]), fields: m[2]!.trim().split(/\s+/).filter(Boolean), proc, stop })
    })
  })
}

export interface Answer {
  status: number
  text: string
  ms: number
  headers: http.IncomingHttpHeaders
}

/** A keep-alive client for one server: at most `sockets` connections, each request timed. */
export function httpClient(port: number, sockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets })
  let sent = 0
  const request = (
    method: string,
    url: string,
    headers: Record<string, string> = {},
    body?: unknown,
  ): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body)
      sent++
      const t0 = performance.now()
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method,
          path: `/api/v1${url}`,
          agent,
          headers: payload === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              text: Buffer.concat(chunks).toString(),
              ms: performance.now() - t0,
              headers: res.headers,
            }),
          )
          res.on('error', reject)
        },
      )
      req.on('error', reject)
      req.end(payload)
    })
  return {
    request,
    /** requests sent so far */
    sent: () => sent,
    /** signs a staff account in; its session cookie */
    async login(username: string, password: string): Promise<string> {
      const r = await request('POST', '/auth/login', {}, { username, password })
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text.slice(0, 200)}`)
      const cookie = (r.headers['set-cookie'] ?? []).find((c) => c.startsWith('yimin_session='))
      if (!cookie) throw new Error(`login ${username}: no session (${r.text.slice(0, 200)})`)
      return cookie.split(';')[0]!
    },
    close: () => agent.destroy(),
  }
}

export const percentile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)]! : NaN

/** Latencies (ms) and failures by kind of request. */
export class Latencies {
  private readonly ms = new Map<string, number[]>()
  private readonly failed = new Map<string, { count: number; first: string }>()

  /** `ok`: whether the answer is a success (default: a 2xx status) */
  add(kind: string, a: Answer, ok = a.status >= 200 && a.status < 300): void {
    if (ok) {
      const list = this.ms.get(kind) ?? []
      list.push(a.ms)
      this.ms.set(kind, list)
      return
    }
    const f = this.failed.get(kind) ?? { count: 0, first: `${a.status} ${a.text.slice(0, 160)}` }
    f.count++
    this.failed.set(kind, f)
  }

  kinds(): string[] {
    return [...new Set([...this.ms.keys(), ...this.failed.keys()])]
  }

  stats(kind: string) {
    const s = [...(this.ms.get(kind) ?? [])].sort((a, b) => a - b)
    const f = this.failed.get(kind)
    return {
      count: s.length,
      errors: f?.count ?? 0,
      firstError: f?.first ?? null,
      p50: percentile(s, 0.5),
      p95: percentile(s, 0.95),
      p99: percentile(s, 0.99),
    }
  }

  /** the time (ms) successful requests of these kinds took, added up */
  sum(kinds: string[]): number {
    return kinds.reduce((n, k) => n + (this.ms.get(k) ?? []).reduce((t, x) => t + x, 0), 0)
  }

  /** successful requests of these kinds (default: all) */
  total(kinds: string[] = [...this.ms.keys()]): number {
    return kinds.reduce((n, k) => n + (this.ms.get(k)?.length ?? 0), 0)
  }
}

export const loadLine = () =>
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${os.cpus().length} cores`

/** CPU time (ms) a process has used so far (Linux: /proc/<pid>/stat; a server's, PostgreSQL's). */
export function processCpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  // utime and stime (fields 14 and 15 of stat, counted after the command name) in clock ticks
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

/** Waits until a process uses under 5% of a core over a second (at most `maxMs`); the seconds it took. */
export async function waitIdle(pid: number, maxMs = 180_000): Promise<number> {
  const t0 = performance.now()
  for (let last = processCpuMs(pid); performance.now() - t0 < maxMs;) {
    await new Promise((res) => setTimeout(res, 1000))
    const now = processCpuMs(pid)
    if (now - last < 50) break
    last = now
  }
  return (performance.now() - t0) / 1000
}

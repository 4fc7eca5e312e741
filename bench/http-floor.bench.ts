// HTTP floor of the stack: requests/s of a validated route that writes one row (SQLite, or
// DATABASE_URL) against a bare Fastify route, measured in the same run on the same machine.
// Run: npx tsx bench/http-floor.bench.ts   (DURATION=10 CONNECTIONS=20 to change)
import { spawn } from 'node:child_process'
import path from 'node:path'
import autocannon from 'autocannon'

const duration = Number(process.env.DURATION ?? 8)
const connections = Number(process.env.CONNECTIONS ?? 20)
const root = path.resolve(import.meta.dirname, '..')

const server = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'bench/support/floor-server.ts')],
  {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
)
const [barePort, stackPort] = await new Promise<[number, number]>((resolve) => {
  server.stdout.on('data', (b: Buffer) => {
    const m = /READY (\d+) (\d+)/.exec(b.toString())
    if (m) resolve([Number(m[1]), Number(m[2])])
  })
})

async function measure(name: string, url: string) {
  let i = 0
  const r = await autocannon({
    url,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ subject: `s${i++}`, note: '受理回执已打印' }),
        }),
      },
    ],
  })
  const errors = r.non2xx + r.errors
  console.log(
    `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   errors ${errors}`,
  )
  return r.requests.average
}

// warm up both, then measure
await measure('warm-up bare', `http://127.0.0.1:${barePort}/notes`)
await measure('warm-up stack', `http://127.0.0.1:${stackPort}/api/v1/bench/notes`)
const bare = await measure('bare Fastify route', `http://127.0.0.1:${barePort}/notes`)
const stack = await measure(
  'validated route writing one row',
  `http://127.0.0.1:${stackPort}/api/v1/bench/notes`,
)
console.log(
  `\nstack / bare = ${(stack / bare).toFixed(3)}  (${connections} connections, ${duration} s each, server and load generator share the cores)`,
)
server.kill('SIGTERM')

import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../../../..')

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

export interface ServerProcess {
  url: string
  child: ChildProcess
  output: string[]
  exited: Promise<number | null>
  /** SIGTERM (clean) or SIGKILL (crash) */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/**
 * Runs a TypeScript entry of the server in its own Node process (through tsx, so tests never
 * run a stale build). Resolves once `ready()` says so.
 */
export async function spawnTs(
  entry: string,
  env: Record<string, string>,
  ready: (output: string) => boolean,
  timeoutMs = 30_000,
) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, entry)], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', YIMIN_DEMO_HISTORY: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${entry} did not become ready:\n${output.join('')}`)),
      timeoutMs,
    )
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString())
      if (ready(output.join(''))) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`${entry} exited with ${code} before it was ready:\n${output.join('')}`))
    })
  })
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    return exited
  }
  return { child, output, exited, stop }
}

/** Starts a full server instance (API, web, workers) and waits until it listens. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort()
  const proc = await spawnTs(
    'apps/server/src/main.ts',
    { LOG_LEVEL: 'info', ...env, PORT: String(port), HOST: '127.0.0.1' },
    (out) => out.includes('Server listening'),
  )
  return { ...proc, url: `http://127.0.0.1:${port}` }
}

export async function waitUntil<T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const v = await probe()
    if (v) return v
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

import fs from 'node:fs'
import { buildApp } from './app'
import { ConfigError, loadConfig } from './config'
import { createContainer, type Container } from './container'
import { buildHistory } from './seed/history/build-history'
import { seedDemo } from './seed/demo'
import { refreshDemoOpening } from './seed/demo/load-opening'
import { exitOnUnsupportedNode } from './platform/runtime'

/** Starts one server instance: API, web apps and background work in one process. */
async function main(): Promise<void> {
  exitOnUnsupportedNode()
  const config = loadConfig()
  const container = await createContainer({ config })
  const log = container.log
  if (config.mode === 'demo') {
    // the demo opening's time and the bidders' decryption codes go to the log (README.md lists them too)
    const opening = (m: string) => (m.includes('demo opening') ? log.info(m) : undefined)
    if (await seedDemo(container, opening)) log.info('demo center created (accounts in README.md)')
    else await refreshDemoOpening(container, opening)
  } else if (await container.setup.isSetupNeeded()) {
    const code = await container.setup.issueSetupCode()
    log.warn(
      { setupCode: code },
      `no administrator yet: open /setup and enter setup code ${code}, or run \`npm run yimin -- create-admin\``,
    )
  }
  const https = config.tls
    ? { key: fs.readFileSync(config.tls.keyFile), cert: fs.readFileSync(config.tls.certFile) }
    : undefined
  const app = await buildApp(container, https ? { https } : {})
  const history = await demoHistoryWanted(container)
  // while the history builds, the jobs and the SMS dispatch wait: the history runs its own
  await container.start({ holdWorkers: history })
  await app.listen({ port: config.port, host: config.host })
  if (history) void buildInBackground(container)

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log.info({ signal }, 'shutting down')
    await app.close()
    await container.close()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

/** Demo mode, enabled (not CI=true, not YIMIN_DEMO_HISTORY=0), and not built yet. */
async function demoHistoryWanted(c: Container): Promise<boolean> {
  if (c.config.mode !== 'demo' || !c.config.demoHistory.enabled) return false
  const status = await c.demoHistory.read()
  if (status.state === 'failed')
    c.log.warn(
      'the demo history failed earlier; rebuild it with `npm run yimin -- demo-history` on a fresh data directory',
    )
  return status.state === 'off' || status.state === 'building'
}

async function buildInBackground(c: Container): Promise<void> {
  const { days, seed, volumePercent } = c.config.demoHistory
  c.log.info({ days, seed }, 'demo history: building in the background (staff screens show a banner)')
  try {
    const summary = await buildHistory(c, {
      days,
      seed,
      ticketsPerDay: Math.max(1, Math.round((200 * volumePercent) / 100)),
      casesPerDay: Math.max(1, Math.round((60 * volumePercent) / 100)),
      progress: (p) => c.log.info(p, `demo history: ${p.done}/${p.days} working days (${p.date})`),
    })
    c.log.info(summary, 'demo history: done')
  } catch (err) {
    c.log.error({ err }, 'demo history: failed')
    const status = await c.demoHistory.read()
    await c.demoHistory.write({ ...status, state: 'failed' }, c.clock.now().toISOString())
  }
  await c.startWorkers()
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message)
    process.exit(2)
  }
  console.error(err)
  process.exit(1)
})

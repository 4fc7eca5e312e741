import fs from 'node:fs'
import { buildApp } from './app'
import { ConfigError, loadConfig } from './config'
import { createContainer } from './container'
import { seedDemo } from './seed/demo'
import { exitOnUnsupportedNode } from './platform/runtime'

/** Starts one server instance: API, web apps and background work in one process. */
async function main(): Promise<void> {
  exitOnUnsupportedNode()
  const config = loadConfig()
  const container = await createContainer({ config })
  const log = container.log
  if (config.mode === 'demo') {
    if (await seedDemo(container)) log.info('demo center created (accounts in README.md)')
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
  await container.start()
  await app.listen({ port: config.port, host: config.host })

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

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message)
    process.exit(2)
  }
  console.error(err)
  process.exit(1)
})

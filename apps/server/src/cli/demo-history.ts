import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { loadConfig } from '../config'
import { seedDemo } from '../seed/demo'
import { buildHistory } from '../seed/history/build-history'
import { withContainer, type CliIo } from './command'

/**
 * `npm run yimin -- demo-history [--days N] [--seed S] [--fresh]`: builds the demo history on the
 * configured database (the demo center is created first if missing). A history already built is
 * not built twice; `--fresh` rebuilds it from a new SQLite demo database (the server stopped).
 */
export async function demoHistoryCommand(args: string[], io: CliIo): Promise<number> {
  let values: { days?: string; seed?: string; fresh?: boolean }
  try {
    values = parseArgs({
      args,
      options: { days: { type: 'string' }, seed: { type: 'string' }, fresh: { type: 'boolean' } },
    }).values
  } catch (err) {
    io.say(err instanceof Error ? err.message : String(err))
    return 2
  }
  const config = loadConfig(io.env)
  const days = Number(values.days ?? config.demoHistory.days)
  const seed = Number(values.seed ?? config.demoHistory.seed)
  if (!Number.isInteger(days) || days < 1 || days > 366) {
    io.say('--days must be a whole number from 1 to 366')
    return 2
  }
  if (!Number.isInteger(seed) || seed < 0) {
    io.say('--seed must be a whole number ≥ 0')
    return 2
  }
  if (config.mode !== 'demo') {
    io.say('the demo history is for demo mode only (YIMIN_MODE=demo)')
    return 2
  }
  if (values.fresh) {
    if (config.database.kind !== 'sqlite') {
      io.say('--fresh removes the SQLite database; on PostgreSQL use a new schema (PG_SCHEMA) instead')
      return 2
    }
    for (const f of [config.database.file, `${config.database.file}-wal`, `${config.database.file}-shm`])
      fs.rmSync(f, { force: true })
    io.say(`removed ${config.database.file}`)
  }
  return withContainer(config, async (c) => {
    if (await seedDemo(c, (m) => io.say(`  ${m}`))) io.say('demo center created')
    const status = await c.demoHistory.read()
    if (status.state === 'done') {
      io.say(`the demo history is built already (${status.from} – ${status.to}); --fresh rebuilds it`)
      return 1
    }
    const summary = await buildHistory(c, {
      days,
      seed,
      progress: (p) => io.say(`  ${p.done}/${p.days} working days (${p.date}) ${(p.ms / 1000).toFixed(1)} s`),
    })
    io.say(
      `demo history: ${summary.days} working days ${summary.from} – ${summary.to}, ${summary.tickets} tickets, ${summary.cases} cases (${summary.completed} completed), ${summary.trading.projects} trading projects (${summary.trading.awarded} awarded) in ${(summary.ms / 1000).toFixed(1)} s (CPU ${(summary.cpuMs / 1000).toFixed(1)} s)`,
    )
    const { portal } = summary
    io.say(
      `  online: ${portal.onlineApplications} applications and ${portal.bundles} bundles; ${portal.appointments} appointments (${portal.checkedIn} checked in)`,
    )
    for (const [what, n] of Object.entries(summary.failures))
      io.say(`  refused by the services: ${what} × ${n}`)
    return 0
  })
}

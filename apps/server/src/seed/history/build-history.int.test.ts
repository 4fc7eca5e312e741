import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../config'
import { createContainer } from '../../container'
import { seedDemo } from '../demo'
import { buildHistory, type HistorySummary } from './build-history'
import { historyFigures } from './history-figures'

// A few days of history, twice from the same seed into two fresh demo databases: the same figures.
// "Today" is injected; nothing depends on the real date.
const TODAY = '2026-11-18'
const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
})

async function build(): Promise<{ summary: HistorySummary; figures: Record<string, unknown> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-history-'))
  dirs.push(dir)
  const c = await createContainer({
    config: loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', WORKERS: 'false', YIMIN_MODE: 'demo' }),
  })
  try {
    await seedDemo(c)
    const summary = await buildHistory(c, { days: 4, seed: 7, today: TODAY, ticketsPerDay: 40, casesPerDay: 12 })
    return { summary, figures: await historyFigures(c.database.db) }
  } finally {
    await c.close()
  }
}

describe('demo history', () => {
  it('drives the services through past working days, the same from the same seed', async () => {
    const a = await build()
    const b = await build()
    expect(a.summary.days).toBe(2) // 2026-11-14/15 are a weekend
    expect(a.summary.tickets).toBeGreaterThan(50)
    expect(a.summary.served).toBe(a.summary.tickets)
    expect(a.summary.cases).toBeGreaterThan(15)
    expect(a.figures).toEqual(b.figures)
    expect({ ...a.summary, ms: 0 }).toEqual({ ...b.summary, ms: 0 })
  }, 240_000)
})

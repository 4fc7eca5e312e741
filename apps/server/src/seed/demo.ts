import type { Container } from '../container'
import { withNamedLock } from '../db/dialect'
import { SEED_ACTOR, type SeedContext } from './demo/context'
import { loadCatalog } from './demo/load-catalog'
import { loadHall, loadWindows } from './demo/load-hall'
import { loadOrganisation } from './demo/load-org'
import { loadDevices, loadStaff } from './demo/load-people'
import { loadQueueSettings } from './demo/load-queue'
import { loadTrading } from './demo/load-trading'
import { loadExperts } from './demo/load-experts'
import { loadBidders } from './demo/load-bidders'
import { loadDemoOpening } from './demo/load-opening'

export { DEMO_PASSWORD } from './demo/staff'

/**
 * The demo center: the Urumqi Government Service Center as it opened in 2016 (the data files
 * under ./demo: divisions, 33 departments, the Yimin Building's hall, queue categories, staff,
 * devices, 150+ matters and the bundles). Everything is created through the services the
 * admin console uses, so every rule applies to the demo data too.
 *
 * Runs once: a marker row records that it ran. Each item is created unless present, so a run
 * that was interrupted continues where it stopped. Several instances starting together on
 * PostgreSQL take turns (an advisory lock per schema); the loser then finds the marker. Should
 * the lock be bypassed, unique keys still decide and the loser of a race skips the item.
 */
const MARKER = 'demo.seeded'

async function isSeeded(c: Container): Promise<boolean> {
  return (
    (await c.database.db
      .selectFrom('system_settings')
      .select('key')
      .where('key', '=', MARKER)
      .executeTakeFirst()) !== undefined
  )
}

async function withSeedLock<T>(c: Container, fn: () => Promise<T>): Promise<T> {
  return withNamedLock(c.database.db, 'yimin.seed-demo:', fn)
}

export async function seedDemo(c: Container, progress: (msg: string) => void = () => {}): Promise<boolean> {
  if (await isSeeded(c)) return false
  return withSeedLock(c, async () => {
    if (await isSeeded(c)) return false
    const ctx: SeedContext = {
      c,
      actor: SEED_ACTOR,
      progress,
      ids: {
        departments: new Map(),
        areas: new Map(),
        floors: new Map(),
        categories: new Map(),
        windows: new Map(),
        users: new Map(),
        hallId: '',
      },
    }
    await loadOrganisation(ctx)
    await loadHall(ctx)
    await loadStaff(ctx)
    await loadWindows(ctx)
    await loadQueueSettings(ctx)
    await loadDevices(ctx)
    await loadCatalog(ctx)
    await loadTrading(ctx)
    await loadExperts(ctx)
    await loadBidders(ctx)
    await loadDemoOpening(ctx)
    await c.database.db
      .insertInto('system_settings')
      .values({ key: MARKER, value: 'true', updated_at: c.clock.now().toISOString() })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute()
    return true
  })
}

import { Migrator, type MigrationResultSet } from 'kysely'
import type { Db } from './database'
import { migrations } from './migrations/index'

export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  })
  const result = await migrator.migrateToLatest()
  if (result.error) throw result.error
  return result
}

export async function pendingMigrations(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const all = await migrator.getMigrations()
  return all.filter((m) => !m.executedAt).map((m) => m.name)
}

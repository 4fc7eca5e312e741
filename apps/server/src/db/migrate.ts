import { Migrator, type MigrationResultSet } from 'kysely'
import type { Database } from './database'
import { migrations } from './migrations/index'

function migrator(database: Database): Migrator {
  return new Migrator({
    db: database.db,
    // on PostgreSQL the dialect's introspector sees the current schema only (database.ts), so
    // the bookkeeping tables live, and are looked for, in the schema the instance works in
    provider: { getMigrations: async () => migrations },
  })
}

export async function migrateToLatest(database: Database): Promise<MigrationResultSet> {
  const result = await migrator(database).migrateToLatest()
  if (result.error) throw result.error
  return result
}

export async function pendingMigrations(database: Database): Promise<string[]> {
  const all = await migrator(database).getMigrations()
  return all.filter((m) => !m.executedAt).map((m) => m.name)
}

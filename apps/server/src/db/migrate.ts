import { Migrator, type MigrationResultSet } from 'kysely'
import type { Database } from './database'
import { migrations } from './migrations/index'

function migrator(database: Database): Migrator {
  return new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    // Kysely looks for its bookkeeping table in every schema unless told which one: with
    // several schemas on one server (tests, or several centers) name ours.
    ...(database.dialect === 'postgres' ? { migrationTableSchema: database.pgSchema ?? 'public' } : {}),
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

import type { Migration } from 'kysely'
import * as m0001 from './0001-platform'

/**
 * Every migration, in order. One set for SQLite and PostgreSQL; dialect differences go through
 * db/dialect.ts. Add a migration by adding a file and a line here; never edit a published one.
 */
export const migrations: Record<string, Migration> = {
  '0001-platform': m0001,
}

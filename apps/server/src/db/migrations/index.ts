import type { Migration } from 'kysely'
import * as m0001 from './0001-platform'
import * as m0002 from './0002-calendar'
import * as m0003 from './0003-organisation'
import * as m0004 from './0004-catalog'
import * as m0005 from './0005-cases'

/**
 * Every migration, in order. One set for SQLite and PostgreSQL; dialect differences go through
 * db/dialect.ts. Add a migration by adding a file and a line here; never edit a published one.
 */
export const migrations: Record<string, Migration> = {
  '0001-platform': m0001,
  '0002-calendar': m0002,
  '0003-organisation': m0003,
  '0004-catalog': m0004,
  '0005-cases': m0005,
}

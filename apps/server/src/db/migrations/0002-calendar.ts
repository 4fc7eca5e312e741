import { sql, type Kysely } from 'kysely'
import {
  CHINESE_DAYS_SOURCE,
  chineseDaysOverrides,
  SEED_FIRST_YEAR,
  SEED_LAST_YEAR,
} from '../../modules/calendar/chinese-days-seed'

/**
 * The working-day calendar (issue 4): holidays and make-up working days, the years whose
 * schedule is loaded, and the version other instances watch. The calendar is not demo data:
 * 2016–2026 are seeded here from chinese-days, on every database, production included.
 * (The seed time is the migration's wall-clock time: a migration has no domain clock.)
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('holiday', 'workday')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute()

  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .addColumn('loaded_by', 'text')
    .execute()

  const now = new Date().toISOString()
  for (let year = SEED_FIRST_YEAR; year <= SEED_LAST_YEAR; year++) {
    const days = chineseDaysOverrides(year).map((o) => ({
      date: o.date,
      kind: o.kind,
      name: o.name,
      updated_at: now,
      updated_by: 'system',
    }))
    if (days.length > 0) await db.insertInto('calendar_days').values(days).execute()
    await db
      .insertInto('calendar_years')
      .values({ year, source: CHINESE_DAYS_SOURCE, loaded_at: now, loaded_by: 'system' })
      .execute()
  }
  await db
    .insertInto('system_settings')
    .values({ key: 'calendar.version', value: `seed-${now}`, updated_at: now })
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}

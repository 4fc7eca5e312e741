import { sql, type Kysely } from 'kysely'

/**
 * Each lot (标段/包) keeps its own stage — open, failed (流标), publicity or awarded — so a project
 * with several lots can have one in publicity, one awarded and one failed; the project's status is
 * derived from its lots (project-state.rules.ts). Existing lots take their stage from what was
 * recorded: a failed opening, an award notice, or the project's own publicity or award.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('trading_lots')
    .addColumn('stage', 'text', (c) => c.notNull().defaultTo('open'))
    .execute()
  await sql`update trading_lots set stage = 'failed'
    where id in (select lot_id from bid_openings where status = 'failed')`.execute(db)
  await sql`update trading_lots set stage = 'awarded'
    where stage = 'open' and (award_notice_on is not null
      or project_id in (select id from trading_projects where status = 'awarded'))`.execute(db)
  await sql`update trading_lots set stage = 'publicity'
    where stage = 'open' and project_id in (select id from trading_projects where status = 'publicity')`.execute(
    db,
  )
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}

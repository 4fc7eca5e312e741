import { sql, type Kysely } from 'kysely'

/**
 * A candidates or result announcement names the lots it is for (标段/包): `lot_ids`, a JSON list
 * (null for the kinds that move no lot). Published ones take the lots their journal event
 * recorded (`announcement.published` with `lotIds`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('trading_announcements').addColumn('lot_ids', 'text').execute()
  await backfillAnnouncementLots(db)
}

/** Each published announcement's lots from its journal event (exported for its test). */
export async function backfillAnnouncementLots(db: Kysely<any>): Promise<void> {
  const events = await sql<{ data: string | object }>`select data from trading_project_events
    where type = 'announcement.published' order by seq`.execute(db)
  for (const e of events.rows) {
    const data = (typeof e.data === 'string' ? JSON.parse(e.data) : e.data) as {
      announcementId?: string
      lotIds?: string[]
    }
    if (!data.announcementId || !Array.isArray(data.lotIds) || data.lotIds.length === 0) continue
    await sql`update trading_announcements set lot_ids = ${JSON.stringify(data.lotIds)}
      where id = ${data.announcementId}`.execute(db)
  }
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}

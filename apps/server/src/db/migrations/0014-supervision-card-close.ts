import type { Kysely } from 'kysely'

/**
 * Issue 8: a supervisor closes a card (黄牌 / 红牌) the department has answered, with a reason
 * (issued → answered → closed); and the sweep resolves an alert whose condition went away
 * (an extension, a supplied 容缺 material): when and why are kept on the alert and in its steps.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('supervision_cards').addColumn('closed_by', 'text').execute()
  await db.schema.alterTable('supervision_cards').addColumn('closed_at', 'text').execute()
  await db.schema.alterTable('supervision_cards').addColumn('close_reason', 'text').execute()
  await db.schema.alterTable('supervision_alerts').addColumn('resolved_at', 'text').execute()
  await db.schema.alterTable('supervision_alerts').addColumn('resolved_reason', 'text').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}

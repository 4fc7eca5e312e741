import type { Kysely } from 'kysely'

/**
 * Issue 8: a supervisor closes a card (黄牌 / 红牌) the department has answered, with a reason
 * (issued → answered → closed). The reason and who closed it are kept on the card and in its steps.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('supervision_cards').addColumn('closed_by', 'text').execute()
  await db.schema.alterTable('supervision_cards').addColumn('closed_at', 'text').execute()
  await db.schema.alterTable('supervision_cards').addColumn('close_reason', 'text').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only; restore a backup instead')
}

import type { Executor } from '../../db/database'

/* What the privacy module erases of the voice calls: the words of finished calls. */

/** Blanks the words of voice calls that are finished (placed, answered, failed, cancelled); queued ones are untouched. */
export async function blankVoiceBodies(db: Executor, before: string): Promise<number> {
  const r = await db
    .updateTable('voice_calls')
    .set({ body: '', params: '{}' })
    .where('created_at', '<', before)
    .where('status', '<>', 'queued')
    .where('body', '<>', '')
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}

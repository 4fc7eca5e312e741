import type { Executor } from '../../db/database'

/*
 * What the privacy module reads and erases of the messages: those sent to a phone (a citizen's
 * copy of their data), and the texts and replies the retention sweep blanks or deletes.
 */

/** The messages sent to a phone, oldest first. */
export async function messagesToPhone(db: Executor, phone: string) {
  return db
    .selectFrom('sms_messages')
    .select(['template', 'body', 'status', 'created_at', 'sent_at'])
    .where('recipient', '=', phone)
    .orderBy('created_at')
    .execute()
}

/** Blanks the text of messages that are finished (sent, delivered or failed); queued ones are untouched. */
export async function blankSmsBodies(db: Executor, before: string): Promise<number> {
  const r = await db
    .updateTable('sms_messages')
    .set({ body: '' })
    .where('created_at', '<', before)
    .where('status', 'in', ['sent', 'delivered', 'failed'])
    .where('body', '<>', '')
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}

/** Deletes the replies received before the cut-off (their parts, then the whole ones); returns how many rows. */
export async function deleteSmsReplies(db: Executor, before: string): Promise<number> {
  const parts = await db.deleteFrom('sms_inbound_parts').where('received_at', '<', before).executeTakeFirst()
  const whole = await db.deleteFrom('sms_inbound').where('received_at', '<', before).executeTakeFirst()
  return Number(whole.numDeletedRows) + Number(parts.numDeletedRows)
}

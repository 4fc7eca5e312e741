import type { Db } from '../../db/database'

/** The six-digit code of the latest SMS to a phone (the demo reads it as the virtual phone would). */
export async function latestCodeSentTo(db: Db, phone: string): Promise<string> {
  const sms = await db
    .selectFrom('sms_messages')
    .select('body')
    .where('recipient', '=', phone)
    .orderBy('created_at', 'desc')
    .executeTakeFirst()
  const code = /(\d{6})/.exec(sms?.body ?? '')?.[1]
  if (!code) throw new Error(`demo seed: no code was sent to ${phone}`)
  return code
}

import type { Kysely } from 'kysely'

/**
 * The daily privacy sweep (modules/privacy) finds what is past its time by age alone: sign-in
 * codes by created_at (the existing index leads with the phone) and SMS replies by received_at
 * (the existing one leads with the sender). Tickets (service_date), SMS messages (created_at),
 * ratings (rated_on) and cases (status) have indexes that lead with what it asks already.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('citizen_otps_created').on('citizen_otps').column('created_at').execute()
  await db.schema.createIndex('sms_inbound_received').on('sms_inbound').column('received_at').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}

import type { Executor } from '../../db/database'

/*
 * What the privacy module reads and erases of the queue: a citizen's appointments and the tickets
 * taken with their phone (their copy of their data), and the tickets' contacts the retention
 * sweep clears.
 */

/** A citizen's appointments, oldest first. */
export async function citizenAppointments(db: Executor, citizenId: string) {
  return db
    .selectFrom('queue_appointments')
    .select(['code', 'service_date', 'status', 'channel', 'created_at'])
    .where('citizen_id', '=', citizenId)
    .orderBy('created_at')
    .execute()
}

/** The tickets that carry a phone, oldest first. */
export async function ticketsOfPhone(db: Executor, phone: string) {
  return db
    .selectFrom('queue_tickets')
    .select(['number', 'service_date', 'status', 'source', 'issued_at', 'called_at', 'finished_at'])
    .where('phone', '=', phone)
    .orderBy('issued_at')
    .execute()
}

/** Forgets the phone and ID hash of tickets of days before the cut-off; returns how many. */
export async function clearTicketContacts(db: Executor, serviceDateBefore: string): Promise<number> {
  const r = await db
    .updateTable('queue_tickets')
    .set({ phone: null, id_hash: null })
    .where('service_date', '<', serviceDateBefore)
    .where((eb) => eb.or([eb('phone', 'is not', null), eb('id_hash', 'is not', null)]))
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}

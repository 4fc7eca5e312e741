import type { Executor } from '../../db/database'
import type { QueueAppointmentSlotsTable, QueueAppointmentsTable } from './queue.tables'

/** All SQL of appointment slots and appointments. */
export class AppointmentsRepository {
  constructor(private readonly db: Executor) {}

  async slots(
    categoryId: string,
    serviceDate: string,
    tx: Executor = this.db,
  ): Promise<QueueAppointmentSlotsTable[]> {
    return tx
      .selectFrom('queue_appointment_slots')
      .selectAll()
      .where('category_id', '=', categoryId)
      .where('service_date', '=', serviceDate)
      .orderBy('starts_at')
      .execute()
  }

  async slotsBetween(
    from: string,
    to: string,
    categoryId: string | null,
    tx: Executor = this.db,
  ): Promise<QueueAppointmentSlotsTable[]> {
    let q = tx
      .selectFrom('queue_appointment_slots')
      .selectAll()
      .where('service_date', '>=', from)
      .where('service_date', '<=', to)
    if (categoryId) q = q.where('category_id', '=', categoryId)
    return q.orderBy('service_date').orderBy('starts_at').execute()
  }

  async slot(id: string, tx: Executor = this.db): Promise<QueueAppointmentSlotsTable | undefined> {
    return tx.selectFrom('queue_appointment_slots').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async upsertSlot(row: QueueAppointmentSlotsTable, tx: Executor): Promise<void> {
    await tx
      .insertInto('queue_appointment_slots')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['category_id', 'service_date', 'starts_at'])
          .doUpdateSet({ ends_at: row.ends_at, capacity: row.capacity }),
      )
      .execute()
  }

  async deleteSlot(id: string, tx: Executor): Promise<void> {
    await tx.deleteFrom('queue_appointment_slots').where('id', '=', id).execute()
  }

  /** Takes one place in a slot if one is left (atomic on both databases). */
  async takeSlotPlace(slotId: string, tx: Executor): Promise<boolean> {
    const r = await tx
      .updateTable('queue_appointment_slots')
      .set((eb) => ({ booked: eb('booked', '+', 1) }))
      .where('id', '=', slotId)
      .whereRef('booked', '<', 'capacity')
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async releaseSlotPlace(slotId: string, tx: Executor): Promise<void> {
    await tx
      .updateTable('queue_appointment_slots')
      .set((eb) => ({ booked: eb('booked', '-', 1) }))
      .where('id', '=', slotId)
      .where('booked', '>', 0)
      .execute()
  }

  async insertAppointment(row: QueueAppointmentsTable, tx: Executor): Promise<void> {
    await tx.insertInto('queue_appointments').values(row).execute()
  }

  async appointment(id: string, tx: Executor = this.db): Promise<QueueAppointmentsTable | undefined> {
    return tx.selectFrom('queue_appointments').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async appointmentByCode(code: string, tx: Executor = this.db): Promise<QueueAppointmentsTable | undefined> {
    return tx.selectFrom('queue_appointments').selectAll().where('code', '=', code).executeTakeFirst()
  }

  async activeAppointment(
    idHash: string,
    categoryId: string,
    serviceDate: string,
    tx: Executor,
  ): Promise<QueueAppointmentsTable | undefined> {
    return tx
      .selectFrom('queue_appointments')
      .selectAll()
      .where('id_hash', '=', idHash)
      .where('category_id', '=', categoryId)
      .where('service_date', '=', serviceDate)
      .where('status', 'in', ['booked', 'checked_in'])
      .executeTakeFirst()
  }

  async updateAppointment(
    id: string,
    from: QueueAppointmentsTable['status'][],
    patch: Partial<QueueAppointmentsTable>,
    tx: Executor,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('queue_appointments')
      .set(patch)
      .where('id', '=', id)
      .where('status', 'in', from)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /** A citizen's appointments with their slot and category, newest day first (my appointments). */
  async appointmentsOfCitizen(citizenId: string, limit: number, tx: Executor = this.db) {
    return tx
      .selectFrom('queue_appointments as a')
      .innerJoin('queue_appointment_slots as s', 's.id', 'a.slot_id')
      .innerJoin('queue_categories as c', 'c.id', 'a.category_id')
      .selectAll('a')
      .select(['s.starts_at', 's.ends_at', 'c.prefix', 'c.name', 'c.name_ug', 'c.name_en'])
      .where('a.citizen_id', '=', citizenId)
      .orderBy('a.service_date', 'desc')
      .orderBy('s.starts_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(limit)
      .execute()
  }

  /** Booked appointments on days `from`…`to` with their slot times (the reminder sweep). */
  async bookedAppointmentsBetween(from: string, to: string, tx: Executor = this.db) {
    return tx
      .selectFrom('queue_appointments as a')
      .innerJoin('queue_appointment_slots as s', 's.id', 'a.slot_id')
      .selectAll('a')
      .select(['s.starts_at', 's.ends_at'])
      .where('a.status', '=', 'booked')
      .where('a.service_date', '>=', from)
      .where('a.service_date', '<=', to)
      .execute()
  }

  /** Booked appointments of slots that ended before `endedBefore` on a day: the no-show sweep. */
  async lapsedAppointments(
    serviceDate: string,
    endedBefore: string,
    tx: Executor = this.db,
  ): Promise<QueueAppointmentsTable[]> {
    return tx
      .selectFrom('queue_appointments as a')
      .innerJoin('queue_appointment_slots as s', 's.id', 'a.slot_id')
      .selectAll('a')
      .where('a.status', '=', 'booked')
      .where((eb) =>
        eb.or([
          eb('a.service_date', '<', serviceDate),
          eb.and([eb('a.service_date', '=', serviceDate), eb('s.ends_at', '<=', endedBefore)]),
        ]),
      )
      .execute()
  }

  /** Missed appointments of an ID (hashed) since a time. */
  async noShowsSince(idHash: string, since: string, tx: Executor = this.db): Promise<number> {
    const row = await tx
      .selectFrom('queue_appointments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id_hash', '=', idHash)
      .where('status', '=', 'no_show')
      .where('updated_at', '>=', since)
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }
}

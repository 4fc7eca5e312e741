import type { Executor } from '../../db/database'

/** What the platform holds about one citizen: by their account, and by their phone number. */
export class MyDataRepository {
  constructor(private readonly db: Executor) {}

  async collect(citizenId: string) {
    const citizen = await this.db
      .selectFrom('citizens')
      .select(['phone', 'name', 'id_number', 'created_at', 'last_sign_in_at'])
      .where('id', '=', citizenId)
      .executeTakeFirst()
    if (!citizen) return null
    const phone = citizen.phone
    const [applications, files, cases, appointments, tickets, ratings, messages] = await Promise.all([
      this.db
        .selectFrom('online_applications')
        .select([
          'id',
          'kind',
          'code',
          'name',
          'status',
          'bundle_number',
          'applicant',
          'form_data',
          'delivery',
        ])
        .select(['created_at', 'updated_at', 'submitted_at'])
        .where('citizen_id', '=', citizenId)
        .orderBy('created_at')
        .execute(),
      this.db
        .selectFrom('online_files')
        .select(['application_id', 'case_id', 'material_key', 'name', 'mime', 'size', 'created_at'])
        .where('citizen_id', '=', citizenId)
        .orderBy('created_at')
        .execute(),
      this.db
        .selectFrom('cases')
        .select(['id', 'number', 'status', 'applicant_name', 'applicant_id_number', 'applicant_phone'])
        .select(['received_at', 'accepted_at', 'completed_at', 'closed_at', 'due_on'])
        .where('citizen_id', '=', citizenId)
        .orderBy('received_at')
        .execute(),
      this.db
        .selectFrom('queue_appointments')
        .select(['code', 'service_date', 'status', 'channel', 'created_at'])
        .where('citizen_id', '=', citizenId)
        .orderBy('created_at')
        .execute(),
      this.db
        .selectFrom('queue_tickets')
        .select(['number', 'service_date', 'status', 'source', 'issued_at', 'called_at', 'finished_at'])
        .where('phone', '=', phone)
        .orderBy('issued_at')
        .execute(),
      this.db
        .selectFrom('ratings')
        .select(['subject_kind', 'subject_label', 'channel', 'level', 'score', 'comment', 'rated_at'])
        .where('phone', '=', phone)
        .orderBy('rated_at')
        .execute(),
      this.db
        .selectFrom('sms_messages')
        .select(['template', 'body', 'status', 'created_at', 'sent_at'])
        .where('recipient', '=', phone)
        .orderBy('created_at')
        .execute(),
    ])
    return { citizen, applications, files, cases, appointments, tickets, ratings, messages }
  }
}

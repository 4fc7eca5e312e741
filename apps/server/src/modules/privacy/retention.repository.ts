import type { Executor } from '../../db/database'

const n = (r: { numDeletedRows?: bigint; numUpdatedRows?: bigint }) =>
  Number(r.numDeletedRows ?? r.numUpdatedRows ?? 0)

/** The privacy sweep's statements: each deletes or blanks one kind of data older than its cut-off. */
export class RetentionRepository {
  constructor(private readonly db: Executor) {}

  async deleteSignInCodes(before: string): Promise<number> {
    return n(await this.db.deleteFrom('citizen_otps').where('created_at', '<', before).executeTakeFirst())
  }

  /** Blanks the words of voice calls that are finished (placed, answered, failed, cancelled); queued ones are untouched. */
  async blankVoiceBodies(before: string): Promise<number> {
    return n(
      await this.db
        .updateTable('voice_calls')
        .set({ body: '', params: '{}' })
        .where('created_at', '<', before)
        .where('status', '<>', 'queued')
        .where('body', '<>', '')
        .executeTakeFirst(),
    )
  }

  /** Blanks the text of messages that are finished (sent, delivered or failed); queued ones are untouched. */
  async blankSmsBodies(before: string): Promise<number> {
    return n(
      await this.db
        .updateTable('sms_messages')
        .set({ body: '' })
        .where('created_at', '<', before)
        .where('status', 'in', ['sent', 'delivered', 'failed'])
        .where('body', '<>', '')
        .executeTakeFirst(),
    )
  }

  async deleteSmsReplies(before: string): Promise<number> {
    const parts = await this.db
      .deleteFrom('sms_inbound_parts')
      .where('received_at', '<', before)
      .executeTakeFirst()
    const whole = await this.db.deleteFrom('sms_inbound').where('received_at', '<', before).executeTakeFirst()
    return n(whole) + n(parts)
  }

  async clearTicketContacts(serviceDateBefore: string): Promise<number> {
    return n(
      await this.db
        .updateTable('queue_tickets')
        .set({ phone: null, id_hash: null })
        .where('service_date', '<', serviceDateBefore)
        .where((eb) => eb.or([eb('phone', 'is not', null), eb('id_hash', 'is not', null)]))
        .executeTakeFirst(),
    )
  }

  async clearRatingPhones(ratedOnBefore: string): Promise<number> {
    return n(
      await this.db
        .updateTable('ratings')
        .set({ phone: null })
        .where('rated_on', '<', ratedOnBefore)
        .where('phone', 'is not', null)
        .executeTakeFirst(),
    )
  }

  /** Cases refused (不予受理) or withdrawn that closed before the cut-off and still hold uploaded files. */
  async closedCasesWithFiles(before: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('cases as c')
      .select('c.id')
      .where('c.status', 'in', ['refused', 'withdrawn'])
      .where('c.closed_at', '<', before)
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('case_materials as m')
              .select('m.id')
              .whereRef('m.case_id', '=', 'c.id')
              .where('m.file_key', 'is not', null),
          ),
          eb.exists(eb.selectFrom('online_files as f').select('f.id').whereRef('f.case_id', '=', 'c.id')),
        ]),
      )
      .limit(limit)
      .execute()
    return rows.map((r) => r.id)
  }

  /**
   * Forgets the uploaded files of those cases: the materials keep their names and statuses (the
   * case record), only the link to the content goes. Returns the storage keys that were linked.
   */
  async dropCaseFiles(caseIds: string[], tx: Executor = this.db): Promise<string[]> {
    if (caseIds.length === 0) return []
    const keys = await tx
      .selectFrom('case_materials')
      .select('file_key')
      .where('case_id', 'in', caseIds)
      .where('file_key', 'is not', null)
      .execute()
    const online = await tx
      .selectFrom('online_files')
      .select('file_key')
      .where((eb) =>
        eb.or([
          eb('case_id', 'in', caseIds),
          eb(
            'application_id',
            'in',
            eb
              .selectFrom('online_application_cases')
              .select('application_id')
              .where('case_id', 'in', caseIds),
          ),
        ]),
      )
      .execute()
    await tx.updateTable('case_materials').set({ file_key: null }).where('case_id', 'in', caseIds).execute()
    await tx
      .deleteFrom('online_files')
      .where((eb) =>
        eb.or([
          eb('case_id', 'in', caseIds),
          eb(
            'application_id',
            'in',
            eb
              .selectFrom('online_application_cases')
              .select('application_id')
              .where('case_id', 'in', caseIds),
          ),
        ]),
      )
      .execute()
    return [...new Set([...keys, ...online].map((k) => k.file_key!))]
  }

  /** Uploads of drafts never submitted and untouched since the cut-off; returns their storage keys. */
  async dropAbandonedDraftFiles(before: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('online_files as f')
      .innerJoin('online_applications as a', 'a.id', 'f.application_id')
      .select(['f.id', 'f.file_key'])
      .where('a.status', '=', 'draft')
      .where('a.updated_at', '<', before)
      .execute()
    if (rows.length === 0) return []
    await this.db
      .deleteFrom('online_files')
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute()
    return [...new Set(rows.map((r) => r.file_key))]
  }

  /** Whether anything still refers to stored content (then it stays). */
  async isFileKeyUsed(key: string): Promise<boolean> {
    const [a, b, c] = await Promise.all([
      this.db.selectFrom('online_files').select('id').where('file_key', '=', key).limit(1).executeTakeFirst(),
      this.db
        .selectFrom('case_materials')
        .select('id')
        .where('file_key', '=', key)
        .limit(1)
        .executeTakeFirst(),
      this.db
        .selectFrom('case_authorisation_uploads')
        .select('id')
        .where('file_key', '=', key)
        .limit(1)
        .executeTakeFirst(),
    ])
    return Boolean(a ?? b ?? c)
  }
}

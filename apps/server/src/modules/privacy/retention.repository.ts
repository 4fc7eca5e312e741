import type { Executor } from '../../db/database'
import { dropMaterialFiles, isCaseFileKeyUsed, materialFiles } from '../cases/personal-data.queries'
import { caseRows } from '../cases/case-rows.queries'
import { deleteSignInCodes } from '../citizens/personal-data.queries'
import {
  caseUploads,
  dropAbandonedDraftUploads,
  dropCaseUploads,
  isUploadFileKeyUsed,
} from '../online/personal-data.queries'
import { clearTicketContacts } from '../queue/personal-data.queries'
import { clearRatingPhones } from '../ratings/personal-data.queries'
import { blankSmsBodies, deleteSmsReplies } from '../sms/personal-data.queries'
import { blankVoiceBodies } from '../voice/personal-data.queries'

/**
 * The privacy sweep's statements: each deletes or blanks one kind of data older than its cut-off.
 * The data's module gives each one (`personal-data.queries.ts`); the sweep runs them.
 */
export class RetentionRepository {
  constructor(private readonly db: Executor) {}

  async deleteSignInCodes(before: string): Promise<number> {
    return deleteSignInCodes(this.db, before)
  }

  /** Blanks the words of voice calls that are finished (placed, answered, failed, cancelled); queued ones are untouched. */
  async blankVoiceBodies(before: string): Promise<number> {
    return blankVoiceBodies(this.db, before)
  }

  /** Blanks the text of messages that are finished (sent, delivered or failed); queued ones are untouched. */
  async blankSmsBodies(before: string): Promise<number> {
    return blankSmsBodies(this.db, before)
  }

  async deleteSmsReplies(before: string): Promise<number> {
    return deleteSmsReplies(this.db, before)
  }

  async clearTicketContacts(serviceDateBefore: string): Promise<number> {
    return clearTicketContacts(this.db, serviceDateBefore)
  }

  async clearRatingPhones(ratedOnBefore: string): Promise<number> {
    return clearRatingPhones(this.db, ratedOnBefore)
  }

  /** Cases refused (不予受理) or withdrawn that closed before the cut-off and still hold uploaded files. */
  async closedCasesWithFiles(before: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom(caseRows(this.db).as('c'))
      .select('c.id')
      .where('c.status', 'in', ['refused', 'withdrawn'])
      .where('c.closed_at', '<', before)
      .where((eb) =>
        eb.or([
          eb.exists(
            eb.selectFrom(materialFiles(this.db).as('m')).select('m.id').whereRef('m.case_id', '=', 'c.id'),
          ),
          eb.exists(
            eb.selectFrom(caseUploads(this.db).as('f')).select('f.id').whereRef('f.case_id', '=', 'c.id'),
          ),
        ]),
      )
      .limit(limit)
      .execute()
    return rows.map((r) => r.id)
  }

  /**
   * Forgets the uploaded files of those cases: the materials keep their names and statuses (the
   * case record), only the link to the content goes; their uploads online are deleted. Returns the
   * storage keys that were linked.
   */
  async dropCaseFiles(caseIds: string[], tx: Executor = this.db): Promise<string[]> {
    if (caseIds.length === 0) return []
    const keys = await dropMaterialFiles(tx, caseIds)
    const online = await dropCaseUploads(tx, caseIds)
    return [...new Set([...keys, ...online])]
  }

  /** Uploads of drafts never submitted and untouched since the cut-off; returns their storage keys. */
  async dropAbandonedDraftFiles(before: string): Promise<string[]> {
    return dropAbandonedDraftUploads(this.db, before)
  }

  /** Whether anything still refers to stored content (then it stays). */
  async isFileKeyUsed(key: string): Promise<boolean> {
    const [online, cases] = await Promise.all([
      isUploadFileKeyUsed(this.db, key),
      isCaseFileKeyUsed(this.db, key),
    ])
    return online || cases
  }
}

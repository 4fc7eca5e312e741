import type { Db, Executor } from '../../db/database'
import { isUploadedFile } from '../online/uploads.queries'
import type { CaseAuthorisationUploadsTable } from './cases.tables'

/** An upload a clerk may send with a new case, with the agent of the case it was first used for. */
export interface AuthorisationCandidate {
  id: string
  case_id: string | null
  /** the ID number of the agent of the case it was first used for (null while unused) */
  agent_id_number: string | null
}

/**
 * All SQL of the window's authorisation uploads (委托书), and the question the sweep asks of
 * every table that holds file keys: is this content still referred to?
 */
export class CaseAuthorisationUploadsRepository {
  constructor(private readonly db: Db) {}

  async insert(row: CaseAuthorisationUploadsTable, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('case_authorisation_uploads').values(row).execute()
  }

  /** The user's uploads of this content since `since`, newest first. */
  async candidates(
    fileKey: string,
    uploadedBy: string,
    since: string,
    tx: Executor = this.db,
  ): Promise<AuthorisationCandidate[]> {
    return tx
      .selectFrom('case_authorisation_uploads as u')
      .leftJoin('cases as c', 'c.id', 'u.case_id')
      .select(['u.id', 'u.case_id', 'c.agent_id_number'])
      .where('u.file_key', '=', fileKey)
      .where('u.uploaded_by', '=', uploadedBy)
      .where('u.uploaded_at', '>=', since)
      .orderBy('u.uploaded_at', 'desc')
      .limit(20)
      .execute()
  }

  /** Marks an unused upload as used for the case; false when a case already used it. */
  async markUsed(id: string, caseId: string, tx: Executor): Promise<boolean> {
    const r = await tx
      .updateTable('case_authorisation_uploads')
      .set({ case_id: caseId })
      .where('id', '=', id)
      .where('case_id', 'is', null)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async find(id: string, tx: Executor = this.db): Promise<AuthorisationCandidate | undefined> {
    return tx
      .selectFrom('case_authorisation_uploads as u')
      .leftJoin('cases as c', 'c.id', 'u.case_id')
      .select(['u.id', 'u.case_id', 'c.agent_id_number'])
      .where('u.id', '=', id)
      .executeTakeFirst()
  }

  /** Uploads no case used, uploaded before `before`, oldest first. */
  async unusedBefore(
    before: string,
    limit: number,
    tx: Executor = this.db,
  ): Promise<CaseAuthorisationUploadsTable[]> {
    return tx
      .selectFrom('case_authorisation_uploads')
      .selectAll()
      .where('case_id', 'is', null)
      .where('uploaded_at', '<', before)
      .orderBy('uploaded_at')
      .limit(limit)
      .execute()
  }

  /** Deletes the uploads if still unused (a case may not take them any more, but the check is cheap). */
  async deleteUnused(ids: readonly string[], tx: Executor = this.db): Promise<number> {
    if (ids.length === 0) return 0
    const r = await tx
      .deleteFrom('case_authorisation_uploads')
      .where('id', 'in', ids)
      .where('case_id', 'is', null)
      .executeTakeFirst()
    return Number(r.numDeletedRows)
  }

  /**
   * Whether anything other than the given uploads refers to this content: another authorisation
   * upload, a case's authorisation, a case material, an online upload (the file store is
   * content-addressed and shared by all of them).
   */
  async isFileReferenced(
    fileKey: string,
    exceptUploadIds: readonly string[],
    tx: Executor = this.db,
  ): Promise<boolean> {
    let uploads = tx.selectFrom('case_authorisation_uploads').select('id').where('file_key', '=', fileKey)
    if (exceptUploadIds.length) uploads = uploads.where('id', 'not in', exceptUploadIds)
    const lookups = [
      () => uploads.limit(1).executeTakeFirst(),
      () =>
        tx
          .selectFrom('cases')
          .select('id')
          .where('agent_authorisation_key', '=', fileKey)
          .limit(1)
          .executeTakeFirst(),
      () =>
        tx
          .selectFrom('case_materials')
          .select('id')
          .where('file_key', '=', fileKey)
          .limit(1)
          .executeTakeFirst(),
    ]
    // one after another: a transaction has one connection
    for (const lookup of lookups) if ((await lookup()) !== undefined) return true
    return isUploadedFile(tx, fileKey)
  }
}

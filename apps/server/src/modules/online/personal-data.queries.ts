import type { ExpressionBuilder } from 'kysely'
import type { Executor } from '../../db/database'
import type { Tables } from '../../db/tables'

/*
 * What the privacy module reads and erases of the online applications: a citizen's applications
 * and uploads (their copy of their data), and the uploads the retention sweep deletes (of drafts
 * abandoned, of cases closed without a decision to keep them).
 */

/** A citizen's applications, oldest first. */
export async function applicationsOfCitizen(db: Executor, citizenId: string) {
  return db
    .selectFrom('online_applications')
    .select(['id', 'kind', 'code', 'name', 'status', 'bundle_number', 'applicant', 'form_data', 'delivery'])
    .select(['created_at', 'updated_at', 'submitted_at'])
    .where('citizen_id', '=', citizenId)
    .orderBy('created_at')
    .execute()
}

/** A citizen's uploads (names and types, not contents), oldest first. */
export async function uploadsOfCitizen(db: Executor, citizenId: string) {
  return db
    .selectFrom('online_files')
    .select(['application_id', 'case_id', 'material_key', 'name', 'mime', 'size', 'created_at'])
    .where('citizen_id', '=', citizenId)
    .orderBy('created_at')
    .execute()
}

/**
 * The uploads made for a case (`id`, `case_id`), as a derived table for a statement that looks for
 * cases holding files: `eb.exists(eb.selectFrom(caseUploads(db).as('f'))…)`.
 */
export const caseUploads = (db: Executor) => db.selectFrom('online_files').select(['id', 'case_id'])

/**
 * Deletes the uploads of these cases and of the applications they came from; returns the storage
 * keys that were linked.
 */
export async function dropCaseUploads(tx: Executor, caseIds: readonly string[]): Promise<string[]> {
  if (caseIds.length === 0) return []
  const ids = [...caseIds]
  // a case's own uploads, and those of the applications it was filed from
  const ofTheCases = (eb: ExpressionBuilder<Tables, 'online_files'>) =>
    eb.or([
      eb('case_id', 'in', ids),
      eb(
        'application_id',
        'in',
        eb.selectFrom('online_application_cases').select('application_id').where('case_id', 'in', ids),
      ),
    ])
  const keys = await tx.selectFrom('online_files').select('file_key').where(ofTheCases).execute()
  await tx.deleteFrom('online_files').where(ofTheCases).execute()
  return keys.map((k) => k.file_key)
}

/** Deletes the uploads of drafts never submitted and untouched since the cut-off; returns their storage keys. */
export async function dropAbandonedDraftUploads(db: Executor, before: string): Promise<string[]> {
  const rows = await db
    .selectFrom('online_files as f')
    .innerJoin('online_applications as a', 'a.id', 'f.application_id')
    .select(['f.id', 'f.file_key'])
    .where('a.status', '=', 'draft')
    .where('a.updated_at', '<', before)
    .execute()
  if (rows.length === 0) return []
  await db
    .deleteFrom('online_files')
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .execute()
  return [...new Set(rows.map((r) => r.file_key))]
}

/** Whether an upload still refers to stored content. */
export async function isUploadFileKeyUsed(db: Executor, key: string): Promise<boolean> {
  const r = await db
    .selectFrom('online_files')
    .select('id')
    .where('file_key', '=', key)
    .limit(1)
    .executeTakeFirst()
  return r !== undefined
}

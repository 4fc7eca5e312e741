import type { Executor } from '../../db/database'

/*
 * What the privacy module reads and erases of the cases: a citizen's cases (their copy of their
 * data), and the uploaded files of closed cases the retention sweep forgets. The case record
 * itself (its events, decision, materials' names and statuses) is never touched.
 */

/** A citizen's cases, oldest first. */
export async function casesOfCitizen(db: Executor, citizenId: string) {
  return db
    .selectFrom('cases')
    .select(['id', 'number', 'status', 'applicant_name', 'applicant_id_number', 'applicant_phone'])
    .select(['received_at', 'accepted_at', 'completed_at', 'closed_at', 'due_on'])
    .where('citizen_id', '=', citizenId)
    .orderBy('received_at')
    .execute()
}

/**
 * The materials that link to uploaded content (`id`, `case_id`), as a derived table for a
 * statement that looks for cases holding files: `eb.exists(eb.selectFrom(materialFiles(db).as('m'))…)`.
 */
export const materialFiles = (db: Executor) =>
  db.selectFrom('case_materials').select(['id', 'case_id']).where('file_key', 'is not', null)

/**
 * Forgets the uploaded files of these cases' materials: the materials keep their names and
 * statuses (the case record), only the link to the content goes. Returns the storage keys that
 * were linked.
 */
export async function dropMaterialFiles(tx: Executor, caseIds: readonly string[]): Promise<string[]> {
  if (caseIds.length === 0) return []
  const ids = [...caseIds]
  const keys = await tx
    .selectFrom('case_materials')
    .select('file_key')
    .where('case_id', 'in', ids)
    .where('file_key', 'is not', null)
    .execute()
  await tx.updateTable('case_materials').set({ file_key: null }).where('case_id', 'in', ids).execute()
  return keys.map((k) => k.file_key!)
}

/** Whether a case's material or an authorisation upload still refers to stored content. */
export async function isCaseFileKeyUsed(db: Executor, key: string): Promise<boolean> {
  const [material, authorisation] = await Promise.all([
    db.selectFrom('case_materials').select('id').where('file_key', '=', key).limit(1).executeTakeFirst(),
    db
      .selectFrom('case_authorisation_uploads')
      .select('id')
      .where('file_key', '=', key)
      .limit(1)
      .executeTakeFirst(),
  ])
  return Boolean(material ?? authorisation)
}

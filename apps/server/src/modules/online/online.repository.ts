import type { Db, Executor } from '../../db/database'
import { caseRows } from '../cases/case-rows.queries'
import type { CasesTable as CaseRow } from '../cases/cases.tables'
import { findDepartmentNames } from '../org/departments.queries'
import type { OnlineApplicationsTable, OnlineFilesTable } from './online.tables'

/** All SQL of online applications, their files and the cases they became. */
export class OnlineRepository {
  constructor(private readonly db: Db) {}

  async insertApplication(row: OnlineApplicationsTable, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('online_applications').values(row).execute()
  }

  /** The application if it belongs to the citizen (otherwise it does not exist for them). */
  async ownApplication(
    citizenId: string,
    id: string,
    tx: Executor = this.db,
  ): Promise<OnlineApplicationsTable | undefined> {
    return tx
      .selectFrom('online_applications')
      .selectAll()
      .where('id', '=', id)
      .where('citizen_id', '=', citizenId)
      .executeTakeFirst()
  }

  async applications(citizenId: string, tx: Executor = this.db): Promise<OnlineApplicationsTable[]> {
    return tx
      .selectFrom('online_applications')
      .selectAll()
      .where('citizen_id', '=', citizenId)
      .orderBy('updated_at', 'desc')
      .limit(200)
      .execute()
  }

  async findByBundleNumber(
    bundleNumber: string,
    tx: Executor = this.db,
  ): Promise<OnlineApplicationsTable | undefined> {
    return tx
      .selectFrom('online_applications')
      .selectAll()
      .where('bundle_number', '=', bundleNumber)
      .executeTakeFirst()
  }

  /** Updates a draft only while it is a draft (a submit in between wins). */
  async updateDraft(
    id: string,
    patch: Partial<Omit<OnlineApplicationsTable, 'id' | 'citizen_id'>>,
    tx: Executor = this.db,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('online_applications')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /** The delivery choice may change after submission (until the result is handed over). */
  async setDelivery(id: string, delivery: string, updatedAt: string, tx: Executor = this.db): Promise<void> {
    await tx
      .updateTable('online_applications')
      .set({ delivery, updated_at: updatedAt })
      .where('id', '=', id)
      .execute()
  }

  async linkCase(applicationId: string, caseId: string, matterCode: string, tx: Executor): Promise<void> {
    await tx
      .insertInto('online_application_cases')
      .values({ application_id: applicationId, case_id: caseId, matter_code: matterCode })
      .execute()
  }

  async casesOf(applicationId: string, tx: Executor = this.db): Promise<CaseRow[]> {
    return tx
      .selectFrom('online_application_cases as l')
      .innerJoin(caseRows(tx).as('c'), 'c.id', 'l.case_id')
      .selectAll('c')
      .where('l.application_id', '=', applicationId)
      .orderBy('c.number')
      .execute()
  }

  async applicationOfCase(
    caseId: string,
    tx: Executor = this.db,
  ): Promise<OnlineApplicationsTable | undefined> {
    return tx
      .selectFrom('online_application_cases as l')
      .innerJoin('online_applications as a', 'a.id', 'l.application_id')
      .selectAll('a')
      .where('l.case_id', '=', caseId)
      .executeTakeFirst()
  }

  /** A citizen's cases with the bundle number of their application, newest first. */
  async citizenCases(citizenId: string, tx: Executor = this.db) {
    return tx
      .selectFrom(caseRows(tx).as('c'))
      .leftJoin('online_application_cases as l', 'l.case_id', 'c.id')
      .leftJoin('online_applications as a', 'a.id', 'l.application_id')
      .select([
        'c.id',
        'c.number',
        'c.matter_id',
        'c.matter_name',
        'c.status',
        'c.received_on',
        'c.intake_due_on',
        'c.due_on',
        'a.bundle_number',
      ])
      .where('c.citizen_id', '=', citizenId)
      .orderBy('c.created_at', 'desc')
      .orderBy('c.number')
      .limit(200)
      .execute()
  }

  /** Department names by id (for printed documents). */
  async departmentNames(ids: string[], tx: Executor = this.db): Promise<Map<string, string>> {
    return findDepartmentNames(tx, ids)
  }

  // ------------------------------------------------------------ files

  async insertFile(row: OnlineFilesTable, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('online_files').values(row).execute()
  }

  async ownFile(
    citizenId: string,
    id: string,
    tx: Executor = this.db,
  ): Promise<OnlineFilesTable | undefined> {
    return tx
      .selectFrom('online_files')
      .selectAll()
      .where('id', '=', id)
      .where('citizen_id', '=', citizenId)
      .executeTakeFirst()
  }

  async applicationFiles(applicationId: string, tx: Executor = this.db): Promise<OnlineFilesTable[]> {
    return tx
      .selectFrom('online_files')
      .selectAll()
      .where('application_id', '=', applicationId)
      .orderBy('created_at')
      .execute()
  }

  /** Files uploaded for a case's correction and not yet resubmitted. */
  async pendingCaseFiles(caseId: string, tx: Executor = this.db): Promise<OnlineFilesTable[]> {
    return tx
      .selectFrom('online_files')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('is_resubmitted', '=', 0)
      .orderBy('created_at')
      .execute()
  }

  async markResubmitted(caseId: string, tx: Executor): Promise<void> {
    await tx
      .updateTable('online_files')
      .set({ is_resubmitted: 1 })
      .where('case_id', '=', caseId)
      .where('is_resubmitted', '=', 0)
      .execute()
  }

  /** One file per material: a new upload replaces the earlier one (of a draft or a pending correction). */
  async deleteApplicationMaterialFiles(
    applicationId: string,
    materialKey: string,
    tx: Executor,
  ): Promise<void> {
    await tx
      .deleteFrom('online_files')
      .where('application_id', '=', applicationId)
      .where('material_key', '=', materialKey)
      .execute()
  }

  async deletePendingCaseFiles(caseId: string, position: number, tx: Executor): Promise<void> {
    await tx
      .deleteFrom('online_files')
      .where('case_id', '=', caseId)
      .where('position', '=', position)
      .where('is_resubmitted', '=', 0)
      .execute()
  }

  async deleteFile(id: string, tx: Executor = this.db): Promise<void> {
    await tx.deleteFrom('online_files').where('id', '=', id).execute()
  }

  /** The type recorded for stored content (staff downloads of case materials). */
  async mimeOf(fileKey: string, tx: Executor = this.db): Promise<string | null> {
    const r = await tx
      .selectFrom('online_files')
      .select('mime')
      .where('file_key', '=', fileKey)
      .limit(1)
      .executeTakeFirst()
    return r?.mime ?? null
  }
}

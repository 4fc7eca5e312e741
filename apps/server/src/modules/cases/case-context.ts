import type { MatterVersion } from '@yimin/shared'
import type { Config } from '../../config'
import type { Db, Executor } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { AuditService } from '../audit/audit.service'
import type { CalendarService } from '../calendar/calendar.service'
import type { SmsService } from '../sms/sms.service'
import type { FileStorage } from '../storage/file-storage'
import type { CaseAuthorisationUploadsRepository } from './case-authorisations.repository'
import type { CaseApprovalsRepository, CaseEventsRepository, CasesRepository } from './cases.repository'

/** Where cases get the matter version they follow (the catalog module). */
export interface MatterSource {
  getPublished(matterIdOrCode: string, tx?: Executor): Promise<MatterVersion>
  getVersion(versionId: string, tx?: Executor): Promise<MatterVersion>
}

/** What the case services share. */
export interface CaseContext {
  db: Db
  config: Config
  clock: Clock
  cases: CasesRepository
  events: CaseEventsRepository
  matters: MatterSource
  calendar: CalendarService
  sms: SmsService
  audit: AuditService
  files: FileStorage
  /** the window's authorisation uploads (委托书): who uploaded which content, which case used it */
  authorisationUploads: CaseAuthorisationUploadsRepository
  approvals: CaseApprovalsRepository
  departmentExists(id: string, tx?: Executor): Promise<boolean>
  departmentName(id: string): Promise<string | null>
  /** the division of the hall a window belongs to (就近办), or null */
  divisionOfWindow(windowId: string | null): Promise<string | null>
  /** who received a case (display name) and the number of the window, for the receipt */
  receiver(
    userId: string | null,
    windowId: string | null,
  ): Promise<{ clerk: string | null; windowNumber: number | null }>
}

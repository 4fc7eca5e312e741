import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { AuditService } from '../audit/audit.service'
import type { FileStorage } from '../storage/file-storage'
import { retentionCutoffs, type RetentionPolicy } from './retention.rules'
import type { RetentionRepository } from './retention.repository'

export interface SweepReport {
  signInCodes: number
  smsBodies: number
  /** the words of voice calls (kept as long as SMS texts) */
  voiceBodies: number
  smsReplies: number
  ticketContacts: number
  ratingPhones: number
  closedCases: number
  filesDeleted: number
}

/** Content just stored again may belong to an upload whose record is not written yet. */
const UPLOAD_GRACE_MS = 10 * 60_000

/**
 * The daily privacy sweep (个人信息保护法: kept no longer than its purpose needs): deletes or
 * blanks each kind of personal data past its time and records one audit entry with the counts.
 * It never touches what a case's record must keep: the case, its events and history chain, its
 * decision and notices, the materials' names and statuses, ratings and their comments.
 */
export class RetentionService {
  constructor(
    private readonly db: Db,
    private readonly repo: RetentionRepository,
    private readonly files: FileStorage,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly policy: RetentionPolicy & { timeZone: string },
  ) {}

  async sweep(): Promise<SweepReport> {
    const now = this.clock.now()
    const cut = retentionCutoffs(now, this.policy, this.policy.timeZone)
    const report: SweepReport = {
      signInCodes: await this.repo.deleteSignInCodes(cut.signInCodes),
      smsBodies: await this.repo.blankSmsBodies(cut.smsBodies),
      voiceBodies: await this.repo.blankVoiceBodies(cut.smsBodies),
      smsReplies: await this.repo.deleteSmsReplies(cut.smsReplies),
      ticketContacts: await this.repo.clearTicketContacts(cut.ticketsBefore),
      ratingPhones: await this.repo.clearRatingPhones(cut.ratingsBefore),
      closedCases: 0,
      filesDeleted: 0,
    }
    const keys = new Set(await this.repo.dropAbandonedDraftFiles(cut.closedUploads))
    for (;;) {
      const caseIds = await this.repo.closedCasesWithFiles(cut.closedUploads, 200)
      if (caseIds.length === 0) break
      const dropped = await this.db.transaction().execute((tx) => this.repo.dropCaseFiles(caseIds, tx))
      for (const k of dropped) keys.add(k)
      report.closedCases += caseIds.length
    }
    for (const key of keys) {
      if (await this.repo.isFileKeyUsed(key)) continue
      if (await this.files.delete(key, { keepIfWrittenWithinMs: UPLOAD_GRACE_MS })) report.filesDeleted++
    }
    await this.audit.record({
      actor: 'system',
      action: 'privacy.sweep',
      details: { ...report, cutoffs: cut },
    })
    return report
  }
}

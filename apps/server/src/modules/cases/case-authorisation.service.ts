import type { Principal } from '@yimin/shared'
import { fileTypeFromBuffer } from 'file-type'
import { AppError } from '../../platform/errors'
import { departmentsFor } from '../auth/permissions'
import { storeUpload, type Upload } from '../online/online.service'
import { grantFor, staffOf } from './case-access'
import type { Executor } from '../../db/database'
import { newId } from '../../platform/ids'
import type { CaseContext } from './case-context'

/** How long after the upload the clerk may receive cases with it (a bundle's cases come one after another). */
export const AUTHORISATION_VALID_MS = 24 * 3_600_000
/** How long an upload no case used is kept before the sweep removes it. */
export const UNUSED_AUTHORISATION_KEPT_MS = 7 * 24 * 3_600_000
/** Stored content written this recently is never deleted by the sweep (an upload of the same bytes may be under way). */
export const FRESH_FILE_GRACE_MS = 3_600_000
const SWEEP_BATCH = 200

/** The authorisation a new case will use: the case marks it used in its own transaction. */
export interface AuthorisationUse {
  markUsed(tx: Executor, caseId: string): Promise<void>
}

const unknownFile = (fileKey: string) =>
  new AppError('CASE_AUTHORISATION_FILE_UNKNOWN', 'upload the authorisation document first', { fileKey })
const sameAgent = (a: string | null, b: string) => a !== null && a.toUpperCase() === b.toUpperCase()

/**
 * A new case names an agent: their authorisation must be on file, uploaded through the window's
 * authorisation route by the same clerk (the one who scans it receives the case) within
 * AUTHORISATION_VALID_MS. The store is content-addressed and shared, so a key that merely exists
 * (a citizen's online upload, another case's file) is refused. One upload serves several cases
 * of the same agent (a bundle at the counter); once used, not another agent's.
 */
export async function checkAgentAuthorisation(
  ctx: Pick<CaseContext, 'authorisationUploads' | 'files' | 'clock'>,
  principal: Principal,
  agent: { idNumber: string; authorisationFileKey: string | null } | null,
): Promise<AuthorisationUse | null> {
  if (!agent) return null
  const fileKey = agent.authorisationFileKey
  if (!fileKey)
    throw new AppError(
      'CASE_AGENT_AUTHORISATION_REQUIRED',
      'an agent needs the authorisation document (委托书) on file',
    )
  const staff = staffOf(principal)
  const since = new Date(ctx.clock.now().getTime() - AUTHORISATION_VALID_MS).toISOString()
  const candidates = await ctx.authorisationUploads.candidates(fileKey, staff.userId, since)
  const chosen =
    candidates.find((c) => c.case_id !== null && sameAgent(c.agent_id_number, agent.idNumber)) ??
    candidates.find((c) => c.case_id === null)
  if (!chosen || !(await ctx.files.exists(fileKey))) throw unknownFile(fileKey)
  if (chosen.case_id !== null) return { markUsed: async () => {} }
  return {
    async markUsed(tx, caseId) {
      if (await ctx.authorisationUploads.markUsed(chosen.id, caseId, tx)) return
      // another case took it meanwhile: still fine for the same agent (a bundle), refused for another
      const now = await ctx.authorisationUploads.find(chosen.id, tx)
      if (!now || !sameAgent(now.agent_id_number, agent.idNumber)) throw unknownFile(fileKey)
    },
  }
}

/** What the window gets back for a stored authorisation document: the key to send with the case. */
export interface StoredAuthorisation {
  fileKey: string
  name: string
  mime: string
  size: number
}

/**
 * The agent's authorisation document (委托书): the window scans or uploads it before receiving
 * the application, and the case keeps its content address. The upload rules and the
 * content-addressed store are the online channel's (name, size, sniffed type: PDF, JPEG, PNG).
 */
export class CaseAuthorisationService {
  constructor(private readonly ctx: CaseContext) {}

  /** Stores an upload by a clerk who may receive applications somewhere. */
  async upload(principal: Principal, upload: Upload): Promise<StoredAuthorisation> {
    const staff = staffOf(principal)
    const scope = departmentsFor(staff, 'case.intake')
    if (scope !== 'all' && scope.length === 0)
      throw new AppError('FORBIDDEN', 'only the window receives applications')
    const stored = await storeUpload(this.ctx.files, upload)
    const id = newId()
    await this.ctx.db.transaction().execute(async (tx) => {
      await this.ctx.authorisationUploads.insert(
        {
          id,
          file_key: stored.file_key,
          uploaded_by: staff.userId,
          uploaded_at: this.ctx.clock.now().toISOString(),
          case_id: null,
        },
        tx,
      )
      await this.ctx.audit.record(
        {
          actor: principal,
          action: 'case.authorisation-upload',
          subject: `file:${stored.file_key}`,
          details: { upload: id, size: stored.size, mime: stored.mime },
        },
        tx,
      )
    })
    return { fileKey: stored.file_key, name: stored.name, mime: stored.mime, size: stored.size }
  }

  /** Staff who may read the case open its authorisation document; the read is audited (it is personal data). */
  async read(
    principal: Principal,
    caseId: string,
    meta: { ip: string | null },
  ): Promise<{ content: Buffer; mime: string }> {
    const staff = staffOf(principal)
    const row = await this.ctx.cases.find(caseId)
    if (!row) throw new AppError('CASE_NOT_FOUND', 'no such case')
    const tasks = await this.ctx.cases.tasks(row.id)
    if (
      !grantFor(staff, 'case.read', [
        row.department_id,
        ...tasks.flatMap((t) => [t.department_id, t.holder_department_id]),
      ])
    )
      throw new AppError('CASE_NOT_FOUND', 'no such case')
    if (!row.agent_authorisation_key)
      throw new AppError('CASE_AUTHORISATION_NOT_FOUND', 'this case has no authorisation document')
    const chunks: Buffer[] = []
    for await (const chunk of await this.ctx.files.get(row.agent_authorisation_key))
      chunks.push(chunk as Buffer)
    const content = Buffer.concat(chunks)
    await this.ctx.audit.record({
      actor: principal,
      action: 'case.read-file',
      subject: `case:${row.id}`,
      details: { file: 'authorisation' },
      ip: meta.ip,
    })
    // the type was sniffed and checked when it was stored; the same bytes give the same answer
    const mime =
      (await fileTypeFromBuffer(content).catch(() => undefined))?.mime ?? 'application/octet-stream'
    return { content, mime }
  }

  /**
   * Removes uploads no case used within UNUSED_AUTHORISATION_KEPT_MS, and their stored content
   * when nothing else refers to it (another upload, a case, a case material, an online upload:
   * the store is shared). Each removal is audited. Content written again within the grace period
   * (an upload of the same bytes under way) keeps its uploads for a later run. Idempotent: a run
   * that stopped half-way is finished by the next one (the content goes first, the records after).
   */
  async sweepUnused(options: { fileGraceMs?: number } = {}): Promise<{ uploads: number; files: number }> {
    const before = new Date(this.ctx.clock.now().getTime() - UNUSED_AUTHORISATION_KEPT_MS).toISOString()
    const grace = options.fileGraceMs ?? FRESH_FILE_GRACE_MS
    const done = { uploads: 0, files: 0 }
    for (;;) {
      const batch = await this.ctx.authorisationUploads.unusedBefore(before, SWEEP_BATCH)
      const byKey = new Map<string, typeof batch>()
      for (const u of batch) byKey.set(u.file_key, [...(byKey.get(u.file_key) ?? []), u])
      let removed = 0
      for (const [fileKey, uploads] of byKey) {
        const ids = uploads.map((u) => u.id)
        const isReferenced = await this.ctx.authorisationUploads.isFileReferenced(fileKey, ids)
        const isFileDeleted =
          !isReferenced && (await this.ctx.files.delete(fileKey, { keepIfWrittenWithinMs: grace }))
        if (!isReferenced && !isFileDeleted && (await this.ctx.files.exists(fileKey))) continue
        await this.ctx.db.transaction().execute(async (tx) => {
          removed += await this.ctx.authorisationUploads.deleteUnused(ids, tx)
          for (const u of uploads) {
            const details = {
              upload: u.id,
              uploadedBy: u.uploaded_by,
              uploadedAt: u.uploaded_at,
              isFileDeleted,
            }
            await this.ctx.audit.record(
              {
                actor: 'system:sweep',
                action: 'case.authorisation-expired',
                subject: `file:${fileKey}`,
                details,
              },
              tx,
            )
          }
        })
        if (isFileDeleted) done.files++
      }
      done.uploads += removed
      // a short batch was the last; a full one whose uploads all stay (fresh content) would come back unchanged
      if (batch.length < SWEEP_BATCH || removed === 0) return done
    }
  }
}

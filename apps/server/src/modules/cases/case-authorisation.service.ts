import type { Principal } from '@yimin/shared'
import { fileTypeFromBuffer } from 'file-type'
import { AppError } from '../../platform/errors'
import { departmentsFor } from '../auth/permissions'
import { storeUpload, type Upload } from '../online/online.service'
import { grantFor, staffOf } from './case-access'
import type { FileStorage } from '../storage/file-storage'
import type { CaseContext } from './case-context'

/** A new case names an agent: their authorisation must be on file (stored before the case is received). */
export async function checkAgentAuthorisation(files: FileStorage, agent: { authorisationFileKey: string | null } | null): Promise<void> {
  if (!agent) return
  if (!agent.authorisationFileKey) throw new AppError('CASE_AGENT_AUTHORISATION_REQUIRED', 'an agent needs the authorisation document (委托书) on file')
  if (!(await files.exists(agent.authorisationFileKey))) throw new AppError('CASE_AUTHORISATION_FILE_UNKNOWN', 'upload the authorisation document first', { fileKey: agent.authorisationFileKey })
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
    if (scope !== 'all' && scope.length === 0) throw new AppError('FORBIDDEN', 'only the window receives applications')
    const stored = await storeUpload(this.ctx.files, upload)
    await this.ctx.audit.record({ actor: principal, action: 'case.authorisation-upload', subject: `file:${stored.file_key}`, details: { size: stored.size, mime: stored.mime } })
    return { fileKey: stored.file_key, name: stored.name, mime: stored.mime, size: stored.size }
  }

  /** Staff who may read the case open its authorisation document; the read is audited (it is personal data). */
  async read(principal: Principal, caseId: string, meta: { ip: string | null }): Promise<{ content: Buffer; mime: string }> {
    const staff = staffOf(principal)
    const row = await this.ctx.cases.find(caseId)
    if (!row) throw new AppError('CASE_NOT_FOUND', 'no such case')
    const tasks = await this.ctx.cases.tasks(row.id)
    if (!grantFor(staff, 'case.read', [row.department_id, ...tasks.flatMap((t) => [t.department_id, t.holder_department_id])])) throw new AppError('CASE_NOT_FOUND', 'no such case')
    if (!row.agent_authorisation_key) throw new AppError('CASE_AUTHORISATION_NOT_FOUND', 'this case has no authorisation document')
    const chunks: Buffer[] = []
    for await (const chunk of await this.ctx.files.get(row.agent_authorisation_key)) chunks.push(chunk as Buffer)
    const content = Buffer.concat(chunks)
    await this.ctx.audit.record({ actor: principal, action: 'case.read-file', subject: `case:${row.id}`, details: { file: 'authorisation' }, ip: meta.ip })
    // the type was sniffed and checked when it was stored; the same bytes give the same answer
    const mime = (await fileTypeFromBuffer(content).catch(() => undefined))?.mime ?? 'application/octet-stream'
    return { content, mime }
  }
}

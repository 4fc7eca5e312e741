import { localDate } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { staffIdOf } from '../audit/audit.service'
import type { CaseContext } from './case-context'
import { documentEvent, renderCaseDocument, type DocumentKind } from './case-documents'
import type { CaseRow } from './cases.repository'

/**
 * A printable document of a case (HTML, A4) from its latest event of that kind; the caller has
 * checked who may read the case. The window and the citizen print the same documents.
 */
export async function printCaseDocument(
  ctx: CaseContext,
  row: CaseRow,
  kind: DocumentKind,
  origin: string,
  beforeRender?: () => Promise<void>,
): Promise<string> {
  const events = await ctx.events.list(row.id)
  const event = events.filter((e) => documentEvent[kind].includes(e.type)).at(-1)
  if (!event) throw new AppError('CASE_DOCUMENT_NOT_AVAILABLE', `there is no ${kind} for this case yet`)
  const [version, materials, department, receiver] = await Promise.all([
    ctx.matters.getVersion(row.matter_version_id),
    ctx.cases.materials(row.id),
    ctx.departmentName(row.department_id),
    ctx.receiver(staffIdOf(row.received_by), row.window_id),
  ])
  await beforeRender?.()
  const base = ctx.config.publicUrl ?? origin
  return renderCaseDocument({
    kind,
    centerName: ctx.config.centerName,
    progressUrl: `${base}/portal/progress?number=${row.number}`,
    row,
    doc: version.document,
    departmentName: department ?? '',
    receiver,
    materials,
    event,
    // the day the document was issued (a reprint keeps it), not the day it is printed
    issuedOn: localDate(new Date(event.at), ctx.config.timeZone),
  })
}

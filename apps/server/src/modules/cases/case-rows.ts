import type { Applicant, MatterDocument, MatterVersion } from '@yimin/shared'
import { toFlag } from '../../db/convert'
import { newId } from '../../platform/ids'
import type { CaseRow } from './cases.repository'
import type { CaseMaterialsTable, CasesTable } from './cases.tables'

/** What a new application (已接件) is made of, whichever channel filed it. */
export interface ReceivedCase {
  id: string
  number: string
  version: MatterVersion
  division: string
  channel: CasesTable['channel']
  bundleId: string | null
  /** a bundle's lead department: its clerks (the bundle window) take the case in too */
  intakeDepartmentId?: string | null | undefined
  applicant: Applicant
  agent: {
    name: string
    idNumber: string
    phone: string
    authorisationFileKey?: string | null | undefined
  } | null
  notify: CasesTable['notify']
  citizenId: string | null
  formData: Record<string, unknown>
  today: string
  now: string
  intake: { dueDate: string; isProvisional: boolean }
  receivedBy: string
  windowId: string | null
}

/** The case row of a new application, in one place for the window and the online channel. */
export function receivedCaseRow(
  c: ReceivedCase,
): Omit<CaseRow, 'event_count' | 'head_hash' | 'sealed_count'> {
  const doc = c.version.document
  const a = c.applicant
  return {
    id: c.id,
    number: c.number,
    matter_id: c.version.matterId,
    matter_version_id: c.version.id,
    matter_code: doc.code,
    matter_name: doc.name.zh,
    department_id: doc.departmentId,
    accepting_division_code: c.division,
    channel: c.channel,
    status: 'received',
    outcome: null,
    bundle_id: c.bundleId,
    intake_department_id: c.intakeDepartmentId ?? null,
    applicant_kind: a.kind,
    applicant_name: a.name,
    applicant_id_number: a.kind === 'person' ? a.idNumber : a.creditCode,
    applicant_phone: a.phone,
    legal_representative: a.kind === 'organisation' ? a.legalRepresentative : null,
    agent_name: c.agent?.name ?? null,
    agent_id_number: c.agent?.idNumber ?? null,
    agent_phone: c.agent?.phone ?? null,
    agent_authorisation_key: c.agent?.authorisationFileKey ?? null,
    notify: c.notify,
    citizen_id: c.citizenId,
    form_data: JSON.stringify(c.formData),
    received_on: c.today,
    submitted_on: c.today,
    accepted_on: null,
    completed_on: null,
    intake_due_on: c.intake.dueDate,
    due_on: null,
    legal_due_on: null,
    is_due_provisional: toFlag(c.intake.isProvisional),
    extension_days: 0,
    correction_count: 0,
    received_at: c.now,
    accepted_at: null,
    completed_at: null,
    closed_at: null,
    received_by: c.receivedBy,
    window_id: c.windowId,
    result_number: null,
    delivery_method: null,
    tracking_number: null,
    created_at: c.now,
    updated_at: c.now,
  }
}

/** The checklist of a new case: every material of the matter, submitted (with its file) or missing. */
export function receivedMaterialRows(
  caseId: string,
  doc: MatterDocument,
  submitted: (position: number) => { isSubmitted: boolean; fileKey: string | null; isAwaited?: boolean },
): CaseMaterialsTable[] {
  return doc.materials.map((m, i): CaseMaterialsTable => {
    const s = submitted(i)
    return {
      id: newId(),
      case_id: caseId,
      position: i,
      name: m.name.zh,
      is_required: toFlag(m.isRequired),
      is_deferrable: toFlag(m.isDeferrable),
      // awaited: an earlier matter of the same bundle issues it (attached when issued)
      status: s.isSubmitted ? 'submitted' : s.isAwaited ? 'awaited' : 'missing',
      supply_due_on: null,
      file_key: s.fileKey,
      note: null,
    }
  })
}

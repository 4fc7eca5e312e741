import {
  compactLocalized,
  formOptionLabel,
  maskIdNumber,
  type FormField,
  type FormValue,
  maskPersonName,
  maskPhone,
  type CaseAction,
  type CaseDetail,
  type CaseProgress,
  type CaseStatus,
  type LocalizedText,
} from '@yimin/shared'
import { fromFlag, fromJson } from '../../db/convert'
import { isPausedStatus } from './case-state'
import type { CaseRow } from './cases.repository'
import type {
  CaseApprovalsTable,
  CaseEventsTable,
  CaseFeesTable,
  CaseMaterialsTable,
  CaseTasksTable,
} from './cases.tables'
import type { MatterNames } from '../catalog/catalog.queries'
import { staffIdOf } from '../audit/audit.service'

/** What a matter version says of a material's name (its languages). */
export interface MaterialNames {
  name: LocalizedText
}

/**
 * A case's material in the center's languages: cases keep the Chinese name (`zh`); the matter
 * version the case follows (which never changes) lists its materials in the same positions.
 */
export function materialNameAt(
  versionMaterials: readonly MaterialNames[],
  position: number,
  zh: string,
): LocalizedText {
  const m = versionMaterials[position]
  return compactLocalized({ zh, ug: m?.name.ug, en: m?.name.en })
}

/** Case shapes for staff (full, for those allowed to see personal data) and the public (masked). */
export function presentCaseDetail(
  row: CaseRow,
  parts: {
    materials: CaseMaterialsTable[]
    tasks: CaseTasksTable[]
    fees: CaseFeesTable[]
    approvals: CaseApprovalsTable[]
    events: CaseEventsTable[]
    remainingDays: number | null
    taskRemaining: Map<string, number | null>
    staffNames: Map<string, string>
    /** what the reader may do now (status, role and department; see allowedActionsFor) */
    allowedActions: CaseAction[]
    /** the form fields of the matter version the case follows */
    formFields: readonly FormField[]
    /** the matter's name in Uyghur and English */
    matterNames: MatterNames
    /** the materials of the matter version the case follows (by position: their Uyghur and English names) */
    versionMaterials: readonly MaterialNames[]
    /** set while the intake decision is open and today is a day off (the clerk is warned) */
    acceptOnDayOff?: { today: string; nextWorkingDay: string } | null
  },
): CaseDetail {
  return {
    id: row.id,
    number: row.number,
    matterCode: row.matter_code,
    matterName: { zh: row.matter_name, ...parts.matterNames },
    matterVersionId: row.matter_version_id,
    departmentId: row.department_id,
    status: row.status as CaseStatus,
    outcome: row.outcome,
    channel: row.channel,
    applicant: {
      kind: row.applicant_kind,
      name: row.applicant_name,
      idNumber: row.applicant_id_number,
      phone: row.applicant_phone,
      legalRepresentative: row.legal_representative,
    },
    agent: row.agent_name
      ? {
          name: row.agent_name,
          idNumber: row.agent_id_number ?? '',
          phone: row.agent_phone ?? '',
          hasAuthorisation: row.agent_authorisation_key !== null,
        }
      : null,
    notify: row.notify,
    form: presentForm(parts.formFields, fromJson<Record<string, FormValue>>(row.form_data) ?? {}),
    receivedOn: row.received_on,
    acceptedOn: row.accepted_on,
    completedOn: row.completed_on,
    intakeDueOn: row.intake_due_on,
    dueOn: row.due_on,
    legalDueOn: row.legal_due_on,
    remainingDays: parts.remainingDays,
    isDueProvisional: fromFlag(row.is_due_provisional),
    isPaused: isPausedStatus(row.status as CaseStatus),
    acceptOnDayOff: parts.acceptOnDayOff ?? null,
    extensionDays: row.extension_days,
    correctionCount: row.correction_count,
    resultNumber: row.result_number,
    deliveryMethod: row.delivery_method,
    trackingNumber: row.tracking_number,
    materials: parts.materials.map((m) => ({
      position: m.position,
      name: materialNameAt(parts.versionMaterials, m.position, m.name),
      isRequired: fromFlag(m.is_required),
      isDeferrable: fromFlag(m.is_deferrable),
      status: m.status as 'submitted' | 'missing' | 'deferred' | 'supplied' | 'awaited',
      supplyDueOn: m.supply_due_on,
    })),
    tasks: parts.tasks.map((t) => ({
      id: t.id,
      departmentId: t.department_id,
      holderDepartmentId: t.holder_department_id,
      kind: t.kind,
      status: t.status,
      outcome: t.outcome,
      limitDays: t.limit_days,
      dueOn: t.due_on,
      remainingDays: parts.taskRemaining.get(t.id) ?? null,
      isDueProvisional: fromFlag(t.is_due_provisional),
    })),
    fees: parts.fees.map((f) => ({
      name: f.name,
      amount: Number(f.amount),
      catalogAmount: f.catalog_amount === null ? null : Number(f.catalog_amount),
    })),
    approvals: parts.approvals.map((a) => ({
      id: a.id,
      kind: a.kind,
      days: a.days,
      procedure: a.procedure,
      reason: a.reason,
      status: a.status,
    })),
    allowedActions: parts.allowedActions,
    events: parts.events.map((e) => ({
      seq: e.seq,
      at: e.at,
      type: e.type,
      actor: e.actor,
      actorName: parts.staffNames.get(staffIdOf(e.actor) ?? '') ?? null,
      actorRole: e.actor_role,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      reason: e.reason,
      data: fromJson(e.data),
    })),
  }
}

export function presentProgress(
  row: CaseRow,
  events: CaseEventsTable[],
  matterNames: MatterNames,
): CaseProgress {
  return {
    number: row.number,
    matterName: { zh: row.matter_name, ...matterNames },
    status: row.status as CaseStatus,
    outcome: row.outcome,
    applicantNameMasked:
      row.applicant_kind === 'person' ? maskPersonName(row.applicant_name) : row.applicant_name,
    receivedOn: row.received_on,
    acceptedOn: row.accepted_on,
    dueOn: row.due_on,
    isDueProvisional: fromFlag(row.is_due_provisional),
    completedOn: row.completed_on,
    // the public timeline says what happened and when, never who or why
    timeline: events.map((e) => ({ at: e.at, type: e.type, toStatus: e.to_status })),
  }
}

/** Lists show masked personal data (PRODUCT.md §4). */
export const maskApplicantName = (row: Pick<CaseRow, 'applicant_kind' | 'applicant_name'>) =>
  row.applicant_kind === 'person' ? maskPersonName(row.applicant_name) : row.applicant_name

export { maskIdNumber, maskPhone }

/** The answers in the order of the matter's fields, then any others (a bundle's form) by key. */
export function presentForm(
  fields: readonly FormField[],
  data: Record<string, FormValue>,
): CaseDetail['form'] {
  const known = new Set(fields.map((f) => f.key))
  return [
    ...fields
      .filter((f) => Object.hasOwn(data, f.key))
      .map((f) => {
        const value = data[f.key]!
        const translated = (language: string) =>
          typeof value === 'string' && formOptionLabel(f, value, language) !== value
            ? formOptionLabel(f, value, language)
            : null
        const choice =
          f.type === 'select' && typeof value === 'string'
            ? compactLocalized({ zh: value, ug: translated('ug'), en: translated('en') })
            : null
        return {
          key: f.key,
          label: f.label,
          value,
          choice: choice && (choice.ug || choice.en) ? choice : null,
        }
      }),
    ...Object.entries(data)
      .filter(
        ([k, v]) =>
          !known.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'),
      )
      .map(([key, value]) => ({ key, label: null, value })),
  ]
}

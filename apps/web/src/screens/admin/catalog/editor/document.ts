import { matterDocumentSchema, type MatterDocument, type MatterDocumentInput } from '@yimin/shared'
import type { TFunction } from 'i18next'
import type { FieldIssue } from '../../../../api/client'
import { zodIssues } from '../../../../components/issues'

/** The editor's values: the document with optional parts possibly missing or empty. */
export type EditorValues = Partial<MatterDocumentInput>

export const emptyDocument: EditorValues = {
  type: 'licensing',
  level: 'city',
  legalLimitDays: 20,
  promisedLimitDays: 10,
  intakeLimitDays: 5,
  extensionMaxDays: null,
  extensionApproverRole: 'approver',
  keywords: [],
  conditions: [],
  materials: [],
  fees: [],
  legalBasis: [],
  steps: [
    { name: '受理', limitDays: 1 },
    { name: '审查', limitDays: 5 },
    { name: '决定', limitDays: 3 },
    { name: '送达', limitDays: 1 },
  ],
  parallelDepartments: [],
  specialProcedures: [],
  delivery: ['window'],
  onlineLevel: 'prereview',
  visits: 1,
  hallAreaId: null,
  locationNote: '',
  queueCategoryId: null,
  summary: '',
  formFields: [],
}

/** The labels of a name's three inputs in the editor. */
export const nameLabels = (t: TFunction) => ({
  zh: t('editor.fields.name'),
  ug: t('editor.fields.nameUg'),
  en: t('editor.fields.nameEn'),
})

/** Form values → a document for the API (empty optional names dropped, blanks to null). */
export function toDocument(v: EditorValues): MatterDocumentInput {
  return {
    ...(v as MatterDocumentInput),
    extensionMaxDays: v.extensionMaxDays ?? null,
    hallAreaId: v.hallAreaId ?? null,
    queueCategoryId: v.queueCategoryId ?? null,
    materials: (v.materials ?? []).map((m) => ({
      ...m,
      isDeferrable: m.isDeferrable ?? false,
      deferralDays: m.isDeferrable ? (m.deferralDays ?? null) : null,
      source: m.source ?? '',
      note: m.note ?? '',
    })),
    fees: (v.fees ?? []).map((f) => ({ ...f, unit: f.unit ?? '', legalBasis: f.legalBasis ?? '' })),
    specialProcedures: (v.specialProcedures ?? []).map((p) => ({ ...p, note: p.note ?? '' })),
    conditions: (v.conditions ?? []).filter((c) => c && c.trim()),
    legalBasis: (v.legalBasis ?? []).filter((c) => c && c.trim()),
    // limits only where they apply (a type change leaves the others behind in the form)
    formFields: (v.formFields ?? []).map((f) => ({
      key: f.key,
      label: f.label,
      type: f.type,
      isRequired: f.isRequired ?? false,
      options: f.type === 'select' ? (f.options ?? []) : [],
      ...(f.type === 'number' && f.min != null ? { min: f.min } : {}),
      ...(f.type === 'number' && f.max != null ? { max: f.max } : {}),
      ...((f.type === 'text' || f.type === 'textarea') && f.maxLength != null
        ? { maxLength: f.maxLength }
        : {}),
    })),
  }
}

/** A stored document → form values. */
export function fromDocument(doc: MatterDocument): EditorValues {
  return { ...doc }
}

/** Checks a document with the shared schema, as the server will. */
export function checkDocument(
  doc: MatterDocumentInput,
): { ok: true; doc: MatterDocumentInput } | { ok: false; issues: FieldIssue[] } {
  const parsed = matterDocumentSchema.safeParse(doc)
  return parsed.success ? { ok: true, doc } : { ok: false, issues: zodIssues(parsed.error.issues) }
}

const listLabels: Record<string, string> = {
  materials: 'editor.material',
  fees: 'editor.fee',
  steps: 'editor.step',
  parallelDepartments: 'editor.parallelDepartment',
  specialProcedures: 'editor.specialProcedure',
  conditions: 'editor.condition',
  legalBasis: 'editor.basis',
  keywords: 'editor.keyword',
  formFields: 'editor.formField',
}

/** "材料 3 · 补交期限" for materials.2.deferralDays. */
export function fieldLabel(path: ReadonlyArray<string | number>, t: TFunction): string {
  const [head, index, leaf] = path
  if (typeof head !== 'string') return path.join('.')
  const list = listLabels[head]
  if (list && typeof index === 'number') {
    const item = t(list, { n: index + 1 })
    return typeof leaf === 'string' ? `${item} · ${t(`editor.fields.${leaf}`, { defaultValue: leaf })}` : item
  }
  return t(`editor.fields.${head}`, { defaultValue: head })
}

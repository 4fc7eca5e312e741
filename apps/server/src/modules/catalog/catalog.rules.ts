import type {
  BundleMaterial,
  CatalogIssue,
  ErrorCode,
  FormField,
  MaterialForm,
  MatterDocument,
} from '@yimin/shared'
import { compactLocalized } from '@yimin/shared'

/**
 * The catalog's domain rules, as pure functions over plain data (no I/O). The service runs them
 * after the zod schema has checked each field on its own; they check what spans fields.
 */

type Issue = CatalogIssue & { code: ErrorCode }
const issue = (path: Array<string | number>, code: ErrorCode, message: string): Issue => ({
  path: path.join('.'),
  code,
  message,
})

/** 行政许可法 第四十二条: 20 working days, extendable by 10 with approval. */
export const LICENSING_LIMIT_DAYS = 20
export const LICENSING_EXTENSION_DAYS = 10
/** 行政许可法 第四十二条: joint or centralised processing (联合办理、集中办理) 45 days, +15. */
export const JOINT_LIMIT_DAYS = 45
export const JOINT_EXTENSION_DAYS = 15

/** A matter is worked jointly (联合办理) when other departments process it in parallel. */
export const isJoint = (doc: Pick<MatterDocument, 'parallelDepartments'>): boolean =>
  doc.parallelDepartments.length > 0
/** 即办件: promised 0 working days, done on the spot. */
export const isInstant = (doc: Pick<MatterDocument, 'promisedLimitDays'>): boolean =>
  doc.promisedLimitDays === 0

/**
 * The most an extension may add, by law, for this legal limit: 20 → 10; jointly worked 45 → 15.
 * Other limits come from other laws that set their own extensions; the catalog bounds those by
 * the legal limit itself (an extension never doubles the time by more than the limit).
 */
export function lawfulExtensionCap(legalLimitDays: number, joint: boolean): number {
  if (legalLimitDays === 0) return 0
  if (legalLimitDays === LICENSING_LIMIT_DAYS) return LICENSING_EXTENSION_DAYS
  if (joint && legalLimitDays === JOINT_LIMIT_DAYS) return JOINT_EXTENSION_DAYS
  return legalLimitDays
}

/**
 * The extension cap a matter gets when its document sets none: the law's for 20 and joint 45
 * days; otherwise half the legal limit rounded down (the 行政许可法 ratio for 20 days, applied as
 * a conservative default; an admin sets `extensionMaxDays` when a special law says otherwise).
 */
export function defaultExtensionCap(legalLimitDays: number, joint: boolean): number {
  if (legalLimitDays === LICENSING_LIMIT_DAYS || (joint && legalLimitDays === JOINT_LIMIT_DAYS))
    return lawfulExtensionCap(legalLimitDays, joint)
  return Math.floor(legalLimitDays / 2)
}

/** The extension cap in force for a document. */
export function extensionCap(
  doc: Pick<MatterDocument, 'legalLimitDays' | 'parallelDepartments' | 'extensionMaxDays'>,
): number {
  return doc.extensionMaxDays ?? defaultExtensionCap(doc.legalLimitDays, isJoint(doc))
}

/** Folds a name for comparison: full-width to half-width, no spaces or brackets, lower case. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()（）《》<>【】[\]「」“”"'‘’、，,。.:：;；·-]/g, '')
}

/** Checks the cross-field rules of a matter document; an empty list means it is sound. */
export function checkMatterDocument(doc: MatterDocument): Issue[] {
  const issues: Issue[] = []
  const { legalLimitDays: legal, promisedLimitDays: promised } = doc
  if (promised > legal)
    issues.push(
      issue(
        ['promisedLimitDays'],
        'CATALOG_PROMISED_EXCEEDS_LEGAL',
        `the promised limit (${promised}) exceeds the legal limit (${legal})`,
      ),
    )

  const cap = lawfulExtensionCap(legal, isJoint(doc))
  if (doc.extensionMaxDays !== null && doc.extensionMaxDays > cap)
    issues.push(
      issue(
        ['extensionMaxDays'],
        'CATALOG_EXTENSION_EXCEEDS_CAP',
        `an extension of ${doc.extensionMaxDays} days exceeds the cap of ${cap} for a ${legal}-day matter`,
      ),
    )

  // every limit inside the matter fits in what is promised; an instant matter has none
  const limitCode: ErrorCode =
    promised === 0 ? 'CATALOG_INSTANT_WITH_LIMITS' : 'CATALOG_LIMIT_EXCEEDS_PROMISED'
  const tooLong = (days: number) => days > promised
  doc.steps.forEach((s, i) => {
    if (tooLong(s.limitDays))
      issues.push(
        issue(
          ['steps', i, 'limitDays'],
          limitCode,
          `step ${s.name} takes ${s.limitDays} days, more than the promised ${promised}`,
        ),
      )
  })
  doc.parallelDepartments.forEach((p, i) => {
    if (tooLong(p.limitDays))
      issues.push(
        issue(
          ['parallelDepartments', i, 'limitDays'],
          limitCode,
          `a parallel department takes ${p.limitDays} days, more than the promised ${promised}`,
        ),
      )
  })
  if (promised === 0) {
    if (doc.parallelDepartments.length > 0)
      issues.push(
        issue(
          ['parallelDepartments'],
          'CATALOG_INSTANT_WITH_LIMITS',
          'a matter done on the spot has no parallel departments',
        ),
      )
    if (doc.specialProcedures.length > 0)
      issues.push(
        issue(
          ['specialProcedures'],
          'CATALOG_INSTANT_WITH_LIMITS',
          'a matter done on the spot has no special procedures',
        ),
      )
    if (doc.extensionMaxDays !== null && doc.extensionMaxDays > 0)
      issues.push(
        issue(
          ['extensionMaxDays'],
          'CATALOG_INSTANT_WITH_LIMITS',
          'a matter done on the spot is not extended',
        ),
      )
  }

  const seenMaterials = new Map<string, number>()
  doc.materials.forEach((m, i) => {
    const key = normalizeName(m.name.zh)
    const first = seenMaterials.get(key)
    if (first !== undefined)
      issues.push(
        issue(
          ['materials', i, 'name'],
          'CATALOG_DUPLICATE_MATERIAL',
          `material ${m.name.zh} is listed twice (also #${first + 1})`,
        ),
      )
    else seenMaterials.set(key, i)
    if (m.isDeferrable && !m.isRequired)
      issues.push(
        issue(
          ['materials', i, 'isDeferrable'],
          'CATALOG_DEFERRAL_INVALID',
          '容缺 applies to required materials only',
        ),
      )
    if (m.isDeferrable && m.deferralDays === null)
      issues.push(
        issue(
          ['materials', i, 'deferralDays'],
          'CATALOG_DEFERRAL_INVALID',
          'a 容缺 material needs a supply deadline in working days',
        ),
      )
    if (!m.isDeferrable && m.deferralDays !== null)
      issues.push(
        issue(
          ['materials', i, 'deferralDays'],
          'CATALOG_DEFERRAL_INVALID',
          'a supply deadline is set on a material that is not 容缺',
        ),
      )
  })

  doc.fees.forEach((f, i) => {
    if (f.legalBasis.trim() === '')
      issues.push(
        issue(['fees', i, 'legalBasis'], 'CATALOG_FEE_WITHOUT_BASIS', `fee ${f.name} has no legal basis`),
      )
  })

  const seenDepartments = new Set([doc.departmentId])
  doc.parallelDepartments.forEach((p, i) => {
    if (seenDepartments.has(p.departmentId))
      issues.push(
        issue(
          ['parallelDepartments', i, 'departmentId'],
          'CATALOG_DUPLICATE_PARALLEL_DEPARTMENT',
          p.departmentId === doc.departmentId
            ? 'the implementing department is not also a parallel department'
            : 'a parallel department is listed twice',
        ),
      )
    seenDepartments.add(p.departmentId)
  })

  const seenProcedures = new Set<string>()
  doc.specialProcedures.forEach((s, i) => {
    // "other" may appear more than once (told apart by the note)
    if (s.kind !== 'other' && seenProcedures.has(s.kind))
      issues.push(
        issue(
          ['specialProcedures', i, 'kind'],
          'CATALOG_DUPLICATE_SPECIAL_PROCEDURE',
          `special procedure ${s.kind} is listed twice`,
        ),
      )
    seenProcedures.add(s.kind)
  })
  issues.push(...checkFormFields(doc.formFields, ['formFields']))
  return issues
}

/** A form's fields: keys once each, a select has choices (and only a select), a range that is not upside down. */
export function checkFormFields(fields: readonly FormField[], at: Array<string | number>): Issue[] {
  const issues: Issue[] = []
  const seen = new Set<string>()
  fields.forEach((f, i) => {
    const bad = (leaf: string, message: string) =>
      issues.push(issue([...at, i, leaf], 'CATALOG_FORM_FIELD_INVALID', message))
    if (seen.has(f.key)) bad('key', `the field key ${f.key} is used twice`)
    seen.add(f.key)
    if (f.type === 'select' && f.options.length === 0) bad('options', 'a choice field needs its choices')
    if (f.type !== 'select' && f.options.length > 0) bad('options', 'only a choice field has choices')
    if (new Set(f.options.map((o) => o.zh)).size !== f.options.length)
      bad('options', 'a choice is listed twice')
    if ((f.min !== undefined || f.max !== undefined) && f.type !== 'number')
      bad('min', 'a range applies to number fields only')
    if (f.min !== undefined && f.max !== undefined && f.min > f.max)
      bad('max', `the largest value (${f.max}) is below the smallest (${f.min})`)
    if (f.maxLength !== undefined && f.type !== 'text' && f.type !== 'textarea')
      bad('maxLength', 'a length limit applies to text fields only')
  })
  return issues
}

/** Ids a document names that are not known (departments, hall area, queue category). */
export function checkReferences(
  doc: MatterDocument,
  known: {
    departmentIds: ReadonlySet<string>
    hallAreaIds: ReadonlySet<string>
    queueCategoryIds: ReadonlySet<string>
  },
): Issue[] {
  const issues: Issue[] = []
  if (!known.departmentIds.has(doc.departmentId))
    issues.push(issue(['departmentId'], 'CATALOG_DEPARTMENT_NOT_FOUND', `no department ${doc.departmentId}`))
  doc.parallelDepartments.forEach((p, i) => {
    if (!known.departmentIds.has(p.departmentId))
      issues.push(
        issue(
          ['parallelDepartments', i, 'departmentId'],
          'CATALOG_DEPARTMENT_NOT_FOUND',
          `no department ${p.departmentId}`,
        ),
      )
  })
  if (doc.hallAreaId !== null && !known.hallAreaIds.has(doc.hallAreaId))
    issues.push(issue(['hallAreaId'], 'CATALOG_HALL_AREA_NOT_FOUND', `no hall area ${doc.hallAreaId}`))
  if (doc.queueCategoryId !== null && !known.queueCategoryIds.has(doc.queueCategoryId))
    issues.push(
      issue(
        ['queueCategoryId'],
        'CATALOG_QUEUE_CATEGORY_NOT_FOUND',
        `no queue category ${doc.queueCategoryId}`,
      ),
    )
  return issues
}

/** The ids a document refers to, to look up before checkReferences. */
export function referencedIds(doc: MatterDocument): {
  departmentIds: string[]
  hallAreaIds: string[]
  queueCategoryIds: string[]
} {
  return {
    departmentIds: [...new Set([doc.departmentId, ...doc.parallelDepartments.map((p) => p.departmentId)])],
    hallAreaIds: doc.hallAreaId ? [doc.hallAreaId] : [],
    queueCategoryIds: doc.queueCategoryId ? [doc.queueCategoryId] : [],
  }
}

const formStrength: Record<MaterialForm, number> = {
  electronic: 0,
  copy: 1,
  original: 2,
  original_and_copy: 3,
}

/**
 * One deduplicated material list for a bundle (一件事一次办): materials whose normalized names
 * agree are one item; it is required when any matter requires it, 容缺 only when every matter
 * allows it, the strictest form and the most copies win, and it names the matters that need it.
 * It keeps the first Uyghur and English names any of those matters gives the material.
 */
export function mergeBundleMaterials(
  matters: Array<{ code: string; document: Pick<MatterDocument, 'materials'> }>,
): BundleMaterial[] {
  const merged = new Map<string, BundleMaterial>()
  for (const { code, document } of matters) {
    for (const m of document.materials) {
      const key = normalizeName(m.name.zh)
      const seen = merged.get(key)
      if (!seen) {
        merged.set(key, {
          name: { ...m.name },
          form: m.form,
          copies: m.copies,
          isRequired: m.isRequired,
          isDeferrable: m.isDeferrable,
          matterCodes: [code],
        })
        continue
      }
      seen.name.ug ??= m.name.ug
      seen.name.en ??= m.name.en
      seen.name = compactLocalized(seen.name)
      if (formStrength[m.form] > formStrength[seen.form]) seen.form = m.form
      seen.copies = Math.max(seen.copies, m.copies)
      seen.isRequired ||= m.isRequired
      seen.isDeferrable &&= m.isDeferrable
      if (!seen.matterCodes.includes(code)) seen.matterCodes.push(code)
    }
  }
  return [...merged.values()]
}

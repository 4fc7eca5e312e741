import type { Applicant, BundleFeed, FormField, LocalizedText, MatterVersion } from '@yimin/shared'
import { onlineApplicableLevels } from '@yimin/shared'
import { AppError } from '../../platform/errors'
import { markIssued } from '../catalog/bundle-feeds.rules'
import { mergeBundleMaterials, normalizeName } from '../catalog/catalog.rules'

/** What an application is for: one matter, or a bundle's matters with one form. */
export interface OnlineTarget {
  kind: 'matter' | 'bundle'
  code: string
  /** the matter's or bundle's name, in Uyghur and English where the catalog has them */
  name: LocalizedText
  form: FormField[]
  versions: MatterVersion[]
  /** the deduplicated materials, each keyed by its normalised Chinese name */
  materials: Array<{
    key: string
    name: LocalizedText
    isRequired: boolean
    isDeferrable: boolean
    matterCodes: string[]
  }>
  /** delivery methods every matter offers */
  deliveryMethods: string[]
  /** a bundle's lead department: the bundle window, whose clerks take in every case of it */
  leadDepartmentId?: string | null
  /** results of the bundle's matters that later matters need (awaited on their cases) */
  feeds: BundleFeed[]
}

/** Builds the target from published versions; refused when a matter cannot be applied for online. */
export function onlineTarget(
  kind: 'matter' | 'bundle',
  code: string,
  name: LocalizedText,
  form: FormField[],
  versions: MatterVersion[],
  feeds: readonly BundleFeed[] = [],
): OnlineTarget {
  const offline = versions.filter(
    (v) => !(onlineApplicableLevels as readonly string[]).includes(v.document.onlineLevel),
  )
  if (offline.length) {
    throw new AppError('ONLINE_NOT_AVAILABLE', 'this matter cannot be applied for online', {
      matters: offline.map((v) => ({ code: v.document.code, onlineLevel: v.document.onlineLevel })),
    })
  }
  // what the bundle issues itself (e.g. the business licence) is never asked of the applicant
  const materials = markIssued(
    mergeBundleMaterials(versions.map((v) => ({ code: v.document.code, document: v.document }))),
    feeds,
  )
    .filter((m) => m.issuedBy === undefined)
    .map((m) => ({
      key: normalizeName(m.name.zh),
      name: m.name,
      isRequired: m.isRequired,
      isDeferrable: m.isDeferrable,
      matterCodes: m.matterCodes,
    }))
  const deliveryMethods = ['window', 'post'].filter((d) =>
    versions.every((v) => (v.document.delivery as string[]).includes(d)),
  )
  return {
    kind,
    code,
    name,
    form: mergeFormFields(form, versions),
    versions,
    materials,
    deliveryMethods,
    feeds: [...feeds],
  }
}

/**
 * The one form of an application: the bundle's own fields, then each matter's own form fields
 * (申请表 items, from the matter's elements) not asked already — a key asked by two matters is
 * asked once and its answer goes to both cases.
 */
export function mergeFormFields(form: readonly FormField[], versions: readonly MatterVersion[]): FormField[] {
  const out = [...form]
  const keys = new Set(form.map((f) => f.key))
  for (const v of versions) {
    for (const f of v.document.formFields ?? []) {
      if (keys.has(f.key)) continue
      keys.add(f.key)
      out.push(f)
    }
  }
  return out
}

/** What is still missing before submission: required form fields and required, non-deferrable materials. */
export function missingForSubmit(
  target: OnlineTarget,
  input: { hasApplicant: boolean; formData: Record<string, unknown>; materialKeys: ReadonlySet<string> },
) {
  const fields = target.form
    .filter((f) => f.isRequired && (input.formData[f.key] === undefined || input.formData[f.key] === ''))
    .map((f) => f.key)
  const materials = target.materials
    .filter((m) => m.isRequired && !m.isDeferrable && !input.materialKeys.has(m.key))
    .map((m) => m.name.zh)
  return { applicant: !input.hasApplicant, fields, materials }
}

/** For one matter of the target: its material positions with the stored file of each. */
export function filesForMatter(
  version: MatterVersion,
  fileByKey: ReadonlyMap<string, string>,
): Map<number, string> {
  const out = new Map<number, string>()
  version.document.materials.forEach((m, i) => {
    const key = fileByKey.get(normalizeName(m.name.zh))
    if (key) out.set(i, key)
  })
  return out
}

/** The standard applicant fields of a bundle's form (姓名, 证件号, 电话) are answered by the applicant itself. */
export function applicantFormData(applicant: Applicant | null): Record<string, string> {
  if (!applicant) return {}
  return {
    applicantName: applicant.name,
    idNumber: applicant.kind === 'person' ? applicant.idNumber : applicant.creditCode,
    phone: applicant.phone,
  }
}

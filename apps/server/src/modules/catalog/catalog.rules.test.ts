import { matterDocumentSchema, type MatterDocumentInput } from '@yimin/shared'
import { describe, expect, it } from 'vitest'
import {
  checkMatterDocument,
  checkReferences,
  defaultExtensionCap,
  extensionCap,
  lawfulExtensionCap,
  mergeBundleMaterials,
  normalizeName,
} from './catalog.rules'
import { passportDoc, type CatalogFixtures } from './test-fixtures'

const f: CatalogFixtures = {
  departments: {
    exitEntry: 'd-crj',
    household: 'd-hz',
    market: 'd-scjg',
    tax: 'd-sw',
    health: 'd-wjw',
    fire: 'd-xf',
  },
  departmentCodes: {},
  hallAreaId: 'area-1',
  queueCategoryId: 'cat-1',
}
const doc = (overrides: Partial<MatterDocumentInput> = {}) =>
  matterDocumentSchema.parse(passportDoc(f, overrides))
const codes = (overrides: Partial<MatterDocumentInput>) =>
  checkMatterDocument(doc(overrides)).map((i) => `${i.code}@${i.path}`)

describe('matter document rules', () => {
  it('accepts a sound document, with the intake limit defaulting to 5 working days', () => {
    expect(checkMatterDocument(doc())).toEqual([])
    expect(doc().intakeLimitDays).toBe(5)
  })

  it('refuses a promised limit above the legal one; equal is fine', () => {
    expect(codes({ promisedLimitDays: 16 })).toContain('CATALOG_PROMISED_EXCEEDS_LEGAL@promisedLimitDays')
    expect(codes({ promisedLimitDays: 15 })).toEqual([])
  })

  it('refuses an intake limit over 5 days in the schema', () => {
    expect(matterDocumentSchema.safeParse(passportDoc(f, { intakeLimitDays: 6 })).success).toBe(false)
  })

  it('keeps every step and parallel department inside the promised limit', () => {
    expect(codes({ steps: [{ name: '审查', limitDays: 8 }] })).toEqual([
      'CATALOG_LIMIT_EXCEEDS_PROMISED@steps.0.limitDays',
    ])
    expect(
      codes({
        parallelDepartments: [{ departmentId: f.departments.fire, limitDays: 9, onRefusal: 'refuse_case' }],
      }),
    ).toEqual(['CATALOG_LIMIT_EXCEEDS_PROMISED@parallelDepartments.0.limitDays'])
  })

  it('an instant matter (0 days) has no positive limits, parallel departments or special procedures', () => {
    const instant = { legalLimitDays: 0, promisedLimitDays: 0, steps: [{ name: '受理', limitDays: 0 }] }
    expect(codes(instant)).toEqual([])
    expect(codes({ ...instant, steps: [{ name: '审查', limitDays: 1 }] })).toEqual([
      'CATALOG_INSTANT_WITH_LIMITS@steps.0.limitDays',
    ])
    expect(codes({ ...instant, specialProcedures: [{ kind: 'hearing', maxDays: 5 }] })).toContain(
      'CATALOG_INSTANT_WITH_LIMITS@specialProcedures',
    )
  })

  it('derives the extension cap from the legal limit: 20 → 10, joint 45 → 15, else half', () => {
    expect(lawfulExtensionCap(20, false)).toBe(10)
    expect(lawfulExtensionCap(45, true)).toBe(15)
    expect(defaultExtensionCap(45, false)).toBe(22)
    expect(defaultExtensionCap(15, false)).toBe(7)
    expect(defaultExtensionCap(0, false)).toBe(0)
    expect(extensionCap(doc())).toBe(7)
    expect(extensionCap(doc({ extensionMaxDays: 3 }))).toBe(3)
    expect(codes({ legalLimitDays: 20, extensionMaxDays: 11 })).toEqual([
      'CATALOG_EXTENSION_EXCEEDS_CAP@extensionMaxDays',
    ])
    expect(codes({ legalLimitDays: 20, extensionMaxDays: 10 })).toEqual([])
  })

  it('容缺 only on required materials and with a supply deadline', () => {
    const m = { name: { zh: '照片' }, form: 'original', copies: 1 } as const
    expect(codes({ materials: [{ ...m, isRequired: false, isDeferrable: true, deferralDays: 3 }] })).toEqual([
      'CATALOG_DEFERRAL_INVALID@materials.0.isDeferrable',
    ])
    expect(codes({ materials: [{ ...m, isRequired: true, isDeferrable: true }] })).toEqual([
      'CATALOG_DEFERRAL_INVALID@materials.0.deferralDays',
    ])
    expect(codes({ materials: [{ ...m, isRequired: true, deferralDays: 3 }] })).toEqual([
      'CATALOG_DEFERRAL_INVALID@materials.0.deferralDays',
    ])
  })

  it('refuses duplicate materials (by normalized name), fees without basis, repeated departments and procedures', () => {
    const m = { form: 'original', copies: 1, isRequired: true } as const
    expect(
      codes({
        materials: [
          { ...m, name: { zh: '居民身份证' } },
          { ...m, name: { zh: ' 居民 身份证' } },
        ],
      }),
    ).toEqual(['CATALOG_DUPLICATE_MATERIAL@materials.1.name'])
    expect(codes({ fees: [{ name: '工本费', amount: 0, legalBasis: '' }] })).toEqual([
      'CATALOG_FEE_WITHOUT_BASIS@fees.0.legalBasis',
    ])
    expect(codes({ fees: [{ name: '工本费', amount: 0, legalBasis: '免费' }] })).toEqual([])
    const p = { limitDays: 5, onRefusal: 'continue' } as const
    expect(codes({ parallelDepartments: [{ ...p, departmentId: f.departments.exitEntry }] })).toEqual([
      'CATALOG_DUPLICATE_PARALLEL_DEPARTMENT@parallelDepartments.0.departmentId',
    ])
    expect(
      codes({
        parallelDepartments: [
          { ...p, departmentId: 'x' },
          { ...p, departmentId: 'x' },
        ],
      }),
    ).toEqual(['CATALOG_DUPLICATE_PARALLEL_DEPARTMENT@parallelDepartments.1.departmentId'])
    expect(
      codes({
        specialProcedures: [
          { kind: 'hearing', maxDays: 5 },
          { kind: 'hearing', maxDays: 3 },
        ],
      }),
    ).toEqual(['CATALOG_DUPLICATE_SPECIAL_PROCEDURE@specialProcedures.1.kind'])
    expect(
      matterDocumentSchema.safeParse(passportDoc(f, { specialProcedures: [{ kind: 'hearing', maxDays: 0 }] }))
        .success,
    ).toBe(false)
  })

  it('checks that referenced departments, area and queue category exist', () => {
    const d = doc({
      parallelDepartments: [{ departmentId: 'ghost', limitDays: 3, onRefusal: 'lead_decides' }],
    })
    const issues = checkReferences(d, {
      departmentIds: new Set([f.departments.exitEntry]),
      hallAreaIds: new Set(),
      queueCategoryIds: new Set([f.queueCategoryId]),
    })
    expect(issues.map((i) => `${i.code}@${i.path}`)).toEqual([
      'CATALOG_DEPARTMENT_NOT_FOUND@parallelDepartments.0.departmentId',
      'CATALOG_HALL_AREA_NOT_FOUND@hallAreaId',
    ])
  })
})

describe('bundle materials', () => {
  it('merges materials of the same normalized name and names the matters that need each', () => {
    const a = {
      code: 'A',
      document: { materials: [doc().materials[0]!, { ...doc().materials[2]!, isRequired: false }] },
    }
    // the Uyghur and English names come from the first matter that gives them
    const b = {
      code: 'B',
      document: {
        materials: [
          {
            ...doc().materials[0]!,
            name: { zh: '居民身份证 ', ug: 'كىملىك', en: 'Resident identity card' },
            form: 'original_and_copy' as const,
            copies: 2,
          },
          { ...doc().materials[2]!, isRequired: true },
        ],
      },
    }
    const c = {
      code: 'C',
      document: {
        materials: [{ ...doc().materials[0]!, name: { zh: '居民身份证', ug: 'باشقا', en: 'Other' } }],
      },
    }
    const merged = mergeBundleMaterials([a, b, c])
    expect(merged).toEqual([
      {
        name: { zh: '居民身份证', ug: 'كىملىك', en: 'Resident identity card' },
        form: 'original_and_copy',
        copies: 2,
        isRequired: true,
        isDeferrable: false,
        matterCodes: ['A', 'B', 'C'],
      },
      {
        name: { zh: '户口簿' },
        form: 'original_and_copy',
        copies: 1,
        isRequired: true,
        isDeferrable: false,
        matterCodes: ['A', 'B'],
      },
    ])
  })

  it('normalizes names: width, spaces, brackets, case', () => {
    expect(normalizeName(' 营业执照（副本） ')).toBe(normalizeName('营业执照(副本)'))
    expect(normalizeName('ＡＢＣ')).toBe('abc')
  })
})

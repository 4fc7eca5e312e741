import type { MatterDocumentInput } from '@yimin/shared'
import { residentIdCheckChar } from '@yimin/shared'
import type { CatalogFixtures } from '../catalog/test-fixtures'

/** Data builders for case tests and benchmarks (no test harness imports, so bench/ can use them). */
/** A valid resident ID number for a birth date and a serial (GB 11643 check digit computed). */
export function residentId(birth = '19800101', serial = '123'): string {
  const body = `650105${birth}${serial}`
  return body + residentIdCheckChar(body)
}

/** 食品经营许可: the market regulator leads, fire and health work in parallel, site inspection allowed. */
export function foodLicenceDoc(
  f: CatalogFixtures,
  overrides: Partial<MatterDocumentInput> = {},
): MatterDocumentInput {
  return {
    code: 'SCJG-SPJY-001',
    name: '食品经营许可',
    type: 'licensing',
    departmentId: f.departments.market,
    level: 'city',
    legalLimitDays: 20,
    promisedLimitDays: 10,
    materials: [
      { name: '食品经营许可申请书', form: 'original', copies: 1, isRequired: true },
      { name: '营业执照', form: 'copy', copies: 1, isRequired: true },
      {
        name: '经营场所平面图',
        form: 'original',
        copies: 1,
        isRequired: true,
        isDeferrable: true,
        deferralDays: 5,
      },
    ],
    fees: [],
    legalBasis: ['《中华人民共和国食品安全法》第三十五条'],
    parallelDepartments: [
      { departmentId: f.departments.fire, limitDays: 7, onRefusal: 'refuse_case' },
      { departmentId: f.departments.health, limitDays: 8, onRefusal: 'continue' },
    ],
    specialProcedures: [{ kind: 'site_inspection', maxDays: 10 }],
    delivery: ['window'],
    onlineLevel: 'prereview',
    visits: 1,
    ...overrides,
  }
}

export const applicant = (overrides: Record<string, unknown> = {}) => ({
  kind: 'person',
  name: '阿依古丽',
  idNumber: residentId(),
  phone: '13899990001',
  ...overrides,
})

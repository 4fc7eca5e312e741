import { staffSession, type AppAndContainer } from '../../../test/support/sign-in'
import { passportDoc, seedCatalogFixtures, type CatalogFixtures } from '../catalog/test-fixtures'
import type { MatterDocumentInput } from '@yimin/shared'
import { residentIdCheckChar } from '@yimin/shared'

// Data builders and fixtures for case tests and benchmarks (no test-runner imports, so bench/ can use them).

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
    name: { zh: '食品经营许可' },
    type: 'licensing',
    departmentId: f.departments.market,
    level: 'city',
    legalLimitDays: 20,
    promisedLimitDays: 10,
    materials: [
      { name: { zh: '食品经营许可申请书' }, form: 'original', copies: 1, isRequired: true },
      { name: { zh: '营业执照' }, form: 'copy', copies: 1, isRequired: true },
      {
        name: { zh: '经营场所平面图' },
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

export interface CaseFixtures extends CatalogFixtures {
  /** cookies: a clerk for all departments, handlers and an approver per department, another department's handler */
  clerk: string
  marketHandler: string
  marketApprover: string
  fireHandler: string
  healthHandler: string
  exitHandler: string
  exitApprover: string
  taxHandler: string
  admin: string
}

/** Departments, two published matters (passport, food licence) and staff sessions. */
export async function seedCaseFixtures(ctx: AppAndContainer): Promise<CaseFixtures> {
  const f = await seedCatalogFixtures(ctx.container.database.db)
  for (const doc of [passportDoc(f), foodLicenceDoc(f)]) {
    const created = await ctx.container.catalog.matters.create('system', doc)
    await ctx.container.catalog.matters.publish('system', created.id)
  }
  const d = f.departments
  return {
    ...f,
    clerk: await staffSession(ctx, 'clerk', [{ role: 'clerk', departmentId: null }]),
    marketHandler: await staffSession(ctx, 'market-handler', [{ role: 'handler', departmentId: d.market }]),
    marketApprover: await staffSession(ctx, 'market-approver', [
      { role: 'approver', departmentId: d.market },
    ]),
    fireHandler: await staffSession(ctx, 'fire-handler', [{ role: 'handler', departmentId: d.fire }]),
    healthHandler: await staffSession(ctx, 'health-handler', [{ role: 'handler', departmentId: d.health }]),
    exitHandler: await staffSession(ctx, 'exit-handler', [{ role: 'handler', departmentId: d.exitEntry }]),
    exitApprover: await staffSession(ctx, 'exit-approver', [{ role: 'approver', departmentId: d.exitEntry }]),
    taxHandler: await staffSession(ctx, 'tax-handler', [{ role: 'handler', departmentId: d.tax }]),
    admin: await staffSession(ctx, 'admin', [{ role: 'admin', departmentId: null }]),
  }
}

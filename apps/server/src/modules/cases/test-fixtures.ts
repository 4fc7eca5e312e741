import type { TestContext } from '../../../test/support/test-app'
import { staffSession } from '../../../test/support/test-app'
import { passportDoc, seedCatalogFixtures, type CatalogFixtures } from '../catalog/test-fixtures'
import { foodLicenceDoc } from './fixture-data'

export { applicant, foodLicenceDoc, residentId } from './fixture-data'

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
export async function seedCaseFixtures(ctx: TestContext): Promise<CaseFixtures> {
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

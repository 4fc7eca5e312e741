import { insertTestCity, insertTestDepartment } from '../org/test-fixtures'
import { creditCodeCheckChar, type Role } from '@yimin/shared'
import { newId } from '../../platform/ids'
import { signIn, TEST_PASSWORD, type TestContext } from '../../../test/support/test-app'

/** A valid unified social credit code (GB 32100) from a 17-character body. */
export const creditCode = (body17: string) => body17 + creditCodeCheckChar(body17)

export interface TradingFixtures {
  departments: { housing: string; finance: string }
  orgs: { owner: string; agencyA: string; agencyB: string }
  cookies: {
    admin: string
    staff: string
    agencyA: string
    agencyB: string
    tenderee: string
    housingSupervisor: string
    financeSupervisor: string
    clerk: string
  }
}

/**
 * Two supervising departments (住建局, 财政局), a tenderee and two agencies with one account
 * each, center staff, an administrator and a supervisor per department, all signed in.
 */
export async function seedTradingFixtures(ctx: TestContext): Promise<TradingFixtures> {
  const db = ctx.container.database.db
  await insertTestCity(db)
  const departments = { housing: newId(), finance: newId() }
  for (const [key, code, name] of [
    ['housing', 'ZJJ', '乌鲁木齐市住房和城乡建设局'],
    ['finance', 'CZJ', '乌鲁木齐市财政局'],
  ] as const)
    await insertTestDepartment(db, code, name, departments[key])

  const user = async (username: string, role: Role, departmentId: string | null = null) => {
    const u = await ctx.container.auth.createUser('system', {
      username,
      displayName: username,
      password: TEST_PASSWORD,
      grants: [{ role, departmentId }],
    })
    return { id: u.id, cookie: await signIn(ctx.app, username, TEST_PASSWORD) }
  }
  const admin = await user('admin', 'admin')
  const staff = await user('trading-staff', 'trading_staff')
  const agencyA = await user('agency-a', 'trading_agency')
  const agencyB = await user('agency-b', 'trading_agency')
  const tenderee = await user('tenderee', 'trading_tenderee')
  const housingSupervisor = await user('housing-sup', 'trading_supervisor', departments.housing)
  const financeSupervisor = await user('finance-sup', 'trading_supervisor', departments.finance)
  const clerk = await user('clerk', 'clerk')

  const post = async (url: string, payload: object) => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { cookie: staff.cookie },
      payload,
    })
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
    return res.json<{ id: string }>()
  }
  const owner = await post('/trading/organisations', {
    name: '乌鲁木齐市米东区城市建设投资有限公司',
    creditCode: creditCode('91650109MA7XK2L3'.padEnd(17, '0')),
    kind: 'tenderee',
  })
  const a = await post('/trading/organisations', {
    name: '新疆天山工程招标代理有限公司',
    creditCode: creditCode('91650102MA78Q1N5'.padEnd(17, '1')),
    kind: 'agency',
  })
  const b = await post('/trading/organisations', {
    name: '新疆博达项目管理咨询有限公司',
    creditCode: creditCode('91650103MA79R2P6'.padEnd(17, '2')),
    kind: 'agency',
  })
  await post(`/trading/organisations/${owner.id}/members`, { userId: tenderee.id })
  await post(`/trading/organisations/${a.id}/members`, { userId: agencyA.id })
  await post(`/trading/organisations/${b.id}/members`, { userId: agencyB.id })
  return {
    departments,
    orgs: { owner: owner.id, agencyA: a.id, agencyB: b.id },
    cookies: {
      admin: admin.cookie,
      staff: staff.cookie,
      agencyA: agencyA.cookie,
      agencyB: agencyB.cookie,
      tenderee: tenderee.cookie,
      housingSupervisor: housingSupervisor.cookie,
      financeSupervisor: financeSupervisor.cookie,
      clerk: clerk.cookie,
    },
  }
}

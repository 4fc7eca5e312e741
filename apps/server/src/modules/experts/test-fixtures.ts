import { residentIdCheckChar, type CreateExpertRequest } from '@yimin/shared'
import { creditCode } from '../trading/test-fixtures'

/** A valid resident ID number for test person `i` (born 1970-01-01 + i days, region 650102). */
export function testIdNumber(i: number): string {
  const d = new Date(Date.UTC(1970, 0, 1 + i))
  const birth = d.toISOString().slice(0, 10).replaceAll('-', '')
  const first17 = `650102${birth}${String(i % 1000).padStart(3, '0')}`
  return first17 + residentIdCheckChar(first17)
}

/** An expert of the test pool: employer `ORG<i>` unless given. */
export function testExpert(i: number, over: Partial<CreateExpertRequest> = {}): CreateExpertRequest {
  return {
    name: `专家${i}`,
    idNumber: testIdNumber(i),
    phone: `1390000${String(i).padStart(4, '0')}`,
    employerName: `新疆第${i}设计研究院有限公司`,
    employerCreditCode: creditCode(`91650100MA7E${String(i).padStart(4, '0')}`.padEnd(17, '3')),
    region: '650102',
    specialties: ['building'],
    conflicts: [],
    isAvailable: true,
    ...over,
  }
}

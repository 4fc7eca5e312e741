import { checkCreditCode, checkResidentId, expertSpecialties } from '@yimin/shared'
import { describe, expect, it } from 'vitest'
import { DEMO_EXPERTS } from './load-experts'

describe('demo expert pool', () => {
  it('sixty valid experts over the ten specialties, unique identities and phones', () => {
    expect(DEMO_EXPERTS).toHaveLength(60)
    for (const e of DEMO_EXPERTS) {
      expect(checkResidentId(e.idNumber)).toBeNull()
      expect(checkCreditCode(e.employerCreditCode)).toBeNull()
      expect(e.phone).toMatch(/^1399\d{7}$/)
    }
    expect(new Set(DEMO_EXPERTS.map((e) => e.idNumber)).size).toBe(60)
    expect(new Set(DEMO_EXPERTS.map((e) => e.phone)).size).toBe(60)
    for (const s of expertSpecialties)
      expect(DEMO_EXPERTS.filter((e) => e.specialties.includes(s)).length).toBeGreaterThanOrEqual(6)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  birthDateOf,
  checkCreditCode,
  checkResidentId,
  creditCodeCheckChar,
  maskIdNumber,
  maskPersonName,
  residentIdCheckChar,
} from './identity'

describe('resident identity numbers (GB 11643)', () => {
  it('accepts the standard example and its lower-case x', () => {
    expect(checkResidentId('11010519491231002X')).toBeNull()
    expect(checkResidentId('11010519491231002x')).toBeNull()
    expect(birthDateOf('11010519491231002X')).toBe('1949-12-31')
  })
  it('refuses a wrong check digit, an impossible birth date and bad formats', () => {
    expect(checkResidentId('110105194912310021')).toBe('check-digit')
    expect(checkResidentId('110105194902300027')).toBe('birth-date')
    expect(checkResidentId('1101051949123100')).toBe('format')
    expect(checkResidentId('11010519491231002Y')).toBe('format')
  })
  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const valid = '65010519800101' + '123'
        const id = valid + residentIdCheckChar(valid)
        const digit = (Number(id[pos]) + delta) % 10
        const typo = id.slice(0, pos) + String(digit) + id.slice(pos + 1)
        return checkResidentId(typo) !== null
      }),
    )
  })
})

describe('unified social credit codes (GB 32100)', () => {
  it('accepts a valid code and refuses a changed check character', () => {
    expect(checkCreditCode('91350100M000100Y43')).toBeNull()
    expect(checkCreditCode('91350100M000100Y44')).toBe('check-digit')
  })
  it('refuses letters outside the alphabet (I, O, Z, S, V)', () => {
    expect(checkCreditCode('91350100M0001O0Y43')).toBe('format')
  })
  it('computes a check character that validates for any body', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 100000, max: 999999 }),
        (tail, region) => {
          const body = `91${region}${tail.join('')}`.slice(0, 17)
          return checkCreditCode(body + creditCodeCheckChar(body)) === null
        },
      ),
    )
  })
})

describe('masking', () => {
  it('keeps only what identifies a record to its owner', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X')
    expect(maskPersonName('张三')).toBe('张*')
    expect(maskPersonName('阿依古丽·买买提')).toBe('阿*******')
  })
})

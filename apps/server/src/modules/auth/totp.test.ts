import { describe, expect, it } from 'vitest'
import {
  base32Decode,
  base32Encode,
  hashRecoveryCode,
  hotp,
  matchTotp,
  newRecoveryCodes,
  otpauthUri,
  recoveryCodeMatches,
  totp,
  totpStep,
} from './totp'

const ascii = (s: string) => Buffer.from(s, 'ascii')

describe('HOTP (RFC 4226 appendix D)', () => {
  it('gives the published values for counters 0–9', () => {
    const secret = ascii('12345678901234567890')
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ]
    expect(expected.map((_, i) => hotp(secret, i))).toEqual(expected)
  })
})

describe('TOTP (RFC 6238 appendix B)', () => {
  const seconds = [59, 1111111109, 1111111111, 1234567890, 2000000000, 20000000000]
  const vectors = {
    sha1: {
      secret: '12345678901234567890',
      codes: ['94287082', '07081804', '14050471', '89005924', '69279037', '65353130'],
    },
    sha256: {
      secret: '12345678901234567890123456789012',
      codes: ['46119246', '68084774', '67062674', '91819424', '90698825', '77737706'],
    },
    sha512: {
      secret: '1234567890123456789012345678901234567890123456789012345678901234',
      codes: ['90693936', '25091201', '99943326', '93441116', '38618901', '47863826'],
    },
  } as const
  for (const [algorithm, v] of Object.entries(vectors) as Array<
    [keyof typeof vectors, (typeof vectors)[keyof typeof vectors]]
  >)
    it(`gives the published 8-digit values with ${algorithm}`, () => {
      expect(seconds.map((s) => totp(ascii(v.secret), s * 1000, 8, algorithm))).toEqual(v.codes)
    })
})

describe('matching a code', () => {
  const secret = ascii('12345678901234567890')
  const at = 1_111_111_111_000
  const now = totpStep(at)

  it('accepts the current step and one either side, not two', () => {
    for (const offset of [-1, 0, 1])
      expect(matchTotp(secret, hotp(secret, now + offset), at, 0)).toBe(now + offset)
    for (const offset of [-2, 2]) expect(matchTotp(secret, hotp(secret, now + offset), at, 0)).toBeNull()
  })

  it('refuses a code already used (its step or an earlier one was the last used)', () => {
    const code = hotp(secret, now)
    expect(matchTotp(secret, code, at, now - 1)).toBe(now)
    expect(matchTotp(secret, code, at, now)).toBeNull()
    expect(matchTotp(secret, hotp(secret, now - 1), at, now)).toBeNull()
    expect(matchTotp(secret, hotp(secret, now + 1), at, now)).toBe(now + 1)
  })

  it('refuses what is not six digits', () => {
    for (const bad of ['', '12345', '1234567', 'abcdef', ' 123456'])
      expect(matchTotp(secret, bad, at, 0)).toBeNull()
  })
})

describe('secrets and recovery codes', () => {
  it('round-trips Base32 (RFC 4648 test vector)', () => {
    expect(base32Encode(ascii('foobar'))).toBe('MZXW6YTBOI')
    expect(base32Decode('MZXW6YTBOI').toString('ascii')).toBe('foobar')
    expect(base32Decode('mzxw 6ytb oi======').toString('ascii')).toBe('foobar')
  })

  it('builds an otpauth URI authenticator apps read', () => {
    const uri = otpauthUri('益民', 'admin', ascii('foobar'))
    expect(uri).toMatch(/^otpauth:\/\/totp\/%E7%9B%8A%E6%B0%91%3Aadmin\?/)
    const params = new URL(uri).searchParams
    expect(Object.fromEntries(params)).toEqual({
      secret: 'MZXW6YTBOI',
      issuer: '益民',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    })
  })

  it('makes ten distinct codes, stored salted, matched however they are typed', () => {
    const codes = newRecoveryCodes()
    expect(new Set(codes).size).toBe(10)
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/)
    const stored = hashRecoveryCode(codes[0]!)
    expect(stored).not.toContain(codes[0]!)
    expect(hashRecoveryCode(codes[0]!)).not.toBe(stored)
    expect(recoveryCodeMatches(codes[0]!.toUpperCase().replace(/-/g, ' '), stored)).toBe(true)
    expect(recoveryCodeMatches(codes[1]!, stored)).toBe(false)
  })
})

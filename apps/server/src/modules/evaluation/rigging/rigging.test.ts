import { describe, expect, it } from 'vitest'
import { identicalFiles } from './identical-files'
import { evaluateRigging } from './index'
import { isArithmetic, isGeometric, pricePattern } from './price-pattern'
import type { BidFacts } from './rigging'
import { sameUploadAddress } from './same-address'
import { sameDevice } from './same-device'
import { samePerson } from './same-person'

const bid = (i: number, over: Partial<BidFacts> = {}): BidFacts => ({
  bidId: `b${i}`,
  orgId: `o${i}`,
  uploadIp: `10.0.0.${i}`,
  deviceId: `dev${i}`,
  ciphertextHashes: [`c${i}a`, `c${i}b`],
  plaintextHashes: [`p${i}a`],
  contactPhone: `1380000000${i}`,
  staffUserIds: [`u${i}`],
  persons: [{ idHash: `h${i}`, idMasked: `110***********000${i}` }],
  priceFen: 1_000_000 + i * 12_345 + (i % 2) * 7_001,
  ...over,
})
const clean = [bid(1), bid(2), bid(3), bid(4)]

describe('bid-rigging signs', () => {
  it('clean bids show no sign', () => {
    expect(evaluateRigging(clean)).toEqual([])
  })

  it('same address and same device across bidders, not within one bidder', () => {
    const bids = [bid(1), bid(2, { uploadIp: '10.0.0.1', deviceId: 'dev1' }), bid(3)]
    expect(sameUploadAddress.evaluate(bids)).toEqual([
      {
        code: 'RIGGING_SAME_ADDRESS',
        bidIds: ['b1', 'b2'],
        orgIds: ['o1', 'o2'],
        detail: { ip: '10.0.0.1' },
      },
    ])
    expect(sameDevice.evaluate(bids)[0]?.bidIds).toEqual(['b1', 'b2'])
    // two versions of one bidder's bid from one address are no sign
    expect(sameUploadAddress.evaluate([bid(1), bid(1, { bidId: 'b1v2' })])).toEqual([])
    expect(sameUploadAddress.evaluate([bid(1, { uploadIp: null }), bid(2, { uploadIp: null })])).toEqual([])
  })

  it('identical ciphertext or plaintext hashes', () => {
    const s = identicalFiles.evaluate([
      bid(1),
      bid(2, { plaintextHashes: ['p1a'] }),
      bid(3, { ciphertextHashes: ['c1b'] }),
    ])
    expect(s.map((x) => [x.detail.kind, x.bidIds])).toEqual([
      ['ciphertext', ['b1', 'b3']],
      ['plaintext', ['b1', 'b2']],
    ])
  })

  it('the same phone, staff account or person (by keyed hash) for two bidders; numbers masked', () => {
    const s = samePerson.evaluate([
      bid(1),
      bid(2, { contactPhone: '13800000001' }),
      bid(3, { staffUserIds: ['u1'], persons: [{ idHash: 'h1', idMasked: '110***********0001' }] }),
    ])
    expect(s.map((x) => [x.detail.kind, x.bidIds])).toEqual([
      ['phone', ['b1', 'b2']],
      ['staff', ['b1', 'b3']],
      ['person', ['b1', 'b3']],
    ])
    expect(s[2]!.detail.value).toBe('110***********0001')
  })

  it('prices in arithmetic or geometric progression', () => {
    expect(isArithmetic([100, 200, 300])).toBe(true)
    expect(isArithmetic([100, 200, 301])).toBe(false)
    expect(isArithmetic([100, 100, 100])).toBe(false)
    expect(isGeometric([1000, 1100, 1210])).toBe(true)
    expect(isGeometric([1000, 1100, 1300])).toBe(false)
    const arith = [
      bid(1, { priceFen: 980_000_00 }),
      bid(2, { priceFen: 990_000_00 }),
      bid(3, { priceFen: 1_000_000_00 }),
    ]
    expect(pricePattern.evaluate(arith)).toEqual([
      {
        code: 'RIGGING_PRICE_PATTERN',
        bidIds: ['b1', 'b2', 'b3'],
        orgIds: ['o1', 'o2', 'o3'],
        detail: { pattern: 'arithmetic', stepFen: 10_000_00 },
      },
    ])
    const geo = [
      bid(1, { priceFen: 1_000_000 }),
      bid(2, { priceFen: 1_050_000 }),
      bid(3, { priceFen: 1_102_500 }),
    ]
    expect(pricePattern.evaluate(geo)[0]?.detail).toEqual({ pattern: 'geometric', ratio: 1.05 })
    // two bidders are no pattern
    expect(pricePattern.evaluate(arith.slice(0, 2))).toEqual([])
  })
})

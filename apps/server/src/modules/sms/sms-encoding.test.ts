import { describe, expect, it } from 'vitest'
import {
  concatInfo,
  decodeUcs2,
  encodeUcs2,
  normalizeMsisdn,
  parseReceipt,
  splitUcs2,
  ucs2PartCount,
  ucs2SubmitParts,
} from './sms-encoding'

describe('UCS-2 parts', () => {
  it('keeps up to 70 characters in one part and splits longer texts into 67-character parts', () => {
    expect(splitUcs2('办'.repeat(70))).toEqual(['办'.repeat(70)])
    const parts = splitUcs2('办'.repeat(71))
    expect(parts.map((p) => p.length)).toEqual([67, 4])
    expect(ucs2PartCount('办'.repeat(134))).toBe(2)
    expect(ucs2PartCount('办'.repeat(135))).toBe(3)
    expect(ucs2PartCount('')).toBe(1)
  })

  it('never cuts a surrogate pair in two', () => {
    const text = 'a'.repeat(66) + '😀' + 'b'.repeat(10)
    const parts = splitUcs2(text)
    expect(parts[0]).toBe('a'.repeat(66))
    expect(parts[1]!.startsWith('😀')).toBe(true)
    expect(parts.join('')).toBe(text)
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(67)
  })

  it('encodes UTF-16 big-endian and back', () => {
    expect(encodeUcs2('益A')).toEqual(Buffer.from([0x76, 0xca, 0x00, 0x41]))
    expect(decodeUcs2(encodeUcs2('２ 服务很好😀'))).toBe('２ 服务很好😀')
  })

  it('builds concatenated parts with a UDH (IEI 0, 8-bit reference) and esm_class 0x40', () => {
    const text = '您好'.repeat(40)
    const parts = ucs2SubmitParts(text, 0x1a7)
    expect(parts).toHaveLength(2)
    expect(parts[0]!.esmClass).toBe(0x40)
    expect([...parts[0]!.shortMessage.subarray(0, 6)]).toEqual([5, 0, 3, 0xa7, 2, 1])
    expect([...parts[1]!.shortMessage.subarray(0, 6)]).toEqual([5, 0, 3, 0xa7, 2, 2])
    expect(parts.map((p) => decodeUcs2(p.shortMessage.subarray(6))).join('')).toBe(text)
    expect(parts[0]!.shortMessage.length).toBe(6 + 67 * 2)
    const single = ucs2SubmitParts('短', 1)
    expect(single).toEqual([{ shortMessage: Buffer.from([0x77, 0xed]), esmClass: 0, text: '短' }])
  })

  it('reads 8- and 16-bit concatenation headers', () => {
    expect(concatInfo([Buffer.from([0x00, 3, 9, 3, 2])])).toEqual({ ref: 9, total: 3, seq: 2 })
    expect(concatInfo([Buffer.from([0x24, 1, 0]), Buffer.from([0x08, 4, 1, 2, 2, 1])])).toEqual({
      ref: 258,
      total: 2,
      seq: 1,
    })
    expect(concatInfo([Buffer.from([0x24, 1, 0])])).toBeNull()
    expect(concatInfo(undefined)).toBeNull()
  })
})

describe('delivery receipts', () => {
  it('parses the standard receipt text', () => {
    expect(
      parseReceipt(
        'id:abc123 sub:001 dlvrd:001 submit date:2603021000 done date:2603021001 stat:DELIVRD err:000 text:您好',
      ),
    ).toEqual({
      id: 'abc123',
      stat: 'DELIVRD',
      err: '000',
    })
    expect(
      parseReceipt('id:9 sub:001 dlvrd:000 submit date:2603021000 done date:2603021001 stat:UNDELIV err:001'),
    ).toMatchObject({ stat: 'UNDELIV' })
    expect(parseReceipt('ID:7 STAT:expired')).toMatchObject({ id: '7', stat: 'EXPIRED', err: null })
    expect(parseReceipt('hello there')).toBeNull()
    expect(parseReceipt('id:1 stat:WHATEVER')).toBeNull()
  })
})

describe('phone numbers from the SMSC', () => {
  it('drops the country code', () => {
    expect(normalizeMsisdn('8613912345678')).toBe('13912345678')
    expect(normalizeMsisdn('+86 139 1234 5678')).toBe('13912345678')
    expect(normalizeMsisdn('008613912345678')).toBe('13912345678')
    expect(normalizeMsisdn('13912345678')).toBe('13912345678')
    expect(normalizeMsisdn('10086')).toBe('10086')
  })
})

import { describe, expect, it } from 'vitest'
import { isRetryable } from './aliyun-voice-gateway'
import { outIdOf } from './voice.service'

describe('Alibaba Cloud VMS answers', () => {
  it('retries flow control, throttling and platform faults; not refused numbers, templates or keys', () => {
    expect(isRetryable(200, 'isv.BUSINESS_LIMIT_CONTROL')).toBe(true)
    expect(isRetryable(400, 'Throttling.User')).toBe(true)
    expect(isRetryable(500, 'isp.SYSTEM_ERROR')).toBe(true)
    expect(isRetryable(503, 'HTTP 503')).toBe(true)
    expect(isRetryable(200, 'isv.MOBILE_NUMBER_ILLEGAL')).toBe(false)
    expect(isRetryable(400, 'SignatureDoesNotMatch')).toBe(false)
    expect(isRetryable(404, 'InvalidAccessKeyId.NotFound')).toBe(false)
    expect(isRetryable(400, 'HTTP 400')).toBe(false)
  })

  it('makes OutIds of 15 base-36 characters (the platform takes 1–15)', () => {
    expect(outIdOf(Buffer.alloc(12, 0))).toBe('0'.repeat(15))
    expect(outIdOf(Buffer.alloc(12, 0xff))).toMatch(/^[0-9a-z]{15}$/)
    expect(outIdOf(Buffer.from('000102030405060708090a0b', 'hex'))).not.toBe(
      outIdOf(Buffer.from('000102030405060708090a0c', 'hex')),
    )
  })
})

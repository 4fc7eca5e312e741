import { describe, expect, it } from 'vitest'
import { PerNumberCap, TokenBucket } from './sms-caps'

describe('per-number cap', () => {
  it('lets `limit` messages through per window and says how long the next one waits', () => {
    const cap = new PerNumberCap(2, 60_000)
    expect(cap.take('13900000001', 0)).toBe(0)
    expect(cap.take('13900000001', 10_000)).toBe(0)
    expect(cap.take('13900000001', 20_000)).toBe(40_000)
    expect(cap.take('13900000002', 20_000)).toBe(0)
    expect(cap.take('13900000001', 60_001)).toBe(0)
    expect(cap.take('13900000001', 60_002)).toBe(9_998)
  })
})

describe('token bucket', () => {
  it('holds the rate with a burst of 1/40 s, counting parts', async () => {
    let t = 0
    const bucket = new TokenBucket(
      200,
      () => t,
      async (ms) => {
        t += ms
      },
    )
    for (let i = 0; i < 5; i++) await bucket.take()
    expect(t).toBe(0) // the burst: 200 / 40
    await bucket.take(3)
    expect(t).toBe(15)
    for (let i = 0; i < 200; i++) await bucket.take()
    expect(t).toBe(1015)
  })

  it('lets a request larger than the burst through once the bucket is full', async () => {
    let t = 0
    const bucket = new TokenBucket(
      10,
      () => t,
      async (ms) => {
        t += ms
      },
    )
    await bucket.take()
    await bucket.take(3) // the bucket holds one token: 3 parts wait for it, and leave a debt of two
    expect(t).toBe(100)
    await bucket.take()
    expect(t).toBe(400)
  })
})

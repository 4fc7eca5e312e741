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
  it('holds the rate after the one-second burst, counting parts', async () => {
    let t = 0
    const slept: number[] = []
    const bucket = new TokenBucket(10, () => t, async (ms) => {
      slept.push(ms)
      t += ms
    })
    for (let i = 0; i < 10; i++) await bucket.take()
    expect(t).toBe(0)
    await bucket.take(3)
    expect(t).toBe(300)
    for (let i = 0; i < 20; i++) await bucket.take()
    expect(t).toBe(2300)
    expect(slept.length).toBeGreaterThan(0)
  })
})

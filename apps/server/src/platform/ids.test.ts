import { describe, expect, it } from 'vitest'
import { newId, newSecret } from './ids'

describe('newId', () => {
  it('is a UUIDv7 whose text order follows time', () => {
    const a = newId(1_700_000_000_000)
    const b = newId(1_700_000_000_001)
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(a < b).toBe(true)
  })
  it('keeps ids made in the same millisecond in the order they were made', () => {
    const ids = Array.from({ length: 5_000 }, () => newId(1_700_000_000_123))
    expect([...ids].sort()).toEqual(ids)
    expect(ids[0]?.startsWith('018bcfe5-687b')).toBe(true)
  })
  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId(1)))
    expect(ids.size).toBe(10_000)
  })
  it('makes 256-bit URL-safe secrets', () => {
    expect(newSecret()).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})

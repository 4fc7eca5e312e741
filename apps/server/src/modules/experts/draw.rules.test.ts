import { describe, expect, it } from 'vitest'
import { draw, seededStream, type DrawRules, type PoolExpert } from './draw.rules'

const expert = (i: number, over: Partial<PoolExpert> = {}): PoolExpert => ({
  id: `e${String(i).padStart(3, '0')}`,
  specialties: ['building'],
  employerCreditCode: `ORG${i}`,
  userId: null,
  conflicts: [],
  isAvailable: true,
  recentDraws: 0,
  ...over,
})
const pool = Array.from({ length: 30 }, (_, i) => expert(i))
const rules = (over: Partial<DrawRules> = {}): DrawRules => ({
  size: 5,
  specialty: 'building',
  avoidCreditCodes: [],
  avoidUserIds: [],
  alreadyDrawn: [],
  maxRecentDraws: 3,
  ...over,
})

describe('expert draw', () => {
  it('is reproducible from pool, rules and seed; the pool order does not matter', () => {
    const a = draw(pool, rules(), 'seed-1')
    const b = draw([...pool].reverse(), rules(), 'seed-1')
    expect(a.selected).toHaveLength(5)
    expect(new Set(a.selected).size).toBe(5)
    expect(b.selected).toEqual(a.selected)
    expect(draw(pool, rules(), 'seed-2').selected).not.toEqual(a.selected)
  })

  it('draws the committee size asked for, or all eligible and flags a short pool', () => {
    expect(draw(pool, rules({ size: 7 }), 's').selected).toHaveLength(7)
    const short = draw(pool.slice(0, 2), rules({ size: 5 }), 's')
    expect(short.selected).toHaveLength(2)
    expect(short.isShort).toBe(true)
    expect(draw(pool, rules(), 's').isShort).toBe(false)
  })

  it('avoids the specialty, unavailable, avoided organisations and staff, conflicts, frequent draws', () => {
    const p = [
      expert(1, { specialties: ['law'] }),
      expert(2, { isAvailable: false }),
      expert(3, { employerCreditCode: 'TENDEREE' }),
      expert(4, { userId: 'u-bidder-staff' }),
      expert(5, { conflicts: ['BIDDER1'] }),
      expert(6, { recentDraws: 4 }),
      expert(7, { recentDraws: 3 }),
      expert(8),
    ]
    const r = draw(
      p,
      rules({
        avoidCreditCodes: ['TENDEREE', 'BIDDER1'],
        avoidUserIds: ['u-bidder-staff'],
        alreadyDrawn: ['e008'],
      }),
      's',
    )
    expect(r.selected).toEqual(['e007'])
    expect(r.excluded).toEqual([
      { id: 'e001', reason: 'specialty' },
      { id: 'e002', reason: 'unavailable' },
      { id: 'e003', reason: 'avoided_organisation' },
      { id: 'e004', reason: 'avoided_staff' },
      { id: 'e005', reason: 'conflict' },
      { id: 'e006', reason: 'drawn_too_often' },
      { id: 'e008', reason: 'already_drawn' },
    ])
  })

  it('gives every eligible expert a fair chance (first seat over many seeds)', () => {
    const p = pool.slice(0, 5)
    const counts = new Map<string, number>()
    for (let s = 0; s < 5000; s++) {
      const first = draw(p, rules({ size: 1 }), `s${s}`).selected[0]!
      counts.set(first, (counts.get(first) ?? 0) + 1)
    }
    expect(counts.size).toBe(5)
    for (const c of counts.values()) expect(Math.abs(c - 1000)).toBeLessThan(150)
  })

  it('the stream is deterministic per seed', () => {
    const a = seededStream('x')
    const b = seededStream('x')
    const xs = Array.from({ length: 20 }, () => a())
    expect(Array.from({ length: 20 }, () => b())).toEqual(xs)
    expect(new Set(xs).size).toBe(20)
  })
})

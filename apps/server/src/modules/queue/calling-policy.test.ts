import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ageOn,
  chooseNext,
  defaultPolicy,
  explainPolicy,
  orderForWindow,
  type WaitingTicket,
} from './calling-policy'

const t0 = Date.parse('2026-03-02T02:00:00.000Z')
const at = (min: number) => new Date(t0 + min * 60_000).toISOString()
let seq = 0
const ticket = (
  min: number,
  group = 'normal',
  categoryId = 'A',
  targetWindowId: string | null = null,
): WaitingTicket => ({
  id: `t${++seq}`,
  categoryId,
  priorityGroup: group,
  arrivedAt: at(min),
  seq,
  targetWindowId,
})
const cats = [
  { id: 'A', priorityWeight: 1 },
  { id: 'B', priorityWeight: 2 },
]
const win = { id: 'w1', categoryIds: ['A', 'B'] }

describe('calling policy', () => {
  it('calls in arrival order when nobody has priority', () => {
    const a = ticket(0)
    const b = ticket(1)
    expect(orderForWindow([b, a], win, cats, new Date(at(5))).map((t) => t.id)).toEqual([a.id, b.id])
  })

  it('gives the elderly a head start, bounded by waiting time', () => {
    const normal = ticket(0)
    const elderly = ticket(10, 'elderly') // 20 min head start: as if it arrived at -10
    expect(chooseNext([normal, elderly], win, cats, new Date(at(12)))?.id).toBe(elderly.id)
    const late = ticket(25, 'elderly') // as if at +5: the normal ticket from 0 goes first
    expect(chooseNext([normal, late], win, cats, new Date(at(26)))?.id).toBe(normal.id)
  })

  it('multiplies the head start by the category weight', () => {
    const normalA = ticket(0, 'normal', 'A')
    const elderlyB = ticket(30, 'elderly', 'B') // 2 × 20 = 40 min: as if at -10
    expect(chooseNext([normalA, elderlyB], win, cats, new Date(at(31)))?.id).toBe(elderlyB.id)
  })

  it('serves only its categories, and tickets transferred to it', () => {
    const other = ticket(0, 'normal', 'C')
    const toMe = ticket(0, 'normal', 'C', 'w1')
    const toOther = ticket(0, 'normal', 'A', 'w2')
    expect(orderForWindow([other, toMe, toOther], win, cats, new Date(at(1))).map((t) => t.id)).toEqual([
      toMe.id,
    ])
    expect(chooseNext([], win, cats, new Date(at(1)))).toBeNull()
  })

  it('never starves a normal ticket under a steady stream of priority tickets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }), // priority arrivals per service: more than the window can ever serve
        fc.integer({ min: 2, max: 10 }), // minutes per service
        fc.constantFrom('elderly', 'disabled', 'appointment', 'military'),
        fc.integer({ min: 0, max: 60 }), // when the normal ticket arrives
        (perService, serviceMinutes, group, normalAt) => {
          // the largest head start any ticket can have here (weight 2 in category B)
          const maxHeadStart = Math.max(...Object.values(defaultPolicy.groupBonusMinutes)) * 2
          const arrived: WaitingTicket[] = []
          const waiting: WaitingTicket[] = []
          const normal = ticket(normalAt, 'normal', 'A')
          let served = 0
          for (let now = 0; now < 100_000; now += serviceMinutes) {
            for (let i = 0; i < perService; i++) {
              const t = ticket(now + (i * serviceMinutes) / perService, group, i % 2 ? 'A' : 'B')
              arrived.push(t)
              waiting.push(t)
            }
            if (now >= normalAt && !arrived.includes(normal)) {
              arrived.push(normal)
              waiting.push(normal)
            }
            const next = chooseNext(waiting, win, cats, new Date(at(now)))!
            waiting.splice(waiting.indexOf(next), 1)
            served++
            if (next.id === normal.id) {
              // only tickets that arrived before normalAt + the largest head start can outrank it
              const couldOutrank = arrived.filter(
                (t) => Date.parse(t.arrivedAt) < Date.parse(at(normalAt + maxHeadStart)),
              ).length
              expect(served).toBeLessThanOrEqual(couldOutrank)
              return true
            }
          }
          return false // never served: starvation
        },
      ),
      { numRuns: 60 },
    )
  }, 30_000)

  it('explains itself with the largest head start', () => {
    const e = explainPolicy(defaultPolicy)
    expect(e.maxHeadStartMinutes).toBe(30)
    expect(e.zh).toContain('不会被无限期插队')
  })

  it('computes age from the birth date on a day', () => {
    expect(ageOn('1961-03-02', '2026-03-02')).toBe(65)
    expect(ageOn('1961-03-03', '2026-03-02')).toBe(64)
  })
})

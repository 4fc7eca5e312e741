import { describe, expect, it } from 'vitest'
import { DISTRICTS, ownerName, planTrading, projectName, STAGES_TODAY, TEMPLATES } from './trading-planner'

/** 90 calendar days of working days (weekdays; the planner needs no holidays to be right). */
function weekdays(from: string, n: number): string[] {
  const out: string[] = []
  for (let d = Date.parse(`${from}T00:00:00Z`); out.length < n; d += 86_400_000) {
    const day = new Date(d).getUTCDay()
    if (day !== 0 && day !== 6) out.push(new Date(d).toISOString().slice(0, 10))
  }
  return out
}

const dates = weekdays('2026-09-07', 64)
const base = { seed: 2016, dates, bidders: 3 }

describe('trading planner', () => {
  it('gives the same season for the same seed, another for another seed', () => {
    expect(planTrading(base)).toEqual(planTrading(base))
    expect(planTrading({ ...base, seed: 7 })).not.toEqual(planTrading(base))
  })

  it('starts two to four projects a week on working days, across categories and methods', () => {
    const plans = planTrading(base)
    const weeks = dates.length / 5
    expect(plans.length / weeks).toBeGreaterThanOrEqual(2)
    expect(plans.length / weeks).toBeLessThanOrEqual(4)
    for (const p of plans) expect(dates).toContain(p.start)
    expect(new Set(plans.map((p) => p.serial)).size).toBe(plans.length)
    const used = plans.map((p) => TEMPLATES[p.template]!)
    expect(new Set(used.map((t) => t.category))).toEqual(new Set(['works', 'procurement']))
    expect(new Set(used.map((t) => t.method)).size).toBeGreaterThanOrEqual(3)
    expect(projectName(plans[0]!)).toContain(DISTRICTS[plans[0]!.district]![0])
    expect(ownerName(plans[0]!)).toMatch(/^乌鲁木齐市/)
  })

  it('has bids under the budget from the three bidders, two for the one failed lot', () => {
    const plans = planTrading(base)
    for (const p of plans) {
      for (const b of p.bids) {
        expect(b.priceFen).toBeLessThan(p.budgetFen)
        expect(b.priceFen).toBeGreaterThan(p.budgetFen * 0.75)
        expect(b.tech).toBeLessThanOrEqual(30)
        expect(b.credit).toBeLessThanOrEqual(10)
      }
      expect(p.bids.length).toBe(p.fate === 'failed' ? 2 : 3)
    }
  })

  it('gives the season one failed lot, one objection, one complaint, one late deposit, one unsigned contract', () => {
    const plans = planTrading(base)
    expect(plans.filter((p) => p.fate === 'failed')).toHaveLength(1)
    expect(plans.filter((p) => p.fate === 'no_contract')).toHaveLength(1)
    expect(plans.filter((p) => p.objection)).toHaveLength(1)
    expect(plans.filter((p) => p.lateDeposit)).toHaveLength(1)
    const complaint = plans.filter((p) => p.complaint)
    expect(complaint).toHaveLength(1)
    // complaints go to the 住建局's supervisor (the demo's trading supervisor)
    expect(TEMPLATES[complaint[0]!.template]!.department).toBe('ZJ')
    // each on a project old enough to end within the history (about 40 working days)
    const last = dates.indexOf(
      plans
        .filter((p) => p.objection || p.complaint || p.fate !== 'complete')
        .map((p) => p.start)
        .sort()
        .pop()!,
    )
    expect(dates.length - last).toBeGreaterThanOrEqual(40)
    // one project carries at most one of them
    for (const p of plans)
      expect([p.fate !== 'complete', p.objection, p.complaint].filter(Boolean).length).toBeLessThanOrEqual(1)
  })

  it('places quotations so that one stands at each stage today', () => {
    const plans = planTrading(base)
    for (const [back] of STAGES_TODAY) {
      const start = dates[dates.length - back]!
      expect(plans.some((p) => p.start === start && TEMPLATES[p.template]!.method === 'inquiry')).toBe(true)
    }
    // in start order, numbered
    expect(plans.map((p) => p.start)).toEqual(plans.map((p) => p.start).sort())
    expect(plans.map((p) => p.serial)).toEqual(plans.map((_p, i) => i + 1))
  })

  it('plans none of the once-only events in a history too short for a project to end', () => {
    const plans = planTrading({ ...base, dates: dates.slice(0, 12) })
    expect(plans.length).toBeGreaterThan(STAGES_TODAY.length)
    expect(plans.every((p) => p.fate === 'complete' && !p.objection && !p.complaint && !p.lateDeposit)).toBe(
      true,
    )
  })
})

import { describe, expect, it } from 'vitest'
import { planDay, type PlanOptions } from './day-planner'
import { Random } from './random'

const base: PlanOptions = {
  seed: 2016,
  date: '2026-10-12',
  workingDaysAgo: 40,
  weekday: 1,
  ticketsPerDay: 200,
  casesPerDay: 60,
  categories: 17,
  matters: 150,
}

const hourOf = (hhmm: string) => Number(hhmm.slice(0, 2))

describe('day planner', () => {
  it('gives the same plan for the same seed and day, another for another day', () => {
    expect(planDay(base)).toEqual(planDay(base))
    expect(planDay({ ...base, date: '2026-10-13' })).not.toEqual(planDay(base))
    expect(planDay({ ...base, seed: 1 })).not.toEqual(planDay(base))
  })

  it('plans about 200 tickets and 60 cases on a Monday, fewer on a Friday', () => {
    const monday = planDay(base)
    expect(monday.tickets.length).toBeGreaterThan(200)
    expect(monday.tickets.length).toBeLessThan(260)
    expect(monday.cases.length).toBeGreaterThan(55)
    expect(monday.cases.length).toBeLessThan(85)
    const friday = planDay({ ...base, weekday: 5, date: '2026-10-16' })
    expect(friday.tickets.length).toBeLessThan(monday.tickets.length)
  })

  it('peaks in the morning and keeps arrivals inside the hall hours, in order', () => {
    const { tickets } = planDay(base)
    const at = tickets.map((t) => t.at)
    expect([...at].sort()).toEqual(at)
    expect(at.every((t) => (t >= '10:00' && t < '14:00') || (t >= '15:30' && t < '19:30'))).toBe(true)
    const firstHour = at.filter((t) => hourOf(t) === 10).length
    const lastHour = at.filter((t) => t >= '18:30').length
    expect(firstHour).toBeGreaterThan(2 * lastHour)
  })

  it('has every fate, every rating level with comments, unclear replies and opt-outs over a month', () => {
    const days = Array.from({ length: 22 }, (_, i) =>
      planDay({ ...base, date: `2026-10-${String(i + 1).padStart(2, '0')}`, workingDaysAgo: 30 - i }),
    )
    const fates = new Set(days.flatMap((d) => d.cases.map((c) => c.fate)))
    expect([...fates].sort()).toEqual([
      'corrected',
      'extended',
      'late',
      'on_time',
      'open',
      'paused',
      'refused',
    ])
    const levels = new Set(days.flatMap((d) => d.tickets.flatMap((t) => (t.rating ? [t.rating.level] : []))))
    expect(levels.size).toBe(5)
    const replies = days.flatMap((d) => d.cases.map((c) => c.reply.kind))
    for (const kind of ['level', 'unclear', 'opt_out', 'none']) expect(replies).toContain(kind)
    expect(days.flatMap((d) => d.tickets).some((t) => t.rating?.comment)).toBe(true)
  })

  it('leaves cases running only in the recent days', () => {
    // over a week of days: about 6% of a recent day's cases stay running, none of an old day's
    const days = ['2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16']
    const open = (workingDaysAgo: number) =>
      days
        .flatMap((date) => planDay({ ...base, date, workingDaysAgo }).cases)
        .filter((c) => c.fate === 'open')
    expect(open(40)).toHaveLength(0)
    expect(open(3).length).toBeGreaterThan(5)
  })

  it('late cases end after their promised time, the others within it', () => {
    for (const c of planDay(base).cases) {
      if (c.fate === 'late') expect(c.progress).toBeGreaterThan(1)
      else expect(c.progress).toBeLessThan(1)
    }
  })
})

describe('seeded random', () => {
  it('repeats from its seed and stays in range', () => {
    const a = new Random(42)
    const b = new Random(42)
    const xs = Array.from({ length: 1000 }, () => a.next())
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs)
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(new Set(xs).size).toBeGreaterThan(990)
  })
})

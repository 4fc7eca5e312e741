import { describe, expect, it } from 'vitest'
import {
  HABITUAL_NO_SHOW,
  arrivalTime,
  planAppointmentDay,
  type AppointmentPlanOptions,
} from './appointment-actor'
import { oddMatter, planBundleDay, type BundlePlanOptions } from './bundle-actor'
import { DEMO_CITIZEN, ONLINE_MATTER_SHARE, planOnlineDay, type OnlinePlanOptions } from './online-actor'
import { WINDOW_SHARE } from './portal-actors'
import { addDays } from '../time'
import { departmentReach, matterAt } from './case-actor'

const dates = Array.from({ length: 22 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`)
/** a season: 66 days */
const season = Array.from({ length: 66 }, (_, i) => addDays('2026-09-01', i))

describe('online applications plan', () => {
  const base: OnlinePlanOptions = {
    seed: 2016,
    date: '2026-10-12',
    workingDaysAgo: 40,
    casesPerDay: 60,
    matters: 80,
  }

  it('gives the same plan for the same seed and day, another for another day', () => {
    expect(planOnlineDay(base)).toEqual(planOnlineDay(base))
    expect(planOnlineDay({ ...base, date: '2026-10-13' })).not.toEqual(planOnlineDay(base))
  })

  it('brings about a fifth of the cases online, with bundles, in the day and the evening', () => {
    const days = dates.map((date) => planOnlineDay({ ...base, date }))
    const perDay = days.reduce((s, d) => s + d.length, 0) / days.length
    expect(perDay).toBeGreaterThan(60 * ONLINE_MATTER_SHARE * 0.8)
    expect(perDay).toBeLessThan(60 * ONLINE_MATTER_SHARE * 1.2)
    expect(1 - WINDOW_SHARE).toBeGreaterThanOrEqual(0.15)
    expect(1 - WINDOW_SHARE).toBeLessThanOrEqual(0.25)
    const at = days.flatMap((d) => d.map((p) => p.at))
    expect(at.some((t) => t >= '19:30')).toBe(true)
    expect(at.every((t) => t >= '10:00' && t <= '20:59')).toBe(true)
  })

  it('is accepted, corrected, refused, withdrawn and left running in the recent days', () => {
    const plans = dates.flatMap((date, i) => planOnlineDay({ ...base, date, workingDaysAgo: 30 - i }))
    const fates = new Set(plans.map((p) => p.fate))
    for (const f of ['on_time', 'late', 'corrected', 'refused', 'open']) expect(fates).toContain(f)
    expect(plans.some((p) => p.withdraws)).toBe(true)
    expect(plans.some((p) => p.fate === 'corrected' && !p.resubmits)).toBe(true)
    const old = dates.flatMap((date) => planOnlineDay({ ...base, date, workingDaysAgo: 40 }))
    expect(old.filter((p) => p.fate === 'open')).toHaveLength(0)
  })

  it('gives the demo citizen one application done a week ago and one waiting for their correction', () => {
    const mine = (workingDaysAgo: number) =>
      planOnlineDay({ ...base, workingDaysAgo }).filter((p) => p.person === DEMO_CITIZEN)
    expect(mine(6)).toMatchObject([{ fate: 'on_time', resubmits: false }])
    expect(mine(2)).toMatchObject([{ fate: 'corrected', resubmits: false }])
    expect(mine(3)).toHaveLength(0)
  })
})

describe('bundles plan', () => {
  const base: BundlePlanOptions = {
    seed: 2016,
    date: '2026-10-12',
    workingDaysAgo: 40,
    casesPerDay: 60,
    bundles: 7,
    demoBundle: 3,
  }

  it('repeats from its seed', () => {
    expect(planBundleDay(base)).toEqual(planBundleDay(base))
  })

  it('has about one bundle a day, in every fate over a season, some rated on the portal', () => {
    const plans = season.flatMap((date, i) => planBundleDay({ ...base, date, workingDaysAgo: 66 - i }))
    expect(plans.length).toBeGreaterThan(45)
    expect(plans.length).toBeLessThan(120)
    expect(new Set(plans.map((p) => p.fate))).toEqual(
      new Set(['on_time', 'late', 'corrected', 'denied', 'open']),
    )
    expect(plans.some((p) => p.ratesOnPortal)).toBe(true)
    expect(plans.every((p) => p.bundle >= 0 && p.bundle < 7)).toBe(true)
  })

  it('gives the demo citizen their bundle ten working days ago', () => {
    expect(
      planBundleDay({ ...base, workingDaysAgo: 10 }).filter((p) => p.person === DEMO_CITIZEN),
    ).toMatchObject([{ bundle: 3, fate: 'on_time', ratesOnPortal: true }])
  })

  it('lets a matter no other waits for run late or refuse', () => {
    const codes = ['SCJ-001', 'GA-001', 'SW-001']
    const feeders = new Set(['SCJ-001'])
    expect(oddMatter(codes, feeders, 0)).toBe('GA-001')
    expect(oddMatter(codes, feeders, 3)).toBe('SW-001')
    expect(oddMatter(['SCJ-001'], feeders, 0)).toBeNull()
  })
})

describe('appointments plan', () => {
  const base: AppointmentPlanOptions = {
    seed: 2016,
    date: '2026-10-12',
    workingDaysAgo: 40,
    bookingsPerDay: 22,
  }

  it('repeats from its seed, in booking order', () => {
    const plan = planAppointmentDay(base)
    expect(plan).toEqual(planAppointmentDay(base))
    expect(plan.map((p) => p.bookedAt)).toEqual(plan.map((p) => p.bookedAt).sort())
  })

  it('books days ahead; most come, some never do, some cancel, a few are late', () => {
    const plans = dates.flatMap((date, i) => planAppointmentDay({ ...base, date, workingDaysAgo: 30 - i }))
    const share = (f: string) => plans.filter((p) => p.fate === f).length / plans.length
    expect(share('arrives')).toBeGreaterThan(0.65)
    expect(share('no_show')).toBeGreaterThan(0.05)
    expect(share('cancelled')).toBeGreaterThan(0.05)
    expect(share('late')).toBeGreaterThan(0)
    expect(plans.every((p) => p.daysAhead >= 1 && p.daysAhead <= 5)).toBe(true)
    expect(new Set(plans.map((p) => p.channel))).toEqual(new Set(['citizen', 'portal', 'kiosk']))
    // the one who keeps missing books every third working day
    expect(plans.filter((p) => p.person === HABITUAL_NO_SHOW).length).toBeGreaterThanOrEqual(7)
  })

  it('books the demo citizen a visit last week and one for the coming days', () => {
    const mine = (workingDaysAgo: number) =>
      planAppointmentDay({ ...base, workingDaysAgo }).filter((p) => p.person === DEMO_CITIZEN)
    expect(mine(8)).toMatchObject([{ channel: 'citizen', fate: 'arrives', daysAhead: 2 }])
    expect(mine(1)).toHaveLength(1)
  })

  it('comes to the kiosk around the slot, not before the session opens', () => {
    expect(arrivalTime('11:00', -20)).toBe('10:40')
    expect(arrivalTime('10:00', -20)).toBe('10:00')
    expect(arrivalTime('15:30', -10)).toBe('15:30')
    expect(arrivalTime('16:30', 25)).toBe('16:55')
  })
})

describe('window cases by department', () => {
  it('gives a department of one matter a share, a large one more but not in proportion', () => {
    const docs = [...Array.from({ length: 16 }, () => ({ departmentId: 'big' })), { departmentId: 'small' }]
    const reach = departmentReach(docs)
    const hits = new Map<string, number>()
    for (let n = 0; n < 1000; n++) {
      const d = docs[matterAt(reach, n, 1000)]!.departmentId
      hits.set(d, (hits.get(d) ?? 0) + 1)
    }
    // shares 4 : 1 (the square roots of 16 and 1), not 16 : 1
    expect(hits.get('small')).toBeGreaterThan(150)
    expect(hits.get('big')).toBeGreaterThan(700)
    // every matter is drawn
    expect(new Set(Array.from({ length: 1000 }, (_, n) => matterAt(reach, n, 1000))).size).toBe(17)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tradingCategories, type TimetableRule } from '@yimin/shared'
import { chineseDaysOverrides } from '../calendar/chinese-days-seed'
import { formatDate, parseDate } from '../calendar/civil-dates'
import { WorkingCalendar } from '../calendar/working-days'
import { checkAnnouncement } from './announcement.rules'
import { STATUTORY_TIMETABLE } from './statutory-timetable'
import {
  applyTimetableEdit,
  checkCommittee,
  checkRule,
  committeeRequirement,
  earliestDeadlineAfter,
  latestBefore,
  periodEnd,
  ruleFor,
  type TimetableContext,
} from './timetable.rules'

const cal = new WorkingCalendar([...chineseDaysOverrides(2025), ...chineseDaysOverrides(2026)], [2025, 2026])
const shift = (d: string, n: number) => formatDate(parseDate(d) + n)
const works: TimetableContext = { category: 'works', method: 'open_tender', isLegallyRequired: true }
const gpTender: TimetableContext = {
  category: 'procurement',
  method: 'open_tender',
  isLegallyRequired: false,
}
const rule = (id: string): TimetableRule => {
  const r = STATUTORY_TIMETABLE.find((x) => x.id === id)
  if (!r) throw new Error(`no rule ${id}`)
  return r
}

describe('the statutory table', () => {
  it('has unique ids, a basis for every rule, and positive days', () => {
    const ids = STATUTORY_TIMETABLE.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of STATUTORY_TIMETABLE) {
      expect(r.basis).toMatch(/第\d+条/)
      expect(r.days).toBeGreaterThan(0)
    }
  })

  it('picks the rule by category, method and whether tendering is legally required', () => {
    expect(ruleFor(STATUTORY_TIMETABLE, 'issue_to_deadline', works)?.days).toBe(20)
    expect(
      ruleFor(STATUTORY_TIMETABLE, 'issue_to_deadline', { ...works, isLegallyRequired: false }),
    ).toBeNull()
    expect(ruleFor(STATUTORY_TIMETABLE, 'documents_on_sale', gpTender)).toMatchObject({
      days: 5,
      unit: 'working',
    })
    const consult = { ...gpTender, method: 'competitive_consultation' as const }
    expect(ruleFor(STATUTORY_TIMETABLE, 'issue_to_deadline', consult)).toMatchObject({
      days: 10,
      unit: 'calendar',
    })
    expect(ruleFor(STATUTORY_TIMETABLE, 'clarification_before_deadline', consult)?.days).toBe(5)
    const inquiry = { ...gpTender, method: 'inquiry' as const }
    expect(ruleFor(STATUTORY_TIMETABLE, 'issue_to_deadline', inquiry)).toMatchObject({
      days: 3,
      unit: 'working',
    })
    expect(ruleFor(STATUTORY_TIMETABLE, 'clarification_before_deadline', inquiry)).toMatchObject({
      days: 3,
      unit: 'working',
    })
    const land = { category: 'land' as const, method: 'listing' as const, isLegallyRequired: false }
    expect(ruleFor(STATUTORY_TIMETABLE, 'announcement_before_trading', land)?.days).toBe(20)
    expect(ruleFor(STATUTORY_TIMETABLE, 'listing_period', land)?.days).toBe(10)
    expect(ruleFor(STATUTORY_TIMETABLE, 'listing_period', { ...land, method: 'auction' })).toBeNull()
  })
})

describe('counting over the 2026 holidays', () => {
  it('a calendar period ending in the National Day holiday ends on the next working day', () => {
    // 2026-09-15 + 20 days = 10-05, a holiday (10-01…10-07): the period ends on 10-08
    expect(periodEnd(cal, '2026-09-15', 20, 'calendar')).toEqual({ date: '2026-10-08', isProvisional: false })
    const r = rule('works.issue_to_deadline')
    expect(checkRule(cal, r, '2026-09-15', '2026-10-07')).toMatchObject({
      required: '2026-10-08',
      basis: '招标投标法 第24条',
    })
    expect(checkRule(cal, r, '2026-09-15', '2026-10-08')).toBeNull()
  })

  it('a period ending on a make-up working Saturday (调休) ends there', () => {
    // 2026-10-10 is a Saturday worked in exchange for the holiday
    expect(periodEnd(cal, '2026-09-20', 20, 'calendar').date).toBe('2026-10-10')
    // an ordinary Saturday rolls to Monday
    expect(periodEnd(cal, '2026-06-06', 7, 'calendar').date).toBe('2026-06-15')
  })

  it('counts working days past holidays and counts make-up days', () => {
    expect(periodEnd(cal, '2026-09-30', 5, 'working').date).toBe('2026-10-13')
    expect(periodEnd(cal, '2026-10-08', 3, 'working').date).toBe('2026-10-12')
    const sale = rule('procurement.tender.documents_on_sale')
    expect(checkRule(cal, sale, '2026-09-30', '2026-10-12')?.required).toBe('2026-10-13')
  })

  it('"N days before the deadline" excludes the deadline day', () => {
    expect(latestBefore(cal, '2026-06-30', 15, 'calendar').date).toBe('2026-06-15')
    const r = rule('works.clarification_before_deadline')
    expect(checkRule(cal, r, '2026-06-30', '2026-06-15')).toBeNull()
    expect(checkRule(cal, r, '2026-06-30', '2026-06-16')).toMatchObject({ required: '2026-06-15' })
    // 3 working days before Monday 2026-10-12: Sat 10-10 (make-up), Fri 10-09, Thu 10-08
    expect(latestBefore(cal, '2026-10-12', 3, 'working').date).toBe('2026-10-08')
    // 3 working days before Thursday 2026-10-08: 09-30, 09-29, 09-28 (the holiday skipped)
    expect(latestBefore(cal, '2026-10-08', 3, 'working').date).toBe('2026-09-28')
  })

  it('a late clarification moves the deadline to the earliest day that satisfies the rule', () => {
    const r = rule('works.clarification_before_deadline')
    expect(earliestDeadlineAfter(cal, r, '2026-06-20')).toEqual({ date: '2026-07-06', isProvisional: false })
    // 2026-09-20 + 15 = 10-05 (holiday): 10-08
    expect(earliestDeadlineAfter(cal, r, '2026-09-20').date).toBe('2026-10-08')
  })

  it('flags a result that reaches an unloaded year as provisional', () => {
    expect(periodEnd(cal, '2026-12-20', 20, 'calendar').isProvisional).toBe(true)
    expect(periodEnd(cal, '2026-11-20', 20, 'calendar').isProvisional).toBe(false)
  })
})

describe('announcement checks', () => {
  it('refuses a 19-day tender period and accepts 20 days', () => {
    const input = (deadline: string) => ({
      kind: 'tender' as const,
      publishDate: '2026-06-01',
      dates: { saleStart: '2026-06-01', saleEnd: '2026-06-08', bidDeadline: `${deadline}T02:00:00.000Z` },
      bidDeadlineDate: deadline,
      currentDeadlineDate: null,
    })
    const short = checkAnnouncement(cal, STATUTORY_TIMETABLE, works, input('2026-06-20'))
    expect(short.violations.map((v) => [v.ruleId, v.required])).toEqual([
      ['works.issue_to_deadline', '2026-06-22'], // 06-21 is a Sunday
    ])
    expect(checkAnnouncement(cal, STATUTORY_TIMETABLE, works, input('2026-06-22')).violations).toEqual([])
  })

  it('a late change that affects bids moves the deadline; an early one does not', () => {
    const change = (publishDate: string) =>
      checkAnnouncement(cal, STATUTORY_TIMETABLE, works, {
        kind: 'change',
        publishDate,
        dates: { affectsBids: true },
        bidDeadlineDate: null,
        currentDeadlineDate: '2026-06-30',
      })
    expect(change('2026-06-15').movedDeadline).toBeNull()
    expect(change('2026-06-16').movedDeadline?.date).toBe('2026-07-01')
  })

  it('a change that moves the deadline earlier is checked again, whatever it says of bids', () => {
    const earlier = (bidDeadlineDate: string, affectsBids: boolean) =>
      checkAnnouncement(cal, STATUTORY_TIMETABLE, works, {
        kind: 'change',
        publishDate: '2026-06-05',
        dates: { affectsBids },
        bidDeadlineDate,
        currentDeadlineDate: '2026-06-30',
        originalSaleStart: '2026-06-01',
      })
    // 06-01 + 20 days = 06-21 (a Sunday): 06-22 at the earliest; the change itself needs 15 days
    for (const affectsBids of [false, true]) {
      expect(earlier('2026-06-19', affectsBids).violations.map((v) => [v.ruleId, v.required])).toEqual([
        ['works.clarification_before_deadline', '2026-06-04'],
        ['works.issue_to_deadline', '2026-06-22'],
      ])
      expect(earlier('2026-06-22', affectsBids).violations).toEqual([])
      expect(earlier('2026-06-22', affectsBids).movedDeadline).toBeNull()
    }
    // a deadline before the change's own publication is out of order
    expect(earlier('2026-06-04', false).disordered).toEqual(['bidDeadline<publish'])
  })

  it('names the dates a kind needs', () => {
    const r = checkAnnouncement(cal, STATUTORY_TIMETABLE, works, {
      kind: 'tender',
      publishDate: '2026-06-01',
      dates: {},
      bidDeadlineDate: null,
      currentDeadlineDate: null,
    })
    expect(r.missing).toEqual(['saleStart', 'saleEnd', 'bidDeadline'])
  })
})

describe('versions edited by administrators', () => {
  it('accepts a stricter rule and refuses one laxer than the statute', () => {
    const ok = applyTimetableEdit(STATUTORY_TIMETABLE, STATUTORY_TIMETABLE, [
      { id: 'land.listing_period', days: 14 },
      { id: 'works.objection_answer', days: 2 },
    ])
    expect(ok.rules?.find((r) => r.id === 'land.listing_period')?.days).toBe(14)
    const bad = applyTimetableEdit(STATUTORY_TIMETABLE, STATUTORY_TIMETABLE, [
      { id: 'works.issue_to_deadline', days: 19 },
      { id: 'works.objection_answer', days: 5 },
      { id: 'nope', days: 1 },
    ])
    expect(bad.rules).toBeNull()
    expect(bad.problems.map((p) => [p.ruleId, p.problem])).toEqual([
      ['works.issue_to_deadline', 'laxer_than_statute'],
      ['works.objection_answer', 'laxer_than_statute'],
      ['nope', 'unknown_rule'],
    ])
  })
})

describe('committees', () => {
  it('works: five or more, odd, two thirds experts; procurement: seven from 10 million yuan', () => {
    expect(committeeRequirement(works, 0)).toMatchObject({ minMembers: 5, isOdd: true, minExperts: 4 })
    expect(checkCommittee(works, 0, 5, 4)).toEqual([])
    expect(checkCommittee(works, 0, 6, 3)).toEqual(['even_members', 'too_few_experts'])
    expect(committeeRequirement(gpTender, 10_000_000 * 100 - 1)?.minMembers).toBe(5)
    expect(committeeRequirement(gpTender, 10_000_000 * 100)?.minMembers).toBe(7)
    expect(checkCommittee({ ...gpTender, method: 'inquiry' }, 0, 3, 2)).toEqual([])
    expect(checkCommittee({ ...gpTender, method: 'inquiry' }, 0, 1, 1)).toEqual([
      'too_few_members',
      'too_few_experts',
    ])
  })
})

describe('properties: a computed date always satisfies its rule', () => {
  const day = fc.integer({ min: parseDate('2025-01-01'), max: parseDate('2026-11-30') }).map(formatDate)
  const anyRule = fc.constantFrom(...STATUTORY_TIMETABLE)

  it('the bound of a rule satisfies it, and the day past it does not', () => {
    fc.assert(
      fc.property(anyRule, day, (r, d) => {
        if (r.kind === 'min_before') {
          const latest = latestBefore(cal, d, r.days, r.unit).date
          expect(checkRule(cal, r, d, latest)).toBeNull()
          expect(checkRule(cal, r, d, shift(latest, 1))).not.toBeNull()
        } else {
          const end = periodEnd(cal, d, r.days, r.unit).date
          expect(checkRule(cal, r, d, end)).toBeNull()
          const past = shift(end, r.kind === 'min_after' ? -1 : 1)
          expect(checkRule(cal, r, d, past)).not.toBeNull()
        }
      }),
      { numRuns: 500 },
    )
  })

  it('a period ends on a working day, no earlier than N calendar days, after N working days', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('calendar', 'working'),
        (d, n, unit) => {
          const end = periodEnd(cal, d, n, unit as 'calendar' | 'working').date
          expect(cal.isWorkingDay(end)).toBe(true)
          if (unit === 'working') expect(cal.countWorkingDays(d, end).workingDays).toBe(n)
          else {
            expect(end >= shift(d, n)).toBe(true)
            // every day from d + n to the day before the end is a rest day
            for (let x = shift(d, n); x < end; x = shift(x, 1)) expect(cal.isWorkingDay(x)).toBe(false)
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('a moved deadline satisfies the clarification rule and is the earliest working day that does', () => {
    const rules = STATUTORY_TIMETABLE.filter((r) => r.step === 'clarification_before_deadline')
    fc.assert(
      fc.property(fc.constantFrom(...rules), day, (r, act) => {
        const moved = earliestDeadlineAfter(cal, r, act).date
        expect(checkRule(cal, r, moved, act)).toBeNull()
        for (let x = shift(act, 1); x < moved; x = shift(x, 1))
          if (cal.isWorkingDay(x)) expect(checkRule(cal, r, x, act)).not.toBeNull()
      }),
      { numRuns: 300 },
    )
  })

  it('no two rows of a step overlap for a category and method', () => {
    for (const category of tradingCategories)
      for (const r of STATUTORY_TIMETABLE) {
        if (!r.categories.includes(category)) continue
        const overlapping = STATUTORY_TIMETABLE.filter(
          (x) =>
            x.step === r.step &&
            x.categories.includes(category) &&
            (x.methods.length === 0 ||
              r.methods.length === 0 ||
              x.methods.some((m) => r.methods.includes(m))),
        )
        expect(overlapping.map((x) => x.id)).toEqual([r.id])
      }
  })
})

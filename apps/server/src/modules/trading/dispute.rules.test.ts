import { describe, expect, it } from 'vitest'
import { chineseDaysOverrides } from '../calendar/chinese-days-seed'
import { WorkingCalendar } from '../calendar/working-days'
import { complaintDecisionDue, disputeAllowed, disputeLimits, needsAcceptance } from './dispute.rules'
import { STATUTORY_TIMETABLE } from './statutory-timetable'

const cal = new WorkingCalendar(chineseDaysOverrides(2026), [2026])
const works = { category: 'works', method: 'open_tender', isLegallyRequired: true } as const
const procurement = { category: 'procurement', method: 'open_tender', isLegallyRequired: true } as const

describe('dispute limits', () => {
  it('an objection to the documents: ten days before the deadline, answered within three days', () => {
    const input = {
      kind: 'objection' as const,
      filedOn: '2026-06-12',
      knownOn: null,
      status: 'announced',
      bidDeadlineDate: '2026-06-22',
    }
    expect(disputeLimits(cal, STATUTORY_TIMETABLE, works, input)).toMatchObject({
      ok: true,
      dueOn: '2026-06-15', // 06-12 + 3 = Monday 06-15
      rule: { id: 'works.objection_answer' },
    })
    const late = disputeLimits(cal, STATUTORY_TIMETABLE, works, { ...input, filedOn: '2026-06-13' })
    expect(late).toMatchObject({
      ok: false,
      problem: 'late',
      violation: { ruleId: 'works.objection_before_deadline', required: '2026-06-12' },
    })
    expect(disputeLimits(cal, STATUTORY_TIMETABLE, works, { ...input, bidDeadlineDate: null })).toMatchObject(
      { ok: false, problem: 'no_deadline' },
    )
  })

  it('an objection during publicity is one to the candidates: no deadline needed', () => {
    const r = disputeLimits(cal, STATUTORY_TIMETABLE, works, {
      kind: 'objection',
      filedOn: '2026-07-02', // Thursday: + 3 = Sunday 07-05 → Monday 07-06
      knownOn: null,
      status: 'publicity',
      bidDeadlineDate: null,
    })
    expect(r).toMatchObject({ ok: true, dueOn: '2026-07-06' })
  })

  it('a challenge within 7 working days of knowing, answered within 7 working days (over 国庆)', () => {
    const r = disputeLimits(cal, STATUTORY_TIMETABLE, procurement, {
      kind: 'challenge',
      filedOn: '2026-09-30',
      knownOn: '2026-09-25',
      status: 'awarded',
      bidDeadlineDate: null,
    })
    // 10-01..10-07 are holidays (10-08 too in 2026's arrangement): the 7th working day lands after them
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(cal.countWorkingDays('2026-09-30', r.dueOn).workingDays).toBe(7)
      expect(r.dueOn > '2026-10-08').toBe(true)
    }
    const late = disputeLimits(cal, STATUTORY_TIMETABLE, procurement, {
      kind: 'challenge',
      filedOn: '2026-06-12',
      knownOn: '2026-06-01',
      status: 'awarded',
      bidDeadlineDate: null,
    })
    expect(late).toMatchObject({ ok: false, problem: 'late', violation: { required: '2026-06-10' } })
  })

  it('a works complaint within 10 days of knowing, accepted within 3 working days, decided 30 after', () => {
    const input = {
      kind: 'complaint' as const,
      filedOn: '2026-06-11',
      knownOn: '2026-06-01',
      status: 'publicity',
      bidDeadlineDate: null,
    }
    const r = disputeLimits(cal, STATUTORY_TIMETABLE, works, input)
    expect(r).toMatchObject({ ok: true, rule: { id: 'works.complaint_acceptance' } })
    if (r.ok) expect(cal.countWorkingDays('2026-06-11', r.dueOn).workingDays).toBe(3)
    expect(needsAcceptance(STATUTORY_TIMETABLE, works)).toBe(true)
    expect(needsAcceptance(STATUTORY_TIMETABLE, procurement)).toBe(false) // 政府采购法 第56条: from receipt
    const decision = complaintDecisionDue(cal, STATUTORY_TIMETABLE, works, '2026-06-15')
    expect(decision?.rule.id).toBe('works.complaint_decision')
    expect(cal.countWorkingDays('2026-06-15', decision!.dueOn).workingDays).toBe(30)
    // a timetable version without the acceptance step decides within 30 working days of receipt
    const older = STATUTORY_TIMETABLE.filter((x) => x.step !== 'complaint_acceptance')
    expect(disputeLimits(cal, older, works, input)).toMatchObject({
      ok: true,
      rule: { id: 'works.complaint_decision' },
    })
    expect(disputeLimits(cal, STATUTORY_TIMETABLE, works, { ...input, filedOn: '2026-06-12' })).toMatchObject(
      { ok: false, problem: 'late' },
    )
    expect(disputeLimits(cal, STATUTORY_TIMETABLE, works, { ...input, knownOn: null })).toMatchObject({
      ok: false,
      problem: 'known_required',
    })
  })

  it('kinds by category', () => {
    expect(disputeAllowed('objection', 'works')).toBe(true)
    expect(disputeAllowed('objection', 'procurement')).toBe(false)
    expect(disputeAllowed('challenge', 'procurement')).toBe(true)
    expect(disputeAllowed('complaint', 'land')).toBe(false)
  })
})

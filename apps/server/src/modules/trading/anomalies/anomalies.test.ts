import { describe, expect, it } from 'vitest'
import { chineseDaysOverrides } from '../../calendar/chinese-days-seed'
import { WorkingCalendar } from '../../calendar/working-days'
import { STATUTORY_TIMETABLE } from '../statutory-timetable'
import type { ProjectFacts } from './anomaly'
import { evaluateAnomalies } from './index'
import { openingWithoutVenue } from './opening-without-venue'
import { periodShorterThanTimetable } from './period-shorter-than-timetable'
import { publicityCutShort } from './publicity-cut-short'

const cal = new WorkingCalendar(chineseDaysOverrides(2026), [2026])
const facts = (over: Partial<ProjectFacts> = {}): ProjectFacts => ({
  projectId: 'p1',
  code: 'GC2026-1',
  ctx: { category: 'works', method: 'open_tender', isLegallyRequired: true },
  status: 'announced',
  rules: STATUTORY_TIMETABLE,
  announcements: [
    {
      id: 'a1',
      kind: 'tender',
      publishDate: '2026-06-01',
      dates: { saleStart: '2026-06-01', saleEnd: '2026-06-08', bidDeadline: '2026-06-22T02:30:00.000Z' },
      bidDeadlineDate: '2026-06-22',
    },
  ],
  lots: [{ id: 'l1', name: '第一标段', openingAt: '2026-06-22T02:30:00.000Z', hasOpeningRoom: true }],
  ...over,
})

describe('trading anomalies', () => {
  it('a healthy project has none', () => {
    expect(evaluateAnomalies(facts(), cal, '2026-06-20T00:00:00.000Z')).toEqual([])
  })

  it('an imported tender with a 19-day period', () => {
    const f = facts()
    f.announcements[0]!.bidDeadlineDate = '2026-06-20'
    expect(periodShorterThanTimetable.evaluate(f, cal, '2026-06-20T00:00:00.000Z')).toEqual([
      {
        code: 'TRADING_PERIOD_SHORT',
        projectId: 'p1',
        subjectId: 'a1',
        params: {
          ruleId: 'works.issue_to_deadline',
          basis: '招标投标法 第24条',
          actual: '2026-06-20',
          required: '2026-06-22',
        },
      },
    ])
  })

  it('a candidates publicity of two days', () => {
    const f = facts({
      announcements: [
        {
          id: 'c1',
          kind: 'candidates',
          publishDate: '2026-06-24',
          dates: { reportReceivedOn: '2026-06-23', publicityStart: '2026-06-24', publicityEnd: '2026-06-26' },
          bidDeadlineDate: null,
        },
      ],
    })
    expect(
      publicityCutShort.evaluate(f, cal, '2026-06-24T00:00:00.000Z').map((a) => a.params.required),
    ).toEqual([
      '2026-06-29', // 06-27 is a Saturday: the period ends on Monday
    ])
    f.announcements[0]!.dates.publicityEnd = '2026-06-29'
    expect(publicityCutShort.evaluate(f, cal, '2026-06-24T00:00:00.000Z')).toEqual([])
  })

  it('an opening within three days without an opening room; not earlier, not once terminated', () => {
    const f = facts({
      lots: [{ id: 'l1', name: '第一标段', openingAt: '2026-06-22T02:30:00.000Z', hasOpeningRoom: false }],
    })
    expect(openingWithoutVenue.evaluate(f, cal, '2026-06-18T00:00:00.000Z')).toEqual([])
    expect(openingWithoutVenue.evaluate(f, cal, '2026-06-19T03:00:00.000Z')).toHaveLength(1)
    expect(
      openingWithoutVenue.evaluate({ ...f, status: 'terminated' }, cal, '2026-06-22T00:00:00.000Z'),
    ).toEqual([])
  })
})

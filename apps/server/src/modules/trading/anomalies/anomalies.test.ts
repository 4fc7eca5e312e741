import { describe, expect, it } from 'vitest'
import { chineseDaysOverrides } from '../../calendar/chinese-days-seed'
import { WorkingCalendar } from '../../calendar/working-days'
import { STATUTORY_TIMETABLE } from '../statutory-timetable'
import type { ProjectFacts } from './anomaly'
import { evaluateAnomalies } from './index'
import { openingWithoutVenue } from './opening-without-venue'
import { periodShorterThanTimetable } from './period-shorter-than-timetable'
import { publicityCutShort } from './publicity-cut-short'
import { complaintUndecided } from './complaint-undecided'
import { contractNotFiled } from './contract-not-filed'
import { contractNotSigned } from './contract-not-signed'
import { objectionUnanswered } from './objection-unanswered'
import { resultReportLate } from './result-report-late'

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

  it('an objection or challenge unanswered past its limit; a complaint undecided past its limit', () => {
    const f = facts({
      today: '2026-06-16',
      disputes: [
        { id: 'o1', kind: 'objection', status: 'open', filedOn: '2026-06-12', dueOn: '2026-06-15' },
        { id: 'o2', kind: 'objection', status: 'answered', filedOn: '2026-06-12', dueOn: '2026-06-15' },
        { id: 'o3', kind: 'objection', status: 'open', filedOn: '2026-06-13', dueOn: '2026-06-16' },
        { id: 'c1', kind: 'complaint', status: 'open', filedOn: '2026-05-01', dueOn: '2026-06-15' },
        { id: 'c2', kind: 'complaint', status: 'decided', filedOn: '2026-05-01', dueOn: '2026-06-15' },
      ],
    })
    expect(objectionUnanswered.evaluate(f, cal, '').map((a) => a.subjectId)).toEqual(['o1'])
    expect(complaintUndecided.evaluate(f, cal, '').map((a) => a.subjectId)).toEqual(['c1'])
    expect(objectionUnanswered.evaluate({ ...f, today: '2026-06-15' }, cal, '')).toEqual([])
  })

  it('a contract not signed within 30 days of the award notice: pending past the limit, or signed late', () => {
    const lot = {
      id: 'l1',
      name: '第一标段',
      openingAt: null,
      hasOpeningRoom: true,
      awardNoticeOn: '2026-07-01',
    }
    const f = facts({ status: 'awarded', lots: [lot], today: '2026-07-31' })
    expect(contractNotSigned.evaluate(f, cal, '')).toEqual([]) // 07-31 is the 30th day
    const pending = contractNotSigned.evaluate({ ...f, today: '2026-08-01' }, cal, '')
    expect(pending.map((a) => a.params)).toEqual([
      { lot: '第一标段', basis: '招标投标法 第46条', awardNoticeOn: '2026-07-01', required: '2026-07-31' },
    ])
    const signedLate = contractNotSigned.evaluate(
      { ...f, today: '2026-09-01', lots: [{ ...lot, contractSignedOn: '2026-08-03' }] },
      cal,
      '',
    )
    expect(signedLate[0]?.params.actual).toBe('2026-08-03')
    expect(
      contractNotSigned.evaluate(
        { ...f, today: '2026-09-01', lots: [{ ...lot, contractSignedOn: '2026-07-30' }] },
        cal,
        '',
      ),
    ).toEqual([])
  })

  it('a procurement contract not filed within 7 working days; a works report not within 15 days', () => {
    const procurement = facts({
      ctx: { category: 'procurement', method: 'open_tender', isLegallyRequired: true },
      status: 'awarded',
      today: '2026-09-30',
      lots: [
        {
          id: 'l1',
          name: '包1',
          openingAt: null,
          hasOpeningRoom: true,
          awardNoticeOn: '2026-09-10',
          contractSignedOn: '2026-09-21', // Monday; 09-25 (中秋) and 10-01..07 (国庆) are holidays
        },
      ],
    })
    expect(contractNotFiled.evaluate(procurement, cal, '')).toEqual([])
    // the 7th working day after 09-21 is 10-08: late from 10-09
    expect(contractNotFiled.evaluate({ ...procurement, today: '2026-10-08' }, cal, '')).toEqual([])
    expect(
      contractNotFiled
        .evaluate({ ...procurement, today: '2026-10-09' }, cal, '')
        .map((a) => a.params.required),
    ).toEqual(['2026-10-08'])
    expect(resultReportLate.evaluate(procurement, cal, '')).toEqual([]) // works only

    const works = facts({
      status: 'awarded',
      today: '2026-07-17',
      lots: [
        { id: 'l1', name: '第一标段', openingAt: null, hasOpeningRoom: true, awardNoticeOn: '2026-07-01' },
      ],
    })
    expect(resultReportLate.evaluate(works, cal, '')).toHaveLength(1) // 07-16 was the last day
    expect(
      resultReportLate.evaluate(
        { ...works, lots: [{ ...works.lots[0]!, resultReportOn: '2026-07-15' }] },
        cal,
        '',
      ),
    ).toEqual([])
    expect(
      resultReportLate.evaluate({ ...works, ctx: { ...works.ctx, isLegallyRequired: false } }, cal, ''),
    ).toEqual([])
  })
})

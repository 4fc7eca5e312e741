import { describe, expect, it } from 'vitest'
import { chineseDaysOverrides } from '../calendar/chinese-days-seed'
import { WorkingCalendar } from '../calendar/working-days'
import { projectDueDates } from './projected-due'

const cal = new WorkingCalendar(chineseDaysOverrides(2026), [2026])
const doc = { promisedLimitDays: 10, legalLimitDays: 20 }
// accepted Mon 03-02: due 03-16 (promised), 03-30 (legal); a special procedure began Wed 03-04
const stored = { dueOn: '2026-03-16', legalDueOn: '2026-03-30', isDueProvisional: false }
const running = [{ from: '2026-03-04', to: null }]
const c = (status: string) => ({
  status,
  acceptedOn: '2026-03-02',
  extensionDays: 0,
  stored,
  taskLimits: [{ id: 't1', limitDays: 5 }],
})

describe('projectDueDates', () => {
  it('moves the due dates with a running pause, day by day', () => {
    // on the day it began: the stored dates
    expect(projectDueDates(cal, c('special_procedure'), doc, running, '2026-03-04')).toMatchObject(stored)
    // Mon 03-09: 03-05, 03-06, 03-09 paused → three working days later
    const p = projectDueDates(cal, c('special_procedure'), doc, running, '2026-03-09')
    expect(p).toMatchObject({ dueOn: '2026-03-19', legalDueOn: '2026-04-02' })
    // the task (5 days: 03-09 before the pause) moves too
    expect(p.tasks.get('t1')).toBe('2026-03-12')
    expect(projectDueDates(cal, c('supplement_requested'), doc, running, '2026-03-10').dueOn).toBe(
      '2026-03-20',
    )
  })

  it('keeps the stored dates outside a pause or before acceptance', () => {
    expect(
      projectDueDates(cal, c('in_progress'), doc, [{ from: '2026-03-04', to: '2026-03-09' }], '2026-03-12'),
    ).toMatchObject(stored)
    expect(
      projectDueDates(cal, { ...c('special_procedure'), acceptedOn: null }, doc, running, '2026-03-09'),
    ).toMatchObject(stored)
  })

  it('counts granted extensions', () => {
    const p = projectDueDates(
      cal,
      { ...c('special_procedure'), extensionDays: 2 },
      doc,
      running,
      '2026-03-09',
    )
    expect(p.dueOn).toBe('2026-03-23')
  })
})

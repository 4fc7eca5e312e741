import { describe, expect, it } from 'vitest'
import { WorkingCalendar } from '../../calendar/working-days'
import { rules, ruleByCode, type CaseFacts, type RuleContext } from './index'

// 2026-04-03..05 Qingming holiday (Fri–Sun); 2026 loaded
const cal = new WorkingCalendar([{ date: '2026-04-03', kind: 'holiday', name: '清明节' }], [2026])
const ctx = (today: string, over: Partial<RuleContext['settings']> = {}): RuleContext => ({
  cal,
  today,
  now: new Date(`${today}T04:00:00.000Z`),
  settings: { yellowDays: () => 1, completedTooFastMinutes: 30, ...over },
})
const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  id: 'case-1',
  number: '6501002026033000001',
  departmentId: 'dept-lead',
  windowId: null,
  matterType: 'licensing',
  status: 'in_progress',
  acceptedOn: '2026-03-30',
  intakeDueOn: '2026-04-07',
  promisedDays: 5,
  extensionDays: 0,
  receivedAt: '2026-03-30T02:00:00.000Z',
  completedAt: null,
  completedOn: null,
  correctionCount: 0,
  pauses: [],
  tasks: [],
  deferredMaterials: [],
  fees: [],
  extensions: [],
  ...over,
})
const run = (code: string, f: CaseFacts, c: RuleContext) => ruleByCode.get(code)!.evaluate(f, c)

describe('anomaly rules', () => {
  it('have unique codes, a severity and a Chinese message', () => {
    expect(new Set(rules.map((r) => r.code)).size).toBe(rules.length)
    for (const r of rules) {
      expect(r.code).toMatch(/^[A-Z_]+$/)
      expect(['warning', 'serious']).toContain(r.severity)
      expect(
        r.describe({
          dueOn: '2026-04-01',
          overdueDays: 1,
          notices: 2,
          procedure: 'hearing',
          days: 3,
          maxDays: 2,
          position: 0,
          name: '工本费',
          amount: 5,
          catalogAmount: 0,
          minutes: 3,
          promisedDays: 5,
          requestedOn: '2026-04-01',
        }),
      ).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('CASE_OVERDUE: red after the due date (across the holiday), keyed by the missed due date', () => {
    // accepted Mon 03-30, 5 days: 03-31, 04-01, 04-02, 04-06, 04-07 (04-03 is a holiday)
    expect(run('CASE_OVERDUE', facts(), ctx('2026-04-07'))).toEqual([])
    const found = run('CASE_OVERDUE', facts(), ctx('2026-04-08'))
    expect(found).toEqual([
      {
        subjectKind: 'case',
        subjectId: 'case-1',
        occurrence: '2026-04-07',
        departmentId: 'dept-lead',
        params: { dueOn: '2026-04-07', overdueDays: 1 },
      },
    ])
    // an extension moves the due date: no longer overdue
    expect(run('CASE_OVERDUE', facts({ extensionDays: 2 }), ctx('2026-04-08'))).toEqual([])
    // a pause that began before the due date stops the clock
    expect(
      run(
        'CASE_OVERDUE',
        facts({
          status: 'supplement_requested',
          pauses: [
            { id: 'p', kind: 'supplement', procedure: null, maxDays: null, from: '2026-04-01', to: null },
          ],
        }),
        ctx('2026-04-20'),
      ),
    ).toEqual([])
    expect(run('CASE_OVERDUE', facts({ status: 'completed' }), ctx('2026-04-20'))).toEqual([])
  })

  it('TASK_OVERDUE: a task past its own limit, answered by the department holding it', () => {
    const f = facts({
      promisedDays: 10,
      tasks: [
        { id: 't1', holderDepartmentId: 'dept-fire', status: 'open', limitDays: 2 },
        { id: 't2', holderDepartmentId: 'dept-x', status: 'done', limitDays: 1 },
      ],
    })
    expect(run('CASE_OVERDUE', f, ctx('2026-04-06'))).toEqual([])
    expect(run('TASK_OVERDUE', f, ctx('2026-04-06'))).toEqual([
      {
        subjectKind: 'task',
        subjectId: 't1',
        occurrence: '2026-04-01',
        departmentId: 'dept-fire',
        params: { dueOn: '2026-04-01', overdueDays: 2 },
      },
    ])
  })

  it('INTAKE_OVERDUE: still received after the intake due date', () => {
    const f = facts({ status: 'received', acceptedOn: null, intakeDueOn: '2026-04-02' })
    expect(run('INTAKE_OVERDUE', f, ctx('2026-04-02'))).toEqual([])
    expect(run('INTAKE_OVERDUE', f, ctx('2026-04-06'))).toMatchObject([
      { occurrence: '2026-04-02', params: { overdueDays: 1 } },
    ])
    expect(run('INTAKE_OVERDUE', { ...f, status: 'correction_requested' }, ctx('2026-04-06'))).toEqual([])
  })

  it('CORRECTION_REPEATED: a second notice, and each further one', () => {
    expect(run('CORRECTION_REPEATED', facts({ correctionCount: 1 }), ctx('2026-04-01'))).toEqual([])
    expect(run('CORRECTION_REPEATED', facts({ correctionCount: 2 }), ctx('2026-04-01'))).toMatchObject([
      { occurrence: '2', params: { notices: 2 } },
    ])
    expect(run('CORRECTION_REPEATED', facts({ correctionCount: 3 }), ctx('2026-04-01'))[0]?.occurrence).toBe(
      '3',
    )
  })

  it('SPECIAL_PROCEDURE_OVER_MAX: running or ended beyond its maximum in working days', () => {
    const pause = {
      id: 'sp',
      kind: 'special_procedure' as const,
      procedure: 'site_inspection',
      maxDays: 3,
      from: '2026-03-31',
      to: null,
    }
    expect(run('SPECIAL_PROCEDURE_OVER_MAX', facts({ pauses: [pause] }), ctx('2026-04-03'))).toEqual([]) // 04-01, 04-02: 2 days
    expect(run('SPECIAL_PROCEDURE_OVER_MAX', facts({ pauses: [pause] }), ctx('2026-04-07'))).toMatchObject([
      { subjectId: 'sp', params: { days: 4, maxDays: 3 } },
    ])
    expect(
      run(
        'SPECIAL_PROCEDURE_OVER_MAX',
        facts({ pauses: [{ ...pause, to: '2026-04-02' }] }),
        ctx('2026-05-01'),
      ),
    ).toEqual([])
    expect(
      run(
        'SPECIAL_PROCEDURE_OVER_MAX',
        facts({ pauses: [{ ...pause, kind: 'supplement', maxDays: null }] }),
        ctx('2026-05-01'),
      ),
    ).toEqual([])
  })

  it('DEFERRED_MATERIAL_LATE: a 容缺 material not supplied by its deadline', () => {
    const m = { id: 'm1', position: 2, status: 'deferred', supplyDueOn: '2026-04-02' }
    expect(run('DEFERRED_MATERIAL_LATE', facts({ deferredMaterials: [m] }), ctx('2026-04-02'))).toEqual([])
    expect(run('DEFERRED_MATERIAL_LATE', facts({ deferredMaterials: [m] }), ctx('2026-04-03'))).toMatchObject(
      [{ subjectKind: 'material', subjectId: 'm1', params: { position: 2 } }],
    )
    expect(
      run(
        'DEFERRED_MATERIAL_LATE',
        facts({ deferredMaterials: [{ ...m, status: 'supplied' }] }),
        ctx('2026-04-20'),
      ),
    ).toEqual([])
  })

  it('FEE_MISMATCH: charged differs from the catalog, or is not in it', () => {
    const fees = [
      { id: 'f1', name: '工本费', amount: 120, catalogAmount: 120 },
      { id: 'f2', name: '证照费', amount: 80, catalogAmount: 60 },
      { id: 'f3', name: '加急费', amount: 50, catalogAmount: null },
      { id: 'f4', name: '其他', amount: 0, catalogAmount: null },
    ]
    expect(run('FEE_MISMATCH', facts({ fees }), ctx('2026-04-01')).map((f) => f.subjectId)).toEqual([
      'f2',
      'f3',
    ])
  })

  it('COMPLETED_TOO_FAST: a non-instant matter completed within the threshold (configurable)', () => {
    const f = facts({
      status: 'completed',
      receivedAt: '2026-03-30T02:00:00.000Z',
      completedAt: '2026-03-30T02:10:00.000Z',
      completedOn: '2026-03-30',
    })
    expect(run('COMPLETED_TOO_FAST', f, ctx('2026-03-30'))).toMatchObject([
      { params: { minutes: 10, promisedDays: 5 } },
    ])
    expect(run('COMPLETED_TOO_FAST', f, ctx('2026-03-30', { completedTooFastMinutes: 5 }))).toEqual([])
    expect(run('COMPLETED_TOO_FAST', { ...f, promisedDays: 0 }, ctx('2026-03-30'))).toEqual([])
  })

  it('EXTENSION_ON_LAST_DAY: asked on the due date, not before; counts earlier approved extensions', () => {
    // due 04-07 (see CASE_OVERDUE)
    const early = { id: 'a1', days: 3, status: 'approved', requestedOn: '2026-04-06' }
    expect(run('EXTENSION_ON_LAST_DAY', facts({ extensions: [early] }), ctx('2026-04-10'))).toEqual([])
    const last = { id: 'a2', days: 3, status: 'pending', requestedOn: '2026-04-07' }
    expect(run('EXTENSION_ON_LAST_DAY', facts({ extensions: [last] }), ctx('2026-04-10'))).toMatchObject([
      { subjectId: 'a2', params: { dueOn: '2026-04-07' } },
    ])
    // after an approved extension of 3 the due date is 04-10: asking on 04-07 is in time
    expect(
      run(
        'EXTENSION_ON_LAST_DAY',
        facts({ extensions: [early, { ...last, requestedOn: '2026-04-07' }] }),
        ctx('2026-04-10'),
      ),
    ).toEqual([])
    // a pause before the request moves the due date too
    const paused = facts({
      extensions: [last],
      pauses: [
        { id: 'p', kind: 'supplement', procedure: null, maxDays: null, from: '2026-04-01', to: '2026-04-02' },
      ],
    })
    expect(run('EXTENSION_ON_LAST_DAY', paused, ctx('2026-04-10'))).toEqual([])
  })
})

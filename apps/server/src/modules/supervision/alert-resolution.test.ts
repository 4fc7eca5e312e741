import { describe, expect, it } from 'vitest'
import { clearedAlerts } from './alert-resolution'
import type { CaseFacts } from './rules'

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  id: 'c1',
  number: 'N1',
  departmentId: 'd1',
  windowId: null,
  matterType: 'licensing',
  status: 'in_progress',
  acceptedOn: '2026-03-02',
  intakeDueOn: '2026-03-09',
  promisedDays: 10,
  extensionDays: 0,
  correctionCount: 0,
  receivedAt: '2026-03-02T02:00:00.000Z',
  completedAt: null,
  completedOn: null,
  pauses: [],
  tasks: [],
  deferredMaterials: [],
  fees: [],
  extensions: [],
  ...over,
})
const alert = (
  id: string,
  code: string,
  kind: 'case' | 'task' | 'material' | 'fee',
  subjectId = 'c1',
  caseId = 'c1',
) => ({ id, code, case_id: caseId, subject_kind: kind, subject_id: subjectId })

describe('clearedAlerts', () => {
  it('resolves what the rule no longer finds on a case still open', () => {
    const inHand = [
      alert('a1', 'CASE_OVERDUE', 'case'),
      alert('a2', 'DEFERRED_MATERIAL_LATE', 'material', 'm1'),
      alert('a3', 'FEE_MISMATCH', 'fee', 'f1'),
    ]
    expect(clearedAlerts(inHand, new Map([['c1', facts()]]), [])).toEqual(['a1', 'a2', 'a3'])
  })

  it('keeps what is still found (another occurrence of the same subject counts)', () => {
    const inHand = [alert('a1', 'CASE_OVERDUE', 'case')]
    expect(
      clearedAlerts(inHand, new Map([['c1', facts()]]), [
        { code: 'CASE_OVERDUE', subject_kind: 'case', subject_id: 'c1' },
      ]),
    ).toEqual([])
  })

  it('keeps lateness that was finished late, events that happened, and cases the sweep did not look at', () => {
    const done = facts({ status: 'completed', completedOn: '2026-03-20' })
    expect(clearedAlerts([alert('a1', 'CASE_OVERDUE', 'case')], new Map([['c1', done]]), [])).toEqual([])
    // the task is done (late): its alert stays; an open task no longer late is cleared
    const withTasks = facts({
      tasks: [
        { id: 't1', holderDepartmentId: 'd2', status: 'done', limitDays: 5 },
        { id: 't2', holderDepartmentId: 'd2', status: 'open', limitDays: 5 },
      ],
    })
    expect(
      clearedAlerts(
        [alert('a1', 'TASK_OVERDUE', 'task', 't1'), alert('a2', 'TASK_OVERDUE', 'task', 't2')],
        new Map([['c1', withTasks]]),
        [],
      ),
    ).toEqual(['a2'])
    // decided late: the intake alert stays
    expect(clearedAlerts([alert('a1', 'INTAKE_OVERDUE', 'case')], new Map([['c1', facts()]]), [])).toEqual([])
    expect(
      clearedAlerts([alert('a1', 'CORRECTION_REPEATED', 'case')], new Map([['c1', facts()]]), []),
    ).toEqual([])
    expect(
      clearedAlerts([alert('a1', 'CASE_OVERDUE', 'case', 'c2', 'c2')], new Map([['c1', facts()]]), []),
    ).toEqual([])
  })
})

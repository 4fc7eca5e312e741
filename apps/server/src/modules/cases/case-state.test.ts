import { caseActions, caseStatuses, type CaseAction, type CaseStatus } from '@yimin/shared'
import { describe, expect, it } from 'vitest'
import { allowedActions, isClosedStatus, isOpenStatus, isPausedStatus, nextStatus } from './case-state'

/** Every allowed transition, written out once more by hand: the test fails if the table drifts. */
const allowed: Array<[CaseStatus, CaseAction, CaseStatus]> = [
  ['received', 'request_correction', 'correction_requested'],
  ['correction_requested', 'resubmit', 'received'],
  ['received', 'accept', 'in_progress'],
  ['received', 'refuse', 'refused'],
  ['in_progress', 'request_supplement', 'supplement_requested'],
  ['supplement_requested', 'supply', 'in_progress'],
  ['in_progress', 'start_special_procedure', 'special_procedure'],
  ['special_procedure', 'end_special_procedure', 'in_progress'],
  ['in_progress', 'complete', 'completed'],
  ['completed', 'deliver', 'delivered'],
  ['received', 'withdraw', 'withdrawn'],
  ['correction_requested', 'withdraw', 'withdrawn'],
  ['in_progress', 'withdraw', 'withdrawn'],
  ['supplement_requested', 'withdraw', 'withdrawn'],
  ['special_procedure', 'withdraw', 'withdrawn'],
  ['completed', 'revoke', 'revoked'],
  ['delivered', 'revoke', 'revoked'],
]

describe('case state machine', () => {
  it.each(allowed)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to)
  })

  it('refuses every other pair', () => {
    const ok = new Set(allowed.map(([f, a]) => `${f}|${a}`))
    let refused = 0
    for (const from of caseStatuses) {
      for (const action of caseActions) {
        if (ok.has(`${from}|${action}`)) continue
        expect(nextStatus(from, action), `${from} --${action}`).toBeNull()
        refused++
      }
    }
    expect(refused).toBe(caseStatuses.length * caseActions.length - allowed.length)
  })

  it('cannot accept twice, complete before acceptance, or act on a closed case', () => {
    expect(nextStatus('in_progress', 'accept')).toBeNull()
    expect(nextStatus('received', 'complete')).toBeNull()
    for (const closed of ['refused', 'withdrawn', 'revoked'] as const)
      expect(allowedActions(closed)).toEqual([])
    expect(allowedActions('delivered')).toEqual(['revoke'])
  })

  it('pauses the clock only for a supplement or a special procedure', () => {
    expect(caseStatuses.filter(isPausedStatus)).toEqual(['supplement_requested', 'special_procedure'])
    expect(caseStatuses.filter(isClosedStatus)).toEqual([
      'refused',
      'completed',
      'delivered',
      'withdrawn',
      'revoked',
    ])
    expect(isOpenStatus('correction_requested')).toBe(true)
  })
})

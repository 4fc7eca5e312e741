import type { CaseAction, CaseStatus } from '@yimin/shared'

/**
 * The case state machine (PRODUCT.md 2.3), pure. One table says which action moves a case
 * from which status to which; everything else is refused (CASE_INVALID_TRANSITION).
 *
 *   received ─request_correction→ correction_requested ─resubmit→ received
 *   received ─accept→ in_progress          received ─refuse→ refused
 *   in_progress ─request_supplement→ supplement_requested ─supply→ in_progress
 *   in_progress ─start_special_procedure→ special_procedure ─end_special_procedure→ in_progress
 *   in_progress ─complete→ completed ─deliver→ delivered
 *   any open status ─withdraw→ withdrawn;  completed | delivered ─revoke→ revoked
 *
 * A second correction notice on one application (correction_requested → received →
 * correction_requested again) is allowed but counted: supervision flags it.
 */
const table: Record<CaseAction, Partial<Record<CaseStatus, CaseStatus>>> = {
  request_correction: { received: 'correction_requested' },
  resubmit: { correction_requested: 'received' },
  accept: { received: 'in_progress' },
  refuse: { received: 'refused' },
  request_supplement: { in_progress: 'supplement_requested' },
  supply: { supplement_requested: 'in_progress' },
  start_special_procedure: { in_progress: 'special_procedure' },
  end_special_procedure: { special_procedure: 'in_progress' },
  complete: { in_progress: 'completed' },
  deliver: { completed: 'delivered' },
  withdraw: {
    received: 'withdrawn',
    correction_requested: 'withdrawn',
    in_progress: 'withdrawn',
    supplement_requested: 'withdrawn',
    special_procedure: 'withdrawn',
  },
  revoke: { completed: 'revoked', delivered: 'revoked' },
}

/** The status an action leads to from a status, or null when the action is not allowed there. */
export function nextStatus(from: CaseStatus, action: CaseAction): CaseStatus | null {
  return table[action][from] ?? null
}

/** Actions allowed in a status (the screens show only these). */
export function allowedActions(from: CaseStatus): CaseAction[] {
  return (Object.keys(table) as CaseAction[]).filter((a) => table[a][from] !== undefined)
}

/** The clock does not run in these statuses (补正 during processing, 特别程序). */
export const isPausedStatus = (s: CaseStatus): boolean =>
  s === 'supplement_requested' || s === 'special_procedure'

/** Before acceptance: the intake decision limit applies. */
export const isIntakeStatus = (s: CaseStatus): boolean => s === 'received' || s === 'correction_requested'

/** Finished for good: no deadline applies any more. */
export const isClosedStatus = (s: CaseStatus): boolean =>
  s === 'refused' || s === 'completed' || s === 'delivered' || s === 'withdrawn' || s === 'revoked'

/** Still being worked on (intake or processing, paused or not). */
export const isOpenStatus = (s: CaseStatus): boolean => !isClosedStatus(s)

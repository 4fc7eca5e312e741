import { badRatingNotRectified } from './bad-rating-not-rectified'
import { caseOverdue } from './case-overdue'
import { completedTooFast } from './completed-too-fast'
import { correctionRepeated } from './correction-repeated'
import { deferredMaterialLate } from './deferred-material-late'
import { extensionOnLastDay } from './extension-on-last-day'
import { feeMismatch } from './fee-mismatch'
import { intakeOverdue } from './intake-overdue'
import type { Rule } from './rule'
import { specialProcedureOverMax } from './special-procedure-over-max'
import { taskOverdue } from './task-overdue'

/**
 * Every anomaly rule the sweep runs. Add a rule: a file here and a line in this list.
 * BAD_RATING_NOT_RECTIFIED finds nothing in case facts: the ratings module feeds it rectifications (rating-alerts.ts).
 */
export const rules: readonly Rule[] = [
  caseOverdue,
  taskOverdue,
  intakeOverdue,
  correctionRepeated,
  specialProcedureOverMax,
  deferredMaterialLate,
  feeMismatch,
  completedTooFast,
  extensionOnLastDay,
  badRatingNotRectified,
]

export const ruleCodes = rules.map((r) => r.code)
export const ruleByCode = new Map(rules.map((r) => [r.code, r]))
export type { CaseFacts, Finding, Rule, RuleContext } from './rule'

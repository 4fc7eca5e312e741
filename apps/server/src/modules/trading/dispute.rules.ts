import type { DisputeKind, TimetableRule, TimetableStep, TimetableViolation } from '@yimin/shared'
import type { WorkingCalendar } from '../calendar/working-days'
import { checkRule, periodEnd, ruleFor, type TimetableContext } from './timetable.rules'

/**
 * The limits of objections (异议), challenges (质疑) and complaints (投诉), pure, from the
 * timetable's rules (so a stricter version an administrator published applies):
 * - an objection to the documents (works) is filed at least 10 days before the bid deadline
 *   (实施条例 第22条); during the candidates publicity it is an objection to the candidates
 *   (第54条); either is answered within 3 days of receipt;
 * - a challenge (procurement) is filed within 7 working days of knowing (政府采购法 第52条) and
 *   answered within 7 working days (第53条);
 * - a complaint is filed within 10 days of knowing (works, 实施条例 第60条) or 15 working days
 *   after the challenge's answer (procurement, 政府采购法 第55条). Works: the department decides
 *   within 3 working days of receipt whether to accept it (受理), then within 30 working days of
 *   accepting it (实施条例 第61条); procurement: decided within 30 working days of receipt
 *   (政府采购法 第56条). A complaint filed late is recorded as not accepted (不予受理).
 * Dates are local 'YYYY-MM-DD'.
 */
export interface DisputeInput {
  kind: DisputeKind
  filedOn: string
  knownOn: string | null
  /** the project's stage: an objection in 'publicity' is one to the candidates */
  status: string
  /** the local date of the bid deadline in force, if any */
  bidDeadlineDate: string | null
}

export type DisputeLimits =
  | { ok: true; dueOn: string; rule: TimetableRule; isProvisional: boolean }
  | { ok: false; problem: 'no_rule' | 'no_deadline' | 'known_required' }
  | { ok: false; problem: 'late'; violation: TimetableViolation }

const steps: Record<DisputeKind, { filing: TimetableStep; answer: TimetableStep }> = {
  objection: { filing: 'objection_before_deadline', answer: 'objection_answer' },
  challenge: { filing: 'challenge_filing', answer: 'challenge_answer' },
  complaint: { filing: 'complaint_filing', answer: 'complaint_decision' },
}

export function disputeLimits(
  cal: WorkingCalendar,
  rules: readonly TimetableRule[],
  ctx: TimetableContext,
  input: DisputeInput,
): DisputeLimits {
  const { filing } = steps[input.kind]
  // a works complaint is first accepted (受理) or not; timetables without that step decide at once
  const acceptance = input.kind === 'complaint' ? ruleFor(rules, 'complaint_acceptance', ctx) : null
  const answerRule = acceptance ?? ruleFor(rules, steps[input.kind].answer, ctx)
  if (!answerRule) return { ok: false, problem: 'no_rule' }
  const filingRule = ruleFor(rules, filing, ctx)
  let late: TimetableViolation | null = null
  if (input.kind === 'objection') {
    // objections to the candidates (publicity) have no filing rule of their own here
    if (input.status !== 'publicity') {
      if (!input.bidDeadlineDate) return { ok: false, problem: 'no_deadline' }
      if (filingRule) late = checkRule(cal, filingRule, input.bidDeadlineDate, input.filedOn)
    }
  } else {
    if (!input.knownOn) return { ok: false, problem: 'known_required' }
    if (filingRule) late = checkRule(cal, filingRule, input.knownOn, input.filedOn)
  }
  if (late) return { ok: false, problem: 'late', violation: late }
  const due = periodEnd(cal, input.filedOn, answerRule.days, answerRule.unit)
  return { ok: true, dueOn: due.date, rule: answerRule, isProvisional: due.isProvisional }
}

/** The decision's limit of a complaint accepted on `acceptedOn` (30 working days, 第61条). */
export function complaintDecisionDue(
  cal: WorkingCalendar,
  rules: readonly TimetableRule[],
  ctx: TimetableContext,
  acceptedOn: string,
): { dueOn: string; rule: TimetableRule } | null {
  const rule = ruleFor(rules, 'complaint_decision', ctx)
  if (!rule) return null
  return { dueOn: periodEnd(cal, acceptedOn, rule.days, rule.unit).date, rule }
}

/** Whether a complaint waits for acceptance (受理) under these rules (works). */
export function needsAcceptance(rules: readonly TimetableRule[], ctx: TimetableContext): boolean {
  return ruleFor(rules, 'complaint_acceptance', ctx) !== null
}

/** Which kinds of dispute a category knows: objections in works, challenges in procurement. */
export function disputeAllowed(kind: DisputeKind, category: string): boolean {
  if (kind === 'objection') return category === 'works'
  if (kind === 'challenge') return category === 'procurement'
  return category === 'works' || category === 'procurement'
}

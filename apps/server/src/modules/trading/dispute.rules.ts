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
 *   after the challenge's answer (procurement, 政府采购法 第55条) and decided within 30 working
 *   days (实施条例 第61条, 政府采购法 第56条; counted here from receipt, see docs).
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
  const { filing, answer } = steps[input.kind]
  const answerRule = ruleFor(rules, answer, ctx)
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

/** Which kinds of dispute a category knows: objections in works, challenges in procurement. */
export function disputeAllowed(kind: DisputeKind, category: string): boolean {
  if (kind === 'objection') return category === 'works'
  if (kind === 'challenge') return category === 'procurement'
  return category === 'works' || category === 'procurement'
}

import type {
  DayUnit,
  TimetableRule,
  TimetableStep,
  TimetableViolation,
  TradingCategory,
  TradingMethod,
} from '@yimin/shared'
import { formatDate, parseDate } from '../calendar/civil-dates'
import type { WorkingCalendar } from '../calendar/working-days'
import { COMMITTEE_RULES, type CommitteeRule } from './statutory-timetable'

/**
 * The legal timetable, pure: which rule applies to a project, the dates a rule allows, and
 * whether given dates satisfy it. Dates are 'YYYY-MM-DD' in the center's time zone.
 *
 * Counting (民法典 第201、203条, as the timetable's rules are read):
 * - a period counted in days starts the day after its trigger (the trigger day is not counted);
 * - a period whose last day is a rest day or holiday ends on the next working day; a make-up
 *   working day (调休上班) is a working day;
 * - working days are counted on the center's calendar (holidays, 调休), the start day excluded;
 * - "N days before the deadline" counts back from the deadline, the deadline day excluded: the
 *   latest day allowed is deadline − N (calendar) or the N-th working day before the deadline.
 * Every result says whether it touches a year whose holidays are not loaded (provisional).
 */
export interface TimetableContext {
  category: TradingCategory
  method: TradingMethod
  isLegallyRequired: boolean
}

export interface DateResult {
  date: string
  isProvisional: boolean
}

/** The rule of a step for a project, or null when the step has no rule for it. */
export function ruleFor(
  rules: readonly TimetableRule[],
  step: TimetableStep,
  ctx: TimetableContext,
): TimetableRule | null {
  for (const r of rules) {
    if (r.step !== step) continue
    if (!r.categories.includes(ctx.category)) continue
    if (r.methods.length > 0 && !r.methods.includes(ctx.method)) continue
    if (r.legallyRequiredOnly && !ctx.isLegallyRequired) continue
    return r
  }
  return null
}

const shift = (date: string, days: number) => formatDate(parseDate(date) + days)

/** The first working day on or after `date`. */
export function nextWorkingDay(cal: WorkingCalendar, date: string): string {
  let d = parseDate(date)
  // a run of rest days is never longer than a few weeks; the bound guards a broken calendar
  for (let i = 0; i < 366 && !cal.isWorkingDay(formatDate(d)); i++) d += 1
  return formatDate(d)
}

/**
 * The last day of a period of `days` days after `from` (not counted): from + days rolled to
 * the next working day (calendar days), or the days-th working day after `from` (working days).
 * days = 0: `from` itself.
 */
export function periodEnd(cal: WorkingCalendar, from: string, days: number, unit: DayUnit): DateResult {
  if (days === 0) return { date: from, isProvisional: cal.dayInfo(from).isProvisional }
  if (unit === 'working') return cal.addWorkingDays(from, days)
  const date = nextWorkingDay(cal, shift(from, days))
  return { date, isProvisional: cal.countWorkingDays(from, date).isProvisional }
}

/**
 * The latest day an action may take place to be at least `days` days before `deadline`, the
 * deadline day excluded: deadline − days (calendar), or the days-th working day counted back
 * from the day before the deadline (working days).
 */
export function latestBefore(
  cal: WorkingCalendar,
  deadline: string,
  days: number,
  unit: DayUnit,
): DateResult {
  const end = parseDate(deadline)
  if (unit === 'calendar' || days === 0) {
    const date = formatDate(end - days)
    return { date, isProvisional: cal.countWorkingDays(date, deadline).isProvisional }
  }
  let d = end
  let counted = 0
  while (counted < days) {
    d -= 1
    if (cal.isWorkingDay(formatDate(d))) counted += 1
  }
  const date = formatDate(d)
  return { date, isProvisional: cal.countWorkingDays(date, deadline).isProvisional }
}

/**
 * Checks one rule. For `min_after` and `max_after`, `trigger` is the start and `action` the
 * end (the deadline, the last day of sale, the answer); for `min_before`, `action` is the act
 * (a clarification) and `trigger` the deadline it must precede. Null when satisfied.
 */
export function checkRule(
  cal: WorkingCalendar,
  rule: TimetableRule,
  trigger: string,
  action: string,
): TimetableViolation | null {
  const bound =
    rule.kind === 'min_before'
      ? latestBefore(cal, trigger, rule.days, rule.unit)
      : periodEnd(cal, trigger, rule.days, rule.unit)
  const ok = rule.kind === 'min_after' ? action >= bound.date : action <= bound.date
  if (ok) return null
  return {
    ruleId: rule.id,
    step: rule.step,
    basis: rule.basis,
    days: rule.days,
    unit: rule.unit,
    kind: rule.kind,
    actual: action,
    required: bound.date,
    isProvisional: bound.isProvisional,
  }
}

/**
 * A `min_before` rule broken by an act on `actDate`: the earliest deadline that satisfies it
 * (a late change moves the deadline there), a working day so the period does not end on a
 * rest day.
 */
export function earliestDeadlineAfter(
  cal: WorkingCalendar,
  rule: TimetableRule,
  actDate: string,
): DateResult {
  let d = parseDate(actDate) + rule.days
  while (latestBefore(cal, formatDate(d), rule.days, rule.unit).date < actDate) d += 1
  const date = nextWorkingDay(cal, formatDate(d))
  return { date, isProvisional: cal.countWorkingDays(actDate, date).isProvisional }
}

// ---- versions edited by administrators ----

export interface TimetableEditProblem {
  ruleId: string
  problem: 'unknown_rule' | 'laxer_than_statute'
  statutoryDays: number | null
  days: number
}

/**
 * Applies an administrator's changes to the current rules. A change may only make a rule
 * stricter than the statutory table: a longer minimum period, a shorter time limit. Returns the
 * new rules, or the problems (nothing applied).
 */
export function applyTimetableEdit(
  statutory: readonly TimetableRule[],
  current: readonly TimetableRule[],
  changes: ReadonlyArray<{ id: string; days: number }>,
): { rules: TimetableRule[]; problems: [] } | { rules: null; problems: TimetableEditProblem[] } {
  const floor = new Map(statutory.map((r) => [r.id, r]))
  const problems: TimetableEditProblem[] = []
  const byId = new Map(changes.map((c) => [c.id, c.days]))
  for (const c of changes) {
    const law = floor.get(c.id)
    if (!law || !current.some((r) => r.id === c.id)) {
      problems.push({ ruleId: c.id, problem: 'unknown_rule', statutoryDays: null, days: c.days })
      continue
    }
    const laxer = law.kind === 'max_after' ? c.days > law.days : c.days < law.days
    if (laxer)
      problems.push({ ruleId: c.id, problem: 'laxer_than_statute', statutoryDays: law.days, days: c.days })
  }
  if (problems.length > 0) return { rules: null, problems }
  return {
    rules: current.map((r) => (byId.has(r.id) ? { ...r, days: byId.get(r.id)! } : r)),
    problems: [],
  }
}

// ---- evaluation committees ----

export interface CommitteeRequirement {
  minMembers: number
  isOdd: boolean
  minExperts: number
  basis: string
}

function committeeRuleFor(ctx: TimetableContext): CommitteeRule | null {
  return (
    COMMITTEE_RULES.find((r) => r.categories.includes(ctx.category) && r.methods.includes(ctx.method)) ?? null
  )
}

/** The committee a lot needs for its size (members, odd, experts), or null when no rule applies. */
export function committeeRequirement(
  ctx: TimetableContext,
  budgetFen: number,
  members?: number,
): CommitteeRequirement | null {
  const rule = committeeRuleFor(ctx)
  if (!rule) return null
  const large = rule.largeBudgetFen !== null && budgetFen >= rule.largeBudgetFen
  const minMembers = large && rule.minMembersLarge !== null ? rule.minMembersLarge : rule.minMembers
  const size = Math.max(minMembers, members ?? minMembers)
  return {
    minMembers,
    isOdd: rule.isOdd,
    minExperts: Math.ceil(size * rule.expertShare - 1e-9),
    basis: rule.basis,
  }
}

/** Problems of a proposed committee: too few members, an even number, too few experts. */
export function checkCommittee(
  ctx: TimetableContext,
  budgetFen: number,
  members: number,
  experts: number,
): Array<'too_few_members' | 'even_members' | 'too_few_experts'> {
  const req = committeeRequirement(ctx, budgetFen, members)
  if (!req) return []
  const out: Array<'too_few_members' | 'even_members' | 'too_few_experts'> = []
  if (members < req.minMembers) out.push('too_few_members')
  if (req.isOdd && members % 2 === 0) out.push('even_members')
  if (experts < req.minExperts) out.push('too_few_experts')
  return out
}

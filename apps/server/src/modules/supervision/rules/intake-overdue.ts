import type { Rule } from './rule'

/** INTAKE_OVERDUE: no decision (受理 / 不予受理 / 补正) within the intake limit after submission. */
export const intakeOverdue: Rule = {
  code: 'INTAKE_OVERDUE',
  severity: 'serious',
  describe: (p) => `收件后未在法定期限内作出受理决定（应于${p.dueOn}前决定）`,
  evaluate(facts, ctx) {
    if (facts.status !== 'received' || ctx.today <= facts.intakeDueOn) return []
    const over = ctx.cal.countWorkingDays(facts.intakeDueOn, ctx.today).workingDays
    return [
      {
        subjectKind: 'case',
        subjectId: facts.id,
        occurrence: facts.intakeDueOn,
        departmentId: facts.departmentId,
        params: { dueOn: facts.intakeDueOn, overdueDays: over },
      },
    ]
  },
  // still awaiting the decision and no longer late (the calendar changed): cleared; decided late: stays
  clears: (facts) => facts.status === 'received',
}

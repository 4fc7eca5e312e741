import { taskLight } from '../lights'
import { isClosed, type Rule } from './rule'

/** TASK_OVERDUE: a department's task past its own limit, even while the case is on time. */
export const taskOverdue: Rule = {
  code: 'TASK_OVERDUE',
  severity: 'warning',
  describe: (p) => `部门办理环节超时（应于${p.dueOn}完成，超期${p.overdueDays}个工作日）`,
  evaluate(facts, ctx) {
    const yellowDays = ctx.settings.yellowDays(facts.matterType)
    return facts.tasks.flatMap((t) => {
      const light = taskLight(ctx.cal, facts, t, ctx.today, yellowDays)
      if (light?.colour !== 'red') return []
      return [
        {
          subjectKind: 'task' as const,
          subjectId: t.id,
          occurrence: light.dueOn,
          departmentId: t.holderDepartmentId,
          params: { dueOn: light.dueOn, overdueDays: Math.max(0, -light.remainingDays) },
        },
      ]
    })
  },
  // the task still open and no longer late (the case was extended): cleared; done late: stays
  clears: (facts, subject) =>
    !isClosed(facts.status) && facts.tasks.some((t) => t.id === subject.id && t.status === 'open'),
}

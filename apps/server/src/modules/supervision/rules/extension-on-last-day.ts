import { deadline } from '../../cases/case-clock'
import type { Rule } from './rule'

/**
 * EXTENSION_ON_LAST_DAY: an extension asked for on the due date itself (or later), when the
 * case could no longer be handled in time: extensions are for cases found complex in time.
 * The due date at the request counts the extensions approved before it and the pauses begun.
 */
export const extensionOnLastDay: Rule = {
  code: 'EXTENSION_ON_LAST_DAY',
  severity: 'warning',
  describe: (p) => `在办理期限最后一日（${p.dueOn}）才申请延期${p.days}个工作日`,
  evaluate(facts, ctx) {
    if (facts.acceptedOn === null) return []
    const acceptedOn = facts.acceptedOn
    const requests = [...facts.extensions].sort((a, b) =>
      a.requestedOn < b.requestedOn ? -1 : a.requestedOn > b.requestedOn ? 1 : 0,
    )
    let approvedBefore = 0
    return requests.flatMap((r) => {
      const pauses = facts.pauses
        .filter((p) => p.from < r.requestedOn)
        .map((p) => ({ from: p.from, to: p.to !== null && p.to < r.requestedOn ? p.to : r.requestedOn }))
      const due = deadline(ctx.cal, {
        startOn: acceptedOn,
        limitDays: facts.promisedDays + approvedBefore,
        pauses,
        today: r.requestedOn,
      }).dueDate
      if (r.status === 'approved') approvedBefore += r.days
      if (r.requestedOn < due) return []
      return [
        {
          subjectKind: 'approval' as const,
          subjectId: r.id,
          occurrence: 'requested',
          departmentId: facts.departmentId,
          params: { dueOn: due, requestedOn: r.requestedOn, days: r.days },
        },
      ]
    })
  },
}

import type { AnomalyRule } from './anomaly'

/**
 * An objection (异议) or a challenge (质疑) still unanswered after its limit (3 days, 实施条例
 * 第22条 / 第54条; 7 working days, 政府采购法 第53条): the limit was computed when it was recorded.
 * Answered late, it is no longer "unanswered" (the answer's lateness stays in the history).
 */
export const objectionUnanswered: AnomalyRule = {
  code: 'TRADING_OBJECTION_UNANSWERED',
  severity: 'serious',
  subjectKind: 'trading_dispute',
  clears: true,
  evaluate(facts) {
    const today = facts.today
    if (!today) return []
    return (facts.disputes ?? [])
      .filter((d) => d.kind !== 'complaint' && d.status === 'open' && today > d.dueOn)
      .map((d) => ({
        code: this.code,
        projectId: facts.projectId,
        subjectId: d.id,
        params: { kind: d.kind, filedOn: d.filedOn, dueOn: d.dueOn },
      }))
  },
}

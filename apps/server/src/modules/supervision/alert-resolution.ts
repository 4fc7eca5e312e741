import type { Db } from '../../db/database'
import { newId } from '../../platform/ids'
import type { AlertRow, AlertsRepository } from './alerts.repository'
import { rules, type CaseFacts } from './rules'

/** why the sweep resolved an alert (kept on the alert and as the note of its `resolved` step) */
export const CONDITION_CLEARED = 'condition_cleared'
const clearable = rules.filter((r) => r.clears !== undefined)
const subjectOf = (a: { code: string; subject_kind: string; subject_id: string }) =>
  `${a.code}:${a.subject_kind}:${a.subject_id}`

/**
 * Alerts whose condition went away (PRODUCT.md 2.4, issue 8): an alert still in hand whose rule
 * no longer finds its subject on a case the sweep looked at, where the rule says that clears it
 * (an extension moved the due date, the 容缺 material was supplied). Pure: the sweep's facts and
 * findings in, the alert ids out.
 */
export function clearedAlerts(
  inHand: ReadonlyArray<Pick<AlertRow, 'id' | 'code' | 'case_id' | 'subject_kind' | 'subject_id'>>,
  evaluated: ReadonlyMap<string, CaseFacts>,
  findings: ReadonlyArray<Pick<AlertRow, 'code' | 'subject_kind' | 'subject_id'>>,
): string[] {
  const stillFound = new Set(findings.map(subjectOf))
  const byCode = new Map(clearable.map((r) => [r.code, r]))
  return inHand
    .filter((a) => {
      const facts = evaluated.get(a.case_id)
      const rule = byCode.get(a.code)
      if (!facts || !rule?.clears || stillFound.has(subjectOf(a))) return false
      return rule.clears(facts, { kind: a.subject_kind, id: a.subject_id })
    })
    .map((a) => a.id)
}

/**
 * Resolves the alerts whose condition cleared, each in its own short transaction: status
 * `resolved`, when, the reason, and a `resolved` step by `system`. A conditional update makes it
 * once across two sweeps or two instances (the second finds it resolved and records nothing).
 * Returns how many this call resolved (the sweep then tells the staff channel, as after every sweep).
 */
export async function resolveClearedAlerts(
  deps: { db: Db; alerts: AlertsRepository },
  evaluated: ReadonlyMap<string, CaseFacts>,
  findings: ReadonlyArray<Pick<AlertRow, 'code' | 'subject_kind' | 'subject_id'>>,
  at: string,
): Promise<number> {
  const { db, alerts } = deps
  // read outside any transaction (SQLite: one connection)
  const inHand = await alerts.unresolved(clearable.map((r) => r.code))
  const ids = clearedAlerts(inHand, evaluated, findings)
  let resolved = 0
  for (const id of ids) {
    const done = await db.transaction().execute(async (tx) => {
      if (!(await alerts.resolve(id, at, CONDITION_CLEARED, tx))) return false
      await alerts.insertAction(
        {
          id: newId(),
          alert_id: id,
          card_id: null,
          action: 'resolved',
          actor: 'system',
          note: CONDITION_CLEARED,
          at,
        },
        tx,
      )
      return true
    })
    if (done) resolved++
  }
  return resolved
}

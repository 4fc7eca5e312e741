import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { chainOf } from '../cases/cases.queries'
import type { HashAlgorithm } from '../cases/event-chain'

/**
 * The case history of a backup, verified as `yimin verify` does it (the event chains and their
 * sealed checkpoints). One small function, so a change to the chain service touches only this.
 */
export async function verifyHistory(
  db: Db,
  clock: Clock,
  algorithm: HashAlgorithm,
  say: (line: string) => void,
): Promise<string[]> {
  const report = await chainOf(db, clock, algorithm).verify((m) => say(`  ${m}`))
  say(
    `  history: ${report.casesChecked} cases, ${report.eventsChecked} events, ${report.checkpoints} checkpoints`,
  )
  return report.problems.map((p) => `${p.kind} ${p.caseId ?? '-'}: ${p.message}`)
}

import type { WorkingCalendar } from '../../calendar/working-days'
import type { ClockPause } from '../../cases/case-clock'
import { caseLight, type CaseClockFacts } from '../lights'

/**
 * An anomaly rule (PRODUCT.md 2.4): a pure function over one case's facts that names what a
 * supervisor must see. Each finding becomes one alert, keyed by the rule's code, the subject
 * and the occurrence (e.g. the due date that was missed), so a sweep raises it once.
 * Adding a rule = adding a file in this folder and a line in rules/index.ts.
 */
export type Severity = 'warning' | 'serious'
export type SubjectKind =
  | 'case'
  | 'task'
  | 'material'
  | 'fee'
  | 'pause'
  | 'approval'
  | 'rectification'
  // trading center alerts (modules/trading/trading-alerts.ts): the case is the trading project
  | 'trading_announcement'
  | 'trading_lot'
  | 'trading_dispute'

/** Everything a rule may look at, as plain data (no personal data). */
export interface CaseFacts extends CaseClockFacts {
  id: string
  number: string
  departmentId: string
  windowId: string | null
  matterType: string
  /** instants (ISO UTC) and local dates */
  receivedAt: string
  completedAt: string | null
  completedOn: string | null
  correctionCount: number
  pauses: ReadonlyArray<
    ClockPause & {
      id: string
      kind: 'supplement' | 'special_procedure'
      procedure: string | null
      maxDays: number | null
    }
  >
  tasks: ReadonlyArray<{ id: string; holderDepartmentId: string; status: string; limitDays: number }>
  /** 容缺 materials accepted as missing: status `deferred` until supplied */
  deferredMaterials: ReadonlyArray<{
    id: string
    position: number
    status: string
    supplyDueOn: string | null
  }>
  fees: ReadonlyArray<{ id: string; name: string; amount: number; catalogAmount: number | null }>
  extensions: ReadonlyArray<{ id: string; days: number; status: string; requestedOn: string }>
}

export interface SupervisionSettingsView {
  /** yellow at this many working days left or fewer */
  yellowDays(matterType: string): number
  /** a non-instant matter completed within this many minutes of receipt is implausible */
  completedTooFastMinutes: number
}

export interface RuleContext {
  cal: WorkingCalendar
  /** today in the center's time zone */
  today: string
  now: Date
  settings: SupervisionSettingsView
}

export interface Finding {
  subjectKind: SubjectKind
  subjectId: string
  /** what makes a new occurrence of the same subject a new alert (a missed due date, a count) */
  occurrence: string
  /** who must answer */
  departmentId: string
  params: Record<string, string | number | null>
}

export interface Rule {
  code: string
  severity: Severity
  /** the message in Chinese (exports, SMS); screens translate by code with the same params */
  describe(params: Finding['params']): string
  evaluate(facts: CaseFacts, ctx: RuleContext): Finding[]
  /**
   * Whether the alert about this subject is resolved when the rule no longer finds it (an
   * extension moved the due date, a 容缺 material was supplied). Without it, or when it says no
   * (the subject was finished late: that stays for the department to answer), the alert stays.
   */
  clears?(facts: CaseFacts, subject: { kind: SubjectKind; id: string }): boolean
}

/** The light of the case in a context (threshold of its matter type). */
export const lightIn = (facts: CaseFacts, ctx: RuleContext) =>
  caseLight(ctx.cal, facts, ctx.today, ctx.settings.yellowDays(facts.matterType))

export const isClosed = (status: string) =>
  ['refused', 'completed', 'delivered', 'withdrawn', 'revoked'].includes(status)

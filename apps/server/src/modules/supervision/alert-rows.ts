import { newId } from '../../platform/ids'
import type { AlertRow } from './alerts.repository'
import type { Finding, Rule } from './rules'

/**
 * A new open alert for a rule's finding. Its key (rule, subject, occurrence) makes it unique:
 * sweeps, restarts and several instances raise each alert once.
 */
export function newAlertRow(
  rule: Pick<Rule, 'code' | 'severity'>,
  f: Finding,
  subject: { caseId: string; caseNumber: string; windowId: string | null },
  raised: { at: string; on: string },
): AlertRow {
  return {
    id: newId(),
    key: `${rule.code}:${f.subjectKind}:${f.subjectId}:${f.occurrence}`,
    code: rule.code,
    severity: rule.severity,
    case_id: subject.caseId,
    case_number: subject.caseNumber,
    department_id: f.departmentId,
    window_id: subject.windowId,
    subject_kind: f.subjectKind,
    subject_id: f.subjectId,
    params: JSON.stringify(f.params),
    status: 'open',
    raised_at: raised.at,
    raised_on: raised.on,
    acknowledged_by: null,
    acknowledged_at: null,
    answer: null,
    answered_by: null,
    answered_at: null,
    closed_by: null,
    closed_at: null,
    close_note: null,
    resolved_at: null,
    resolved_reason: null,
  }
}

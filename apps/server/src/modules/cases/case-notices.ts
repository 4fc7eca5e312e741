import type { Executor } from '../../db/database'
import type { SmsService } from '../sms/sms.service'
import { isBundleEvent, queueBundleNotice } from './bundle-notices'
import type { CaseNotice } from './case-notice'
import type { CaseRow } from './cases.repository'

/**
 * SMS notices to the applicant (or the agent, as the application says) on case events
 * (PRODUCT.md 2.6), from the editable templates; essential ones (correction, refusal,
 * completion, pickup) ignore opt-outs — the template says which.
 */
export type { CaseNotice } from './case-notice'

/** The template and its variables for a notice (texts: sms/templates/template-catalog.ts). */
export function noticeTemplate(
  row: Pick<CaseRow, 'number' | 'matter_name'>,
  n: CaseNotice,
): { template: string; vars: Record<string, string | number> } {
  const head = { matter: row.matter_name, number: row.number }
  switch (n.kind) {
    case 'received':
    case 'ready_for_pickup':
      return { template: `case.${n.kind}`, vars: head }
    case 'correction':
    case 'supplement':
      return { template: `case.${n.kind}`, vars: { ...head, items: n.items.join('；') } }
    case 'accepted':
      return { template: 'case.accepted', vars: { ...head, dueOn: n.dueOn } }
    case 'refused':
      return { template: 'case.refused', vars: { ...head, reason: n.reason } }
    case 'extended':
      return { template: 'case.extended', vars: { ...head, days: n.days, dueOn: n.dueOn } }
    case 'completed':
      return { template: n.approved ? 'case.completed' : 'case.completed_denied', vars: head }
    case 'posted':
      return { template: 'case.posted', vars: { ...head, trackingNumber: n.trackingNumber } }
  }
}

export function recipientOf(row: Pick<CaseRow, 'notify' | 'applicant_phone' | 'agent_phone'>): string {
  return row.notify === 'agent' && row.agent_phone ? row.agent_phone : row.applicant_phone
}

/** Queues the notice in the same transaction as the change that caused it; returns it (for `CaseWritten`). */
export async function queueNotice<N extends CaseNotice>(
  sms: SmsService,
  tx: Executor,
  row: CaseRow,
  notice: N,
  causeSuffix: string | number = '',
): Promise<N> {
  // a bundle's case: once per bundle event, with the bundle number (bundle-notices.ts)
  if (row.bundle_id && isBundleEvent(notice)) {
    await queueBundleNotice(sms, tx, row, notice, recipientOf(row))
    return notice
  }
  await sms.queueTemplate(tx, {
    causeKey: `case:${row.id}:${notice.kind}${causeSuffix === '' ? '' : `:${causeSuffix}`}`,
    recipient: recipientOf(row),
    ...noticeTemplate(row, notice),
  })
  return notice
}

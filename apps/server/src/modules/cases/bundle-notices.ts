import type { Executor } from '../../db/database'
import type { SmsService } from '../sms/sms.service'
import { bundleLinks } from './bundle-links.repository'
import type { CaseNotice } from './case-notice'
import type { CaseRow } from './cases.repository'

/**
 * A bundle's notices go out once per bundle event, with the bundle number (联办编号), not once per
 * case: "received" once when the bundle is filed, "accepted" when its last case is accepted,
 * "completed" (with where to get the results) when its last case is decided. Notices about one case's own
 * matter (a correction, a refusal, a supplement, an extension, a posting) stay per case.
 */
export type BundleEvent = 'received' | 'accepted' | 'completed' | 'ready_for_pickup'

export const isBundleEvent = (n: CaseNotice): n is Extract<CaseNotice, { kind: BundleEvent }> =>
  n.kind === 'received' || n.kind === 'accepted' || n.kind === 'completed' || n.kind === 'ready_for_pickup'

const INTAKE = new Set(['received', 'correction_requested'])
const DECIDED = new Set(['completed', 'delivered', 'refused', 'withdrawn', 'revoked'])

/** Whether every case of the bundle has reached the event (the case `row` as just changed). */
export function bundleReached(
  event: BundleEvent,
  cases: ReadonlyArray<{ id: string; status: string }>,
  row: { id: string; status: string },
): boolean {
  const all = cases.map((c) => (c.id === row.id ? row : c))
  if (event === 'received') return true
  if (event === 'accepted') return all.every((c) => !INTAKE.has(c.status))
  return all.every((c) => DECIDED.has(c.status))
}

/**
 * Queues the bundle's notice for this event once (the outbox is unique per cause), when the last
 * case reaches it; nothing for the other cases. `recipient` is the case's notice recipient.
 */
export async function queueBundleNotice(
  sms: SmsService,
  tx: Executor,
  row: CaseRow,
  notice: Extract<CaseNotice, { kind: BundleEvent }>,
  recipient: string,
): Promise<void> {
  if (!row.bundle_id) return
  const bundle = await bundleLinks.bundleOf(tx, row.bundle_id)
  // the bundle's "received" notice is queued by the filing itself, with the bundle number; its
  // "completed" notice says where the results are, so no separate pickup notice per case
  if (!bundle || notice.kind === 'received' || notice.kind === 'ready_for_pickup') return
  const cases = await bundleLinks.siblings(tx, row.bundle_id)
  if (!bundleReached(notice.kind, cases, row)) return
  const event = notice.kind
  const dueOn = cases
    .map((c) => (c.id === row.id ? row.due_on : c.due_on))
    .reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null)
  await sms.queueTemplate(tx, {
    causeKey: `bundle:${row.bundle_id}:${event}`,
    recipient,
    template: `bundle.${event}`,
    vars: {
      bundle: bundle.name,
      number: bundle.number ?? '',
      count: cases.length,
      ...(event === 'accepted' ? { dueOn: dueOn ?? '' } : {}),
    },
  })
}

/** The one "received" notice of a bundle just filed. */
export async function queueBundleReceived(
  sms: SmsService,
  tx: Executor,
  input: { bundleId: string; bundleName: string; bundleNumber: string; count: number; recipient: string },
): Promise<void> {
  await sms.queueTemplate(tx, {
    causeKey: `bundle:${input.bundleId}:received`,
    recipient: input.recipient,
    template: 'bundle.received',
    vars: { bundle: input.bundleName, number: input.bundleNumber, count: input.count },
  })
}

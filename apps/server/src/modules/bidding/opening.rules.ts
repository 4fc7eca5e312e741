/**
 * Pure rules of the deadline and the opening (开标).
 */

/** fewer bids than this stop the opening: the lot fails (流标) */
export const MIN_BIDS = 3
export const DECRYPTION_WINDOW_MINUTES = 30

/**
 * A bid counts only if its receipt was committed before the deadline, to the second by the
 * server clock: 10:29:59.999 counts for a 10:30:00 deadline, 10:30:00.000 does not.
 */
export function beforeDeadline(now: Date, deadline: string): boolean {
  return now.getTime() < Date.parse(deadline)
}

export interface CountableBid {
  status: string
  finalVersion: number | null
  receivedAt: string | null
}

export function counts(bid: CountableBid, deadline: string): boolean {
  return (
    bid.status === 'active' &&
    bid.finalVersion !== null &&
    bid.receivedAt !== null &&
    Date.parse(bid.receivedAt) < Date.parse(deadline)
  )
}

export type FailedNextStep = 're_tender' | 'change_method_with_approval'

/**
 * What follows a failed opening, per category: works are tendered again (招标投标法实施条例
 * 第44条: fewer than three bidders, no opening; the tenderer tenders again); government
 * procurement may change the procurement method with the approval of the finance department
 * (政府采购法 第36条、第38条 and its 实施条例); other categories are announced again.
 */
export function failedNextStep(category: string): { step: FailedNextStep; basis: string } {
  if (category === 'procurement')
    return {
      step: 'change_method_with_approval',
      basis: '政府采购法 第36条; 政府采购非招标采购方式管理办法 第27条',
    }
  return { step: 're_tender', basis: '招标投标法实施条例 第44条' }
}

export type DecryptionStatus = 'pending' | 'decrypting' | 'decrypted' | 'failed' | 'late'

/** The record may show figures once no bid is pending any more, or the window has closed. */
export function isSettled(statuses: readonly DecryptionStatus[], now: Date, windowEndsAt: string): boolean {
  return (
    now.getTime() >= Date.parse(windowEndsAt) || statuses.every((s) => s !== 'pending' && s !== 'decrypting')
  )
}

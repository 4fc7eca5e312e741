/**
 * Bid security (投标保证金) returns: within 5 days after the contract is signed
 * (招标投标法实施条例 第57条), counted as calendar days from the day after the signing. A
 * deposit not returned by the end of that day is late. Pure.
 */
export const DEPOSIT_RETURN_DAYS = 5

export interface DepositFact {
  id: string
  orgId: string
  amountFen: number
  returnedOn: string | null
}

export interface LateDeposit {
  code: 'TRADING_DEPOSIT_RETURN_LATE'
  depositId: string
  orgId: string
  amountFen: number
  dueOn: string
}

/** The last day a deposit may be returned (signedOn + 5 calendar days). */
export function depositDueOn(signedOn: string): string {
  const d = new Date(`${signedOn}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + DEPOSIT_RETURN_DAYS)
  return d.toISOString().slice(0, 10)
}

/** Deposits late on `today` (a local date), or returned after their due day. */
export function lateDeposits(
  deposits: readonly DepositFact[],
  signedOn: string | null,
  today: string,
): LateDeposit[] {
  if (!signedOn) return []
  const dueOn = depositDueOn(signedOn)
  return deposits
    .filter((d) => (d.returnedOn === null ? today > dueOn : d.returnedOn > dueOn))
    .map((d) => ({
      code: 'TRADING_DEPOSIT_RETURN_LATE',
      depositId: d.id,
      orgId: d.orgId,
      amountFen: d.amountFen,
      dueOn,
    }))
}

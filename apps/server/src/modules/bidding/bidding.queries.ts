import type { Executor } from '../../db/database'
import { fromJson } from '../../db/convert'

/**
 * What other modules (experts, evaluation) read of bidding. They hold secrets: callers keep
 * them sealed (the expert draw's avoidance list) or use them only after the opening.
 */

/** Organisations that obtained the lot's documents (for the sealed avoidance lists of expert draws). */
export async function lotBidderOrgs(
  db: Executor,
  lotId: string,
): Promise<{ orgId: string; creditCode: string; name: string }[]> {
  const rows = await db
    .selectFrom('bid_documents as d')
    .innerJoin('trading_organisations as o', 'o.id', 'd.org_id')
    .select(['o.id as orgId', 'o.credit_code as creditCode', 'o.name as name'])
    .where('d.lot_id', '=', lotId)
    .orderBy('d.obtained_at')
    .execute()
  return rows
}

/** Bids decrypted at the opening with their opening figures (empty before the opening). */
export async function openedBids(
  db: Executor,
  lotId: string,
): Promise<
  {
    bidId: string
    orgId: string
    creditCode: string
    name: string
    figures: { priceFen: number; durationDays?: number }
  }[]
> {
  const rows = await db
    .selectFrom('bid_decryptions as x')
    .innerJoin('bids as b', 'b.id', 'x.bid_id')
    .innerJoin('trading_organisations as o', 'o.id', 'b.org_id')
    .select(['b.id as bidId', 'o.id as orgId', 'o.credit_code as creditCode', 'o.name as name', 'x.figures'])
    .where('x.lot_id', '=', lotId)
    .where('x.status', '=', 'decrypted')
    .orderBy('x.done_at')
    .execute()
  return rows.map((r) => ({
    bidId: r.bidId,
    orgId: r.orgId,
    creditCode: r.creditCode,
    name: r.name,
    figures: fromJson<{ priceFen: number; durationDays?: number }>(r.figures) ?? { priceFen: 0 },
  }))
}

/** The confirmed contact phones of bidder organisations (the result tells the losing bidders). */
export async function bidderPhones(
  db: Executor,
  orgIds: readonly string[],
): Promise<{ orgId: string; phone: string }[]> {
  if (orgIds.length === 0) return []
  return db
    .selectFrom('bid_bidders')
    .select(['org_id as orgId', 'contact_phone as phone'])
    .where('org_id', 'in', [...orgIds])
    .orderBy('org_id')
    .execute()
}

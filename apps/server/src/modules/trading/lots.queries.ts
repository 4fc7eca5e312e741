import type { Executor } from '../../db/database'

/*
 * What bidding reads of trading's lots: the lots open for bids with their project, and a lot's
 * deadlines as a derived table for bidding's own statements (the openings the clock starts).
 */

/** A lot's deadlines: id, bid_deadline, opening_at (a derived table to select from or join). */
export const lotDeadlines = (db: Executor) =>
  db.selectFrom('trading_lots').select(['id', 'bid_deadline', 'opening_at'])

/** Lots open for bids now, and the given ones (a bidder's own, also after the deadline), with their project. */
export async function lotsOpenForBids(db: Executor, now: string, alsoLotIds: readonly string[]) {
  return db
    .selectFrom('trading_lots as l')
    .innerJoin('trading_projects as p', 'p.id', 'l.project_id')
    .select([
      'l.id as lotId',
      'l.name as lotName',
      'l.bid_deadline as bidDeadline',
      'l.opening_at as openingAt',
      'p.id as projectId',
      'p.code as projectCode',
      'p.name as projectName',
      'p.category as category',
    ])
    .where('l.bid_deadline', 'is not', null)
    .where((eb) =>
      alsoLotIds.length
        ? eb.or([eb('l.bid_deadline', '>', now), eb('l.id', 'in', [...alsoLotIds])])
        : eb('l.bid_deadline', '>', now),
    )
    .orderBy('l.bid_deadline')
    .limit(200)
    .execute()
}

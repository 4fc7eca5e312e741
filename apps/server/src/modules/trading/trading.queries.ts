import type { Executor } from '../../db/database'
import type { HashAlgorithm } from '../cases/event-chain'
import { TradingJournal } from './trading-journal'
import { TradingRepository } from './trading.repository'

export type { LotFactsPatch, LotRow, OrgRow, ProjectRow } from './trading.repository'

/**
 * What bidding, experts and evaluation use of trading: its projects, lots and organisations, and
 * registering a bidder (a bidder is a trading organisation of kind `bidder` with its member), and
 * the facts of a lot that part 2 produces (its stage, the award notice, the contract's signing).
 * They append to a project's history through the `TradingJournal` of `tradingAccess`.
 */
export type TradingQueries = Pick<
  TradingRepository,
  | 'findProject'
  | 'findLot'
  | 'lotsOf'
  | 'findOrg'
  | 'findOrgs'
  | 'listOrgs'
  | 'eventsOf'
  | 'insertOrg'
  | 'addMember'
  | 'updateLotFacts'
>

/** Trading's queries and the projects' event chain, for another module's wiring. */
export function tradingAccess(
  db: Executor,
  algorithm: HashAlgorithm,
): { queries: TradingQueries; journal: TradingJournal } {
  const repo = new TradingRepository(db)
  return { queries: repo, journal: new TradingJournal(repo, algorithm) }
}

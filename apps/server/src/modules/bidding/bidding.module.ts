import type { Config } from '../../config'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { AuditService } from '../audit/audit.service'
import type { AuthService } from '../auth/auth.service'
import type { EventBus } from '../realtime/event-bus'
import type { SmsService } from '../sms/sms.service'
import type { FileStorage } from '../storage/file-storage'
import type { TradingModule } from '../trading/trading.module'
import { tradingAccess } from '../trading/trading.queries'
import { BiddersService } from './bidders.service'
import { BiddingRepository } from './bidding.repository'
import { BidsService } from './bids.service'
import { clientCodeHash } from './client-code'
import { OpeningService } from './opening.service'
import { ReceiptSigner } from './receipt-signer'

/** Electronic bidding (issue 19): bidders, sealed bids, the online opening. */
export interface BiddingModule {
  bidders: BiddersService
  bids: BidsService
  opening: OpeningService
  /** the published SHA-256 of the built client code that encrypts bids */
  clientCode: () => { file: string; sha256: string } | null
}

export function createBidding(deps: {
  db: Db
  config: Config
  clock: Clock
  audit: AuditService
  auth: AuthService
  sms: SmsService
  bus: EventBus
  storage: FileStorage
  trading: TradingModule
}): BiddingModule {
  const { db, config, clock, audit, auth, sms, bus, storage, trading } = deps
  const repo = new BiddingRepository(db)
  const { queries: tradingQueries, journal } = tradingAccess(db, config.eventHash)
  const signer = ReceiptSigner.inDataDir(config.dataDir)
  const bidders = new BiddersService(
    db,
    repo,
    tradingQueries,
    trading.projects,
    journal,
    auth,
    sms,
    audit,
    clock,
  )
  const bids = new BidsService(db, repo, tradingQueries, bidders, journal, storage, signer, audit, clock)
  const opening = new OpeningService(
    db,
    repo,
    tradingQueries,
    trading.projects,
    bidders,
    journal,
    storage,
    bus,
    audit,
    clock,
  )
  let code: { file: string; sha256: string } | null | undefined
  return {
    bidders,
    bids,
    opening,
    clientCode: () => (code === undefined ? (code = clientCodeHash(config.webDistDir)) : code),
  }
}

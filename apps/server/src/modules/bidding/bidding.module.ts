import { z } from 'zod'
import type { Config } from '../../config'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { IdHasher } from '../../platform/id-hasher'
import type { AuditService } from '../audit/audit.service'
import type { AuthService } from '../auth/auth.service'
import type { JobRegistry } from '../jobs/job-registry'
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

/** the key of the bidders' persons' ID hashes (platform/id-hasher.ts), this module's own */
const BIDDING_ID_KEY = 'bidding.id-hash-key'

const OPEN_DUE_JOB = 'bidding.open-due'
/** how often the clock looks for lots to open: an opening starts at most this long after its deadline */
const OPEN_DUE_EVERY_MS = 15_000

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
  jobs: JobRegistry
}): BiddingModule {
  const { db, config, clock, audit, auth, sms, bus, storage, trading, jobs } = deps
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
    new IdHasher(db, clock, BIDDING_ID_KEY),
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
  // the opening at the deadline, driven by the clock (staff may still start it by hand)
  jobs.define({
    type: OPEN_DUE_JOB,
    payload: z.object({}),
    maxAttempts: 2,
    handle: async (_p, ctx) => {
      const opened = await opening.openDue()
      if (opened.length) ctx.log.info({ opened }, 'openings started at the deadline')
    },
  })
  jobs.schedule({ name: OPEN_DUE_JOB, type: OPEN_DUE_JOB, payload: {}, everyMs: OPEN_DUE_EVERY_MS })
  let code: { file: string; sha256: string } | null | undefined
  return {
    bidders,
    bids,
    opening,
    clientCode: () => (code === undefined ? (code = clientCodeHash(config.webDistDir)) : code),
  }
}

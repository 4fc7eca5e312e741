import { z } from 'zod'
import type { Config } from '../../config'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { AuditService } from '../audit/audit.service'
import type { JobRegistry } from '../jobs/job-registry'
import type { SmsService } from '../sms/sms.service'
import type { VoiceService } from '../voice/voice.service'
import { tradingAccess } from '../trading/trading.queries'
import { noBidding, type BiddingPort } from './bidding-port'
import { CommitteeRecordsService } from './committee-records.service'
import { CommitteeService } from './committee.service'
import { ExpertsRepository } from './experts.repository'
import { ExpertsService } from './experts.service'
import { InvitationAnswersService } from './invitation-answers.service'
import { INVITATION_CAUSE } from './invitation-messages'
import { createSealer, loadSealKey } from './seal'

/** The expert pool and committees (issue 19 point 4), as the container holds it. */
export interface ExpertsModule {
  pool: ExpertsService
  committee: CommitteeService
  /** the invited experts' answers (SMS reply, voice keypad) and the sweep of unanswered ones */
  answers: InvitationAnswersService
  /** committee names and draw records (supervising department; 404 to others) */
  records: CommitteeRecordsService
  /** swaps the bidding functions (the container wires modules/bidding's queries here) */
  useBidding(port: BiddingPort): void
  /** the bidding functions in use (evaluation reads the opened bids through them) */
  bidding(): BiddingPort
}

export const EXPIRE_JOB = 'experts.invitations-expire'

export function createExperts(deps: {
  db: Db
  config: Config
  clock: Clock
  audit: AuditService
  sms: SmsService
  voice: VoiceService
  jobs: JobRegistry
}): ExpertsModule {
  const { db, config, clock, audit, sms, voice, jobs } = deps
  const repo = new ExpertsRepository(db)
  const { queries: tradingQueries, journal } = tradingAccess(db, config.eventHash)
  let bidding: BiddingPort = noBidding
  const sealer = createSealer(loadSealKey(config.dataDir))
  const pool = new ExpertsService(db, repo, audit, clock)
  const committee = new CommitteeService(
    db,
    repo,
    tradingQueries,
    journal,
    () => bidding,
    sealer,
    sms,
    voice,
    audit,
    clock,
    { answerMinutes: 30, maxRecentDraws: 3, recentDays: 30, timeZone: config.timeZone },
  )
  // a decline or silence draws its replacement through the committee's draw
  const answers = new InvitationAnswersService(
    db,
    repo,
    tradingQueries,
    journal,
    sms,
    clock,
    committee.replacementDraw,
  )
  // an open invitation goes before rating replies from the same phone
  sms.addInboundHandler(answers.handleInbound, { first: true })
  // where the voice channel is configured: the invitation's call, answered with the keypad
  voice.handle(INVITATION_CAUSE, { isWanted: answers.isCallWanted, onKey: answers.handleVoiceKey })
  jobs.define({
    type: EXPIRE_JOB,
    payload: z.object({}),
    handle: async (_p, ctx) => {
      const n = await answers.expireDue()
      if (n) ctx.log.info({ expired: n }, 'expert invitations expired and replaced')
    },
  })
  jobs.schedule({ name: EXPIRE_JOB, type: EXPIRE_JOB, payload: {}, everyMs: 60_000 })
  const records = new CommitteeRecordsService(db, repo, tradingQueries, journal, sealer, audit, clock)
  return {
    pool,
    committee,
    answers,
    records,
    useBidding(port) {
      bidding = port
    },
    bidding: () => bidding,
  }
}

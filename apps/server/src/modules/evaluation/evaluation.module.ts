import type { Config } from '../../config'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { ExpertsModule } from '../experts/experts.module'
import type { SmsService } from '../sms/sms.service'
import type { TradingModule } from '../trading/trading.module'
import { tradingAccess } from '../trading/trading.queries'
import { DepositsService } from './deposits.service'
import { EvaluationRepository } from './evaluation.repository'
import { EvaluationService } from './evaluation.service'
import { LotSupervisionFactsSource } from './lot-supervision-facts'
import { ResultsService } from './results.service'

/** Evaluation, results and bid security (issue 19 points 5–7), as the container holds them. */
export interface EvaluationModule {
  sessions: EvaluationService
  results: ResultsService
  deposits: DepositsService
  /** late deposit returns and rigging signs of lots, for the trading board's rules */
  lotFacts: LotSupervisionFactsSource
}

export function createEvaluation(deps: {
  db: Db
  config: Config
  clock: Clock
  trading: TradingModule
  experts: ExpertsModule
  sms: SmsService
}): EvaluationModule {
  const { db, config, clock, trading, experts, sms } = deps
  const repo = new EvaluationRepository(db)
  const { queries: tradingQueries, journal } = tradingAccess(db, config.eventHash)
  const sessions = new EvaluationService(
    db,
    repo,
    tradingQueries,
    journal,
    experts.committee,
    () => experts.bidding(),
    clock,
  )
  const results = new ResultsService(
    db,
    repo,
    tradingQueries,
    trading.projects,
    trading.announcements,
    journal,
    sessions,
    () => experts.bidding(),
    sms,
    clock,
    { timeZone: config.timeZone, centerName: config.centerName, publicUrl: config.publicUrl },
  )
  const deposits = new DepositsService(
    db,
    repo,
    tradingQueries,
    journal,
    (lotId) => results.contractSignedOn(lotId),
    clock,
    config.timeZone,
  )
  const lotFacts = new LotSupervisionFactsSource(db, repo, () => experts.bidding(), clock, config.timeZone)
  return { sessions, results, deposits, lotFacts }
}

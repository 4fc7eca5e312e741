import type { Config } from '../../config'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { ExpertsModule } from '../experts/experts.module'
import type { SmsService } from '../sms/sms.service'
import { TradingJournal } from '../trading/trading-journal'
import type { TradingModule } from '../trading/trading.module'
import { TradingRepository } from '../trading/trading.repository'
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
  const tradingRepo = new TradingRepository(db)
  const journal = new TradingJournal(tradingRepo, config.eventHash)
  const sessions = new EvaluationService(
    db,
    repo,
    tradingRepo,
    journal,
    experts.committee,
    () => experts.bidding(),
    clock,
  )
  const results = new ResultsService(
    db,
    repo,
    tradingRepo,
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
    tradingRepo,
    journal,
    (lotId) => results.contractSignedOn(lotId),
    clock,
    config.timeZone,
  )
  const lotFacts = new LotSupervisionFactsSource(db, repo, () => experts.bidding(), clock, config.timeZone)
  return { sessions, results, deposits, lotFacts }
}

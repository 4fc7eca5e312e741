import type { Config } from '../../config'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { ExpertsModule } from '../experts/experts.module'
import type { TradingModule } from '../trading/trading.module'
import { tradingAccess } from '../trading/trading.queries'
import { DepositsService } from './deposits.service'
import { EvaluationRepository } from './evaluation.repository'
import { EvaluationService } from './evaluation.service'
import { ResultsService } from './results.service'

/** Evaluation, results and bid security (issue 19 points 5–7), as the container holds them. */
export interface EvaluationModule {
  sessions: EvaluationService
  results: ResultsService
  deposits: DepositsService
}

export function createEvaluation(deps: {
  db: Db
  config: Config
  clock: Clock
  trading: TradingModule
  experts: ExpertsModule
}): EvaluationModule {
  const { db, config, clock, trading, experts } = deps
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
  return { sessions, results, deposits }
}

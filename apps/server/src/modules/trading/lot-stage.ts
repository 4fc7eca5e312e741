import type { TradingLotStage, TradingProjectStatus } from '@yimin/shared'
import type { Executor } from '../../db/database'
import { statusFromLots } from './project-state.rules'
import type { ProjectRow, TradingRepository } from './trading.repository'

/**
 * Moves one lot to a stage and answers the project's status derived from all its lots, for the
 * patch of the journal event that records the move (a failed opening, 流标, moves only its lot).
 */
export async function moveLot(
  trading: Pick<TradingRepository, 'lotsOf' | 'updateLotFacts'>,
  tx: Executor,
  project: ProjectRow,
  lotId: string,
  stage: TradingLotStage,
): Promise<TradingProjectStatus> {
  await trading.updateLotFacts(lotId, { stage }, tx)
  const lots = await trading.lotsOf(project.id, tx)
  return statusFromLots(
    project.status as TradingProjectStatus,
    lots.map((l) => (l.id === lotId ? stage : (l.stage as TradingLotStage))),
  )
}

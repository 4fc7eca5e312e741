import type { Db, Executor } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { ChainRepository } from './chain.repository'
import { ChainService } from './chain.service'
import type { HashAlgorithm } from './event-chain'

/** The cases' history chain on a database of its own (a backup being checked), for another module. */
export const chainOf = (db: Db, clock: Clock, algorithm: HashAlgorithm): ChainService =>
  new ChainService(new ChainRepository(db), clock, algorithm)

/** The folded open-case counts by department, status, due date and matter type (supervision). */
export {
  LightCountsRepository,
  type LightCount,
  type RankBounds,
  type RankedLightCount,
} from './light-counts.repository'

/**
 * When the case history was last sealed (the newest checkpoint; ids are time-ordered, so the
 * primary key finds it), for monitoring. The one place that reads seal times: adapt it when
 * sealing changes.
 */
export async function lastSealAt(db: Executor): Promise<string | null> {
  const r = await db
    .selectFrom('chain_checkpoints')
    .select('at')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  return r?.at ?? null
}

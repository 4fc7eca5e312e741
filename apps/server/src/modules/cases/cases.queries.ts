import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { ChainRepository } from './chain.repository'
import { ChainService } from './chain.service'
import type { HashAlgorithm } from './event-chain'

/** The cases' history chain on a database of its own (a backup being checked), for another module. */
export const chainOf = (db: Db, clock: Clock, algorithm: HashAlgorithm): ChainService =>
  new ChainService(new ChainRepository(db), clock, algorithm)

/** The folded open-case counts by department, status, due date and matter type (supervision). */
export { LightCountsRepository, type LightCount } from './light-counts.repository'

import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { Logger } from '../../platform/logger'
import type { AuditService } from '../audit/audit.service'
import { BundlesRepository } from './bundles.repository'
import { BundlesService } from './bundles.service'
import { CatalogExcelService } from './catalog-excel.service'
import { CatalogRepository } from './catalog.repository'
import { CatalogService } from './catalog.service'
import { PublishedCatalog } from './published-catalog'

/** The catalog's services, as the container holds them. Cases use `matters.getVersion` / `getPublished`. */
export interface CatalogModule {
  matters: CatalogService
  bundles: BundlesService
  excel: CatalogExcelService
}

export function createCatalog(db: Db, audit: AuditService, clock: Clock, log: Logger): CatalogModule {
  const repo = new CatalogRepository(db)
  const bundlesRepo = new BundlesRepository(db)
  const matters = new CatalogService(db, repo, new PublishedCatalog(repo, log), audit, clock)
  const bundles = new BundlesService(db, bundlesRepo, repo, audit, clock)
  const excel = new CatalogExcelService(db, repo, bundlesRepo, matters, bundles, audit, clock)
  return { matters, bundles, excel }
}

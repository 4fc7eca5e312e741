import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { AuditService } from '../audit/audit.service'
import type { CatalogModule } from '../catalog/catalog.module'
import type { CasesModule } from '../cases/cases.module'
import { OnlineCaseActions } from '../cases/online-intake'
import { createCitizens } from '../citizens/citizens.module'
import type { CitizensService } from '../citizens/citizens.service'
import type { SmsService } from '../sms/sms.service'
import type { FileStorage } from '../storage/file-storage'
import { MyCasesService } from './my-cases.service'
import { OnlineRepository } from './online.repository'
import { OnlineService } from './online.service'

export interface OnlineModule {
  citizens: CitizensService
  online: OnlineService
  myCases: MyCasesService
}

export interface OnlineModuleDeps {
  db: Db
  clock: Clock
  audit: AuditService
  sms: SmsService
  storage: FileStorage
  catalog: CatalogModule
  cases: CasesModule
  sessionIdleMinutes: number
}

/** The online channel: citizen sign-in, applications with uploads, my cases. */
export function createOnline(deps: OnlineModuleDeps): OnlineModule {
  const { db, clock, audit } = deps
  const citizens = createCitizens({
    db,
    sms: deps.sms,
    audit,
    clock,
    sessionIdleMinutes: deps.sessionIdleMinutes,
  })
  const repo = new OnlineRepository(db)
  const caseActions = new OnlineCaseActions(deps.cases.context)
  const online = new OnlineService({
    db,
    repo,
    citizens,
    matters: deps.cases.context.matters,
    bundles: deps.catalog.bundles,
    cases: caseActions,
    calendar: deps.cases.context.calendar,
    storage: deps.storage,
    audit,
    clock,
  })
  const myCases = new MyCasesService(db, repo, caseActions, deps.cases.context, deps.storage, audit, clock)
  return { citizens, online, myCases }
}

import { z } from 'zod'
import type { Config } from '../../config'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { AuditService } from '../audit/audit.service'
import type { JobRegistry } from '../jobs/job-registry'
import type { FileStorage } from '../storage/file-storage'
import { MyDataRepository } from './my-data.repository'
import { MyDataService } from './my-data.service'
import { RetentionRepository } from './retention.repository'
import { RetentionService } from './retention.service'

export interface PrivacyModule {
  /** the retention policy and its daily sweep */
  retention: RetentionService
  /** a citizen's copy of their data */
  myData: MyDataService
}

/** Personal data with a lifetime: the retention policy and its daily sweep job; the citizen's export. */
export function createPrivacy(deps: {
  db: Db
  config: Config
  clock: Clock
  audit: AuditService
  files: FileStorage
  jobs: JobRegistry
}): PrivacyModule {
  const { config } = deps
  const retention = new RetentionService(
    deps.db,
    new RetentionRepository(deps.db),
    deps.files,
    deps.audit,
    deps.clock,
    { ...config.retention, timeZone: config.timeZone },
  )
  deps.jobs.define({
    type: 'privacy.sweep',
    payload: z.object({}),
    handle: async (_p, ctx) => {
      ctx.log.info({ ...(await retention.sweep()) }, 'privacy sweep')
    },
  })
  deps.jobs.schedule({ name: 'privacy.sweep', type: 'privacy.sweep', payload: {}, dailyAt: '03:30' })
  return { retention, myData: new MyDataService(new MyDataRepository(deps.db), deps.audit, deps.clock) }
}

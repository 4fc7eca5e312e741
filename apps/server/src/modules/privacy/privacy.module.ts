import { z } from 'zod'
import type { Config } from '../../config'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { AuditService } from '../audit/audit.service'
import type { JobRegistry } from '../jobs/job-registry'
import type { FileStorage } from '../storage/file-storage'
import { RetentionRepository } from './retention.repository'
import { RetentionService } from './retention.service'

/** Personal data with a lifetime: the retention policy and its daily sweep job. */
export function createPrivacy(deps: {
  db: Db
  config: Config
  clock: Clock
  audit: AuditService
  files: FileStorage
  jobs: JobRegistry
}): RetentionService {
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
  return retention
}

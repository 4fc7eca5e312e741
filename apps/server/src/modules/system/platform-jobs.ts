import { z } from 'zod'
import type { Clock } from '../../platform/clock'
import type { SessionStore } from '../auth/auth.queries'
import type { JobRegistry } from '../jobs/job-registry'
import type { FinishedJobs } from '../jobs/jobs.queries'
import type { EventBus } from '../realtime/event-bus'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Housekeeping: expired sessions, old real-time events, finished jobs. */
export function definePlatformJobs(
  registry: JobRegistry,
  deps: { clock: Clock; sessions: SessionStore; bus: EventBus; jobs: FinishedJobs },
): void {
  const empty = z.object({})
  registry.define({
    type: 'platform.prune',
    payload: empty,
    handle: async (_p, ctx) => {
      const now = deps.clock.now()
      const sessions = await deps.sessions.deleteExpired(now.toISOString())
      const events = await deps.bus.prune(new Date(now.getTime() - DAY))
      const jobs = await deps.jobs.pruneFinished(new Date(now.getTime() - 7 * DAY).toISOString())
      ctx.log.info({ sessions, events, jobs }, 'pruned')
    },
  })
  registry.schedule({ name: 'platform.prune', type: 'platform.prune', payload: {}, everyMs: HOUR })
}

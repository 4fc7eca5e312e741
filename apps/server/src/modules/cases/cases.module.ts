import path from 'node:path'
import { z } from 'zod'
import type { Config } from '../../config'
import type { Db, Executor } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { Logger } from '../../platform/logger'
import type { AuditService } from '../audit/audit.service'
import { userDisplayName } from '../auth/auth.queries'
import type { CalendarService } from '../calendar/calendar.service'
import { publishedVersionId } from '../catalog/catalog.queries'
import type { JobRegistry } from '../jobs/job-registry'
import { departmentExists, departmentName } from '../org/departments.queries'
import { divisionOfWindow, windowNumber } from '../org/halls.queries'
import type { SmsService } from '../sms/sms.service'
import type { FileStorage } from '../storage/file-storage'
import type { CaseContext, MatterSource } from './case-context'
import { recomputeDeadlines } from './case-deadlines'
import { LightCountsRepository } from './light-counts.repository'
import { CaseAuthorisationService } from './case-authorisation.service'
import { CaseAuthorisationUploadsRepository } from './case-authorisations.repository'
import { CaseIntakeService } from './case-intake.service'
import { CaseJournal } from './case-journal'
import { CaseQueriesService } from './case-queries.service'
import { intakeDeadline } from './case-clock'
import { isIntakeStatus } from './case-state'
import { CasePausesService } from './case-pauses.service'
import { CaseWorkService } from './case-work.service'
import { ChainRepository } from './chain.repository'
import { ChainService, SEAL_FILE } from './chain.service'
import { CaseApprovalsRepository, CaseEventsRepository, CasesRepository } from './cases.repository'
import { toFlag } from '../../db/convert'

/** The case services, as the container holds them. */
export interface CasesModule {
  intake: CaseIntakeService
  work: CaseWorkService
  pauses: CasePausesService
  queries: CaseQueriesService
  authorisations: CaseAuthorisationService
  chain: ChainService
  context: CaseContext
}

export interface CasesDeps {
  db: Db
  config: Config
  clock: Clock
  log: Logger
  audit: AuditService
  calendar: CalendarService
  sms: SmsService
  matters: MatterSource
  jobs: JobRegistry
  /** where uploaded files live (the agent's authorisation document) */
  files: FileStorage
}

const AUTHORISATION_SWEEP_EVERY_MS = 60 * 60_000
/**
 * How often the supervision counts' deltas are folded (light-counts.repository.ts). Reads are
 * exact whatever the interval (they add the unfolded deltas); it bounds how many deltas a read
 * adds up: about (case writes per second) × 10 rows × this many seconds.
 */
export const LIGHT_FOLD_EVERY_MS = 5_000
const VERSION_CACHE_SIZE = 2000

/**
 * A published version never changes, and every case action reads the one its case follows:
 * keep them in memory (drafts are never cached; a version's status may go from published to
 * superseded, which cases do not look at).
 */
function cachingMatterSource(
  source: MatterSource,
  publishedVersionId: (idOrCode: string, tx?: Executor) => Promise<string | null>,
): MatterSource {
  const cache = new Map<string, Awaited<ReturnType<MatterSource['getVersion']>>>()
  return {
    // which version is published now is one small read; the version itself comes from the cache
    async getPublished(idOrCode, tx) {
      const versionId = await publishedVersionId(idOrCode, tx)
      return versionId ? this.getVersion(versionId, tx) : source.getPublished(idOrCode, tx)
    },
    async getVersion(versionId, tx) {
      const hit = cache.get(versionId)
      if (hit) return hit
      const version = await source.getVersion(versionId, tx)
      if (version.status !== 'draft') {
        if (cache.size >= VERSION_CACHE_SIZE) cache.delete(cache.keys().next().value as string)
        cache.set(versionId, version)
      }
      return version
    },
  }
}

export function createCases(deps: CasesDeps): CasesModule {
  const { db } = deps
  const cases = new CasesRepository(db)
  const events = new CaseEventsRepository(db)
  const context: CaseContext = {
    db,
    config: deps.config,
    clock: deps.clock,
    cases,
    events,
    approvals: new CaseApprovalsRepository(db),
    matters: cachingMatterSource(deps.matters, (idOrCode, tx) => publishedVersionId(tx ?? db, idOrCode)),
    calendar: deps.calendar,
    sms: deps.sms,
    audit: deps.audit,
    files: deps.files,
    authorisationUploads: new CaseAuthorisationUploadsRepository(db),
    // what cases read of the organisation and the staff accounts, through their owners' queries
    departmentExists: (id, tx) => departmentExists(tx ?? db, id),
    departmentName: (id) => departmentName(db, id),
    divisionOfWindow: async (windowId) => (windowId ? divisionOfWindow(db, windowId) : null),
    receiver: async (userId, windowId) => {
      const [clerk, number] = await Promise.all([
        userId ? userDisplayName(db, userId) : null,
        windowId ? windowNumber(db, windowId) : null,
      ])
      return { clerk, windowNumber: number }
    },
  }
  const journal = new CaseJournal(db, cases, events, deps.clock, deps.config.eventHash)
  const chain = new ChainService(
    new ChainRepository(db),
    deps.clock,
    deps.config.eventHash,
    path.join(deps.config.dataDir, SEAL_FILE),
  )

  // A calendar change moves the due dates of open cases it touches, each recorded on the case.
  deps.calendar.onCalendarChanged(async (change) => {
    const today = deps.calendar.today()
    for (const row of await cases.openCases(change.tx)) {
      const doc = (await context.matters.getVersion(row.matter_version_id, change.tx)).document
      const actor = { label: 'system:calendar', role: null, departmentId: null }
      if (isIntakeStatus(row.status as never)) {
        const intake = intakeDeadline(change.calendar, {
          submittedOn: row.submitted_on,
          intakeLimitDays: doc.intakeLimitDays,
          today,
        })
        if (intake.dueDate === row.intake_due_on) continue
        await journal.record(change.tx, row, actor, {
          type: 'deadline.recomputed',
          reason: 'calendar change',
          patch: { intake_due_on: intake.dueDate, is_due_provisional: toFlag(intake.isProvisional) },
          data: { intake: { from: row.intake_due_on, to: intake.dueDate }, dates: change.dates },
        })
        continue
      }
      const { patch, changed } = await recomputeDeadlines(cases, change.tx, row, doc, change.calendar, today)
      if (changed.length === 0 && patch.is_due_provisional === row.is_due_provisional) {
        // a task's provisional flag may have moved without the case: its lights still settle
        await cases.settle(change.tx, row.id)
        continue
      }
      await journal.record(change.tx, row, actor, {
        type: 'deadline.recomputed',
        reason: 'calendar change',
        patch,
        data: { changed, dates: change.dates },
      })
    }
  })

  deps.jobs.define({
    type: 'cases.seal',
    payload: z.object({}),
    handle: async (_p, ctx) => {
      const n = await chain.seal()
      if (n) ctx.log.info({ heads: n }, 'sealed a checkpoint of the case chains')
    },
  })
  deps.jobs.schedule({
    name: 'cases.seal',
    type: 'cases.seal',
    payload: {},
    everyMs: deps.config.chainSealMs,
  })

  const lightCounts = new LightCountsRepository(deps.db)
  deps.jobs.define({
    type: 'cases.light-counts.fold',
    payload: z.object({}),
    // a fold that fails is the next slot's work
    maxAttempts: 2,
    handle: async (_p, ctx) => {
      const n = await lightCounts.fold()
      if (n) ctx.log.debug({ deltas: n }, 'folded the supervision counts')
    },
  })
  deps.jobs.schedule({
    name: 'cases.light-counts.fold',
    type: 'cases.light-counts.fold',
    payload: {},
    everyMs: LIGHT_FOLD_EVERY_MS,
  })

  const authorisations = new CaseAuthorisationService(context)
  // authorisation documents (委托书) uploaded at the window that no case used
  deps.jobs.define({
    type: 'cases.authorisations.sweep',
    payload: z.object({}),
    handle: async (_p, ctx) => {
      const swept = await authorisations.sweepUnused()
      if (swept.uploads) ctx.log.info(swept, 'removed unused authorisation uploads')
    },
  })
  deps.jobs.schedule({
    name: 'cases.authorisations.sweep',
    type: 'cases.authorisations.sweep',
    payload: {},
    everyMs: AUTHORISATION_SWEEP_EVERY_MS,
  })

  return {
    intake: new CaseIntakeService(context, journal),
    authorisations,
    work: new CaseWorkService(context, journal),
    pauses: new CasePausesService(context, journal),
    queries: new CaseQueriesService(context),
    chain,
    context,
  }
}

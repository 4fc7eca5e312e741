import os from 'node:os'
import { z } from 'zod'
import type { Config } from './config'
import { openDatabase, type Database } from './db/database'
import { durabilityWarning } from './db/dialect'
import { migrateToLatest } from './db/migrate'
import { OffsetClock, systemClock, type Clock } from './platform/clock'
import { newId } from './platform/ids'
import { createLogger, type Logger } from './platform/logger'
import { AuditRepository } from './modules/audit/audit.repository'
import { AuditService } from './modules/audit/audit.service'
import { AuthService } from './modules/auth/auth.service'
import { CalendarRepository } from './modules/calendar/calendar.repository'
import { CalendarService } from './modules/calendar/calendar.service'
import { createCatalog, type CatalogModule } from './modules/catalog/catalog.module'
import { createCases, type CasesModule } from './modules/cases/cases.module'
import { createSupervision, type SupervisionModule } from './modules/supervision/supervision.module'
import { createQueue, type QueueModule } from './modules/queue/queue.module'
import { createRatings, type RatingsModule } from './modules/ratings/ratings.module'
import { createOnline, type OnlineModule } from './modules/online/online.module'
import { createTrading, type TradingModule } from './modules/trading/trading.module'
import { createExperts, type ExpertsModule } from './modules/experts/experts.module'
import { createEvaluation, type EvaluationModule } from './modules/evaluation/evaluation.module'
import { createBidding, type BiddingModule } from './modules/bidding/bidding.module'
import { bidderPhones, lotBidderOrgs, lotBidFacts, openedBids } from './modules/bidding/bidding.queries'
import { SessionsRepository } from './modules/auth/sessions.repository'
import { UsersRepository } from './modules/auth/users.repository'
import { createBackups } from './modules/backup/backup.module'
import type { BackupService } from './modules/backup/backup.service'
import { createPrivacy } from './modules/privacy/privacy.module'
import type { MyDataService } from './modules/privacy/my-data.service'
import type { RetentionService } from './modules/privacy/retention.service'
import { DevicesRepository } from './modules/devices/devices.repository'
import { DevicesService } from './modules/devices/devices.service'
import { JobQueue } from './modules/jobs/job-queue'
import { JobRegistry } from './modules/jobs/job-registry'
import { JobRunner } from './modules/jobs/job-runner'
import { JobsRepository } from './modules/jobs/jobs.repository'
import { EventBus } from './modules/realtime/event-bus'
import { QuietEventBus } from './modules/realtime/quiet-bus'
import { HistoryStatusStore } from './seed/history/history-status'
import type { SmsProvider } from './modules/sms/providers/sms-provider'
import { SmsDispatcher } from './modules/sms/sms-dispatcher'
import { SmsRepository } from './modules/sms/sms.repository'
import { SmsService } from './modules/sms/sms.service'
import { attachSmsTransport, createSmsProvider } from './modules/sms/sms.module'
import type { SmsTransport } from './modules/sms/sms-transport'
import { SmsTemplatesRepository } from './modules/sms/templates/templates.repository'
import { SmsTemplatesService } from './modules/sms/templates/templates.service'
import { LocalFileStorage, type FileStorage } from './modules/storage/file-storage'
import { definePlatformJobs } from './modules/system/platform-jobs'
import { createVoice } from './modules/voice/voice.module'
import type { VoiceService } from './modules/voice/voice.service'
import { SetupService } from './modules/system/setup.service'
import { HallRepository } from './modules/org/hall.repository'
import { HallService } from './modules/org/hall.service'
import { QueueCategoriesRepository } from './modules/queue/queue-categories.repository'
import { OrgRepository } from './modules/org/org.repository'
import { OrgService } from './modules/org/org.service'
import { LookupGuardRepository } from './modules/lookup-guard/lookup-guard.repository'
import { LookupGuardService } from './modules/lookup-guard/lookup-guard.service'
import { LoginBackoff } from './modules/auth/login-backoff'
import { TotpRepository } from './modules/auth/totp.repository'
import { TotpService } from './modules/auth/totp.service'
import { SecretBox, masterKey } from './platform/secret-box'
import { IdempotencyRepository } from './modules/idempotency/idempotency.repository'
import { IdempotencyService } from './modules/idempotency/idempotency.service'

/**
 * Wires repositories and services once. Services get exactly what they use (no base class
 * that injects everything); routes reach services through `app.container`.
 */
export interface Container {
  config: Config
  /** anonymous second-factor attempts: per number locks, per address budget */
  lookupGuard: LookupGuardService
  /** first answers of creation requests with an Idempotency-Key */
  idempotency: IdempotencyService
  clock: Clock
  database: Database
  log: Logger
  instanceId: string
  audit: AuditService
  auth: AuthService
  totp: TotpService
  calendar: CalendarService
  /** the matter catalog (事项清单): matters, bundles, Excel */
  catalog: CatalogModule
  /** cases (办件): intake, department work, queries, the event chain */
  cases: CasesModule
  /** electronic supervision (电子监察): lights, alerts, cards, dashboard, assessment */
  supervision: SupervisionModule
  /** the queue (排队叫号) and appointments (预约) */
  queue: QueueModule
  /** ratings (好差评): every channel, rectification of bad reviews, appeals, TD opt-outs */
  ratings: RatingsModule
  /** the online channel (网上办事): citizen sign-in, applications with uploads, my cases */
  online: OnlineModule
  /** the public resource trading center (公共资源交易中心) */
  trading: TradingModule
  /** the expert pool and committees (评标专家): draws, invitations, check-in */
  experts: ExpertsModule
  /** evaluation sessions, results (candidates, publicity, award) and bid security */
  evaluation: EvaluationModule
  /** electronic bidding (电子招标投标): bidders, sealed bids, the online opening */
  bidding: BiddingModule
  devices: DevicesService
  setup: SetupService
  org: OrgService
  halls: HallService
  bus: EventBus
  jobs: { registry: JobRegistry; queue: JobQueue; runner: JobRunner; repo: JobsRepository }
  sms: {
    service: SmsService
    dispatcher: SmsDispatcher
    provider: SmsProvider
    repo: SmsRepository
    templates: SmsTemplatesService
    transport: SmsTransport
  }
  /** the voice channel (VOICE_PROVIDER; off by default): calls with a keypad reply */
  voice: VoiceService
  storage: FileStorage
  /** scheduled, verified backups with retention */
  backups: BackupService
  /** personal data with a lifetime: the daily retention sweep */
  retention: RetentionService
  /** a citizen's download of their own data */
  myData: MyDataService
  /** whether the demo history is built (seed/history) */
  demoHistory: HistoryStatusStore
  /**
   * starts background work (bus, jobs, SMS dispatch); with `holdWorkers` the jobs and the SMS
   * dispatch wait for `startWorkers` (while the demo history is being built: its jobs and SMS
   * belong to past days and are run by the history's own clock)
   */
  start(options?: { holdWorkers?: boolean }): Promise<void>
  startWorkers(): Promise<void>
  /** stops background work and closes the database */
  close(): Promise<void>
}

export interface ContainerOptions {
  config: Config
  clock?: Clock
  log?: Logger
  database?: Database
  smsProvider?: SmsProvider
  /**
   * Real-time events are not written (the demo history: screens of the past had no viewers,
   * and today's screens must not replay them). Nothing else changes.
   */
  quietRealtime?: boolean
}

export async function createContainer(options: ContainerOptions): Promise<Container> {
  const { config } = options
  const clock = options.clock ?? (config.clockStart ? new OffsetClock(config.clockStart) : systemClock)
  const log = options.log ?? createLogger(config.logLevel)
  const database = options.database ?? (await openDatabase(config.database))
  try {
    await migrateToLatest(database)
  } catch (err) {
    // nothing else will close it (its checkpoint thread, its files)
    if (!options.database) await database.close()
    throw err
  }
  const db = database.db
  const durability = await durabilityWarning(db)
  if (durability) log.warn(durability)
  const instanceId = `${os.hostname()}-${process.pid}-${newId().slice(-6)}`

  const audit = new AuditService(new AuditRepository(db), clock)
  const users = new UsersRepository(db)
  const sessions = new SessionsRepository(db)
  const totp = new TotpService(
    db,
    new TotpRepository(db),
    sessions,
    audit,
    clock,
    new SecretBox(masterKey(config.secretKey, config.dataDir), 'staff-totp'),
    { mode: config.mode, issuer: config.centerName },
  )
  const auth = new AuthService(db, users, sessions, audit, clock, totp, {
    sessionIdleMinutes: config.sessionIdleMinutes,
    loginBackoff: new LoginBackoff(new LookupGuardRepository(db), clock, config.loginBackoff),
  })
  const bus = options.quietRealtime
    ? new QuietEventBus(database, clock, log)
    : new EventBus(database, clock, log)
  const devices = new DevicesService(db, new DevicesRepository(db), audit, bus, clock)
  const setup = new SetupService(db, auth, clock)
  const orgRepo = new OrgRepository(db)
  const org = new OrgService(db, orgRepo, audit, clock)
  const halls = new HallService(
    db,
    new HallRepository(db),
    orgRepo,
    audit,
    clock,
    new QueueCategoriesRepository(db),
  )
  auth.validateGrantsWith((grants, tx) => org.assertGrantsValid(grants, tx))
  devices.validatePlacesWith((place, tx) => halls.assertPlaceExists(place, tx))
  const calendar = new CalendarService(db, new CalendarRepository(db), audit, clock, log, {
    timeZone: config.timeZone,
  })
  await calendar.get()
  const catalog = createCatalog(db, audit, clock, log)

  const jobsRepo = new JobsRepository(db, database.dialect)
  const registry = new JobRegistry()
  const queue = new JobQueue(registry, jobsRepo, clock)
  const runner = new JobRunner(registry, queue, jobsRepo, clock, log, {
    workerId: instanceId,
    timeZone: config.timeZone,
  })
  definePlatformJobs(registry, { clock, sessions, bus, jobs: jobsRepo })

  const smsRepo = new SmsRepository(db, database.dialect)
  const provider = options.smsProvider ?? createSmsProvider(config, log)
  const smsTemplates = new SmsTemplatesService(db, new SmsTemplatesRepository(db), clock, audit, {
    centerName: config.centerName,
  })
  await smsTemplates.reload()
  const smsService = new SmsService(db, smsRepo, bus, clock, {
    templates: smsTemplates,
    centerName: config.centerName,
    virtualPhone: config.sms.virtualPhone,
    mode: config.mode,
  })
  const dispatcher = new SmsDispatcher(db, smsRepo, provider, bus, clock, log, {
    maxPerSecond: config.sms.maxPerSecond,
    maxAttempts: config.sms.maxAttempts,
    maxPerNumberPerMinute: config.sms.maxPerNumberPerMinute,
    leaseMs: config.sms.leaseMs,
  })
  smsService.onQueued(() => dispatcher.wake())
  const smsTransport = attachSmsTransport({
    db,
    repo: smsRepo,
    service: smsService,
    dispatcher,
    provider,
    clock,
    log,
  })
  const voice = createVoice({
    db,
    config,
    clock,
    log,
    bus,
    jobs: { registry, queue },
    assertVirtualPhone: (actor) => smsService.assertVirtualPhone(actor),
  })
  const storage = new LocalFileStorage(config.storageDir)
  const cases = createCases({
    db,
    config,
    clock,
    log,
    audit,
    calendar,
    sms: smsService,
    matters: catalog.matters,
    jobs: registry,
    files: storage,
  })
  const supervision = createSupervision({
    db,
    config,
    clock,
    log,
    audit,
    calendar,
    bus,
    sms: smsService,
    jobs: registry,
  })
  const queueModule = createQueue({
    database,
    config,
    clock,
    audit,
    calendar,
    sms: smsService,
    bus,
    jobs: registry,
  })
  const ratings = createRatings({
    db,
    clock,
    audit,
    calendar,
    sms: smsService,
    bus,
    jobs: registry,
    timeZone: config.timeZone,
    ...config.ratings,
  })
  // TD: non-essential SMS to an opted-out number are not queued (SmsService.queue asks)
  smsService.skipNonEssentialWhen(ratings.ratings.isOptedOut)
  // satisfaction (满意度) of departments, windows and staff on the dashboard and in the assessment
  supervision.performance.useSatisfaction(
    async (of, from, to) =>
      new Map(
        (await ratings.ratings.satisfactionFigures(of, from, to)).map((r) => [r.id, r.satisfiedPercent]),
      ),
  )
  const online = createOnline({
    db,
    clock,
    audit,
    sms: smsService,
    storage,
    catalog,
    cases,
    sessionIdleMinutes: config.sessionIdleMinutes,
  })
  const trading = createTrading({ db, config, clock, audit, calendar, bus, jobs: registry })
  const bidding = createBidding({
    db,
    config,
    clock,
    audit,
    auth,
    sms: smsService,
    bus,
    storage,
    trading,
    jobs: registry,
  })
  const experts = createExperts({ db, config, clock, audit, sms: smsService, voice, jobs: registry })
  // experts and evaluation learn a lot's bidders and its opened bids from bidding's queries
  experts.useBidding({ lotBidderOrgs, openedBids, bidderPhones, lotBidFacts })
  const evaluation = createEvaluation({ db, config, clock, trading, experts, sms: smsService })
  // the trading board's rules read late deposit returns and rigging signs through evaluation
  trading.board.useLotFacts(evaluation.lotFacts.of)

  const lookupGuard = new LookupGuardService(db, new LookupGuardRepository(db), clock, smsService, {
    ...config.lookupGuard,
    timeZone: config.timeZone,
  })
  const backups = createBackups({ db, config, clock, log, jobs: registry })
  const { retention, myData } = createPrivacy({ db, config, clock, audit, files: storage, jobs: registry })

  const idempotency = new IdempotencyService(new IdempotencyRepository(db), clock)
  // counters of second factors and sign-ins, and idempotency keys, once they can no longer matter
  registry.define({
    type: 'security.prune',
    payload: z.object({}),
    handle: async (_p, ctx) => {
      const counters = await lookupGuard.prune()
      const keys = await idempotency.prune()
      if (counters || keys) ctx.log.info({ counters, keys }, 'pruned security records')
    },
  })
  registry.schedule({ name: 'security.prune', type: 'security.prune', payload: {}, everyMs: 60 * 60_000 })

  let started = false
  let workersStarted = false
  const startWorkers = async () => {
    if (workersStarted || !config.workers) return
    workersStarted = true
    await supervision.enqueueStartupSweep(queue, instanceId)
    await runner.start()
    await dispatcher.start()
  }
  return {
    config,
    lookupGuard,
    idempotency,
    clock,
    database,
    log,
    instanceId,
    audit,
    auth,
    totp,
    calendar,
    catalog,
    cases,
    supervision,
    queue: queueModule,
    ratings,
    online,
    trading,
    experts,
    evaluation,
    bidding,
    devices,
    setup,
    org,
    halls,
    bus,
    jobs: { registry, queue, runner, repo: jobsRepo },
    sms: {
      service: smsService,
      dispatcher,
      provider,
      repo: smsRepo,
      templates: smsTemplates,
      transport: smsTransport,
    },
    voice,
    storage,
    backups,
    retention,
    myData,
    demoHistory: new HistoryStatusStore(db),
    async start(options = {}) {
      await bus.start()
      await smsTemplates.start()
      started = true
      if (config.workers && !options.holdWorkers) await startWorkers()
      else registry.assertComplete()
    },
    startWorkers,
    async close() {
      if (started) {
        smsTemplates.stop()
        await dispatcher.stop()
        await runner.stop()
        await backups.settled()
        await bus.stop()
      }
      await database.close()
    },
  }
}

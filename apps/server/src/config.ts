import path from 'node:path'
import { z } from 'zod'

/**
 * Configuration, read from the environment once at start and validated (STYLE.md 8).
 * Nothing else reads process.env. Each variable is documented in README.md.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  /** `sqlite:<path>` or a bare file path, or `postgres://…` */
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('data'),
  /** where uploaded files live; a shared volume when several instances run */
  STORAGE_DIR: z.string().optional(),
  TZ_CENTER: z.string().default('Asia/Shanghai'),
  YIMIN_MODE: z.enum(['demo', 'production']).default('demo'),
  /** demos and browser tests only: the clock starts at this instant (ISO, e.g. 2026-12-15T02:00:00Z) and ticks; refused in production */
  YIMIN_CLOCK_START: z.iso.datetime({ offset: true }).optional(),
  CENTER_NAME: z.string().default('乌鲁木齐市政务服务中心'),
  TLS_CERT_FILE: z.string().optional(),
  TLS_KEY_FILE: z.string().optional(),
  /** trust X-Forwarded-* from a TLS proxy in front of the server */
  TRUST_PROXY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(1_048_576),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(30 * 24 * 60)
    .default(12 * 60),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),
  /** wrong passwords in a row that pause an account's sign-in (whatever the address) */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  /** the first pause; each further one doubles up to LOGIN_BACKOFF_MAX_MINUTES */
  LOGIN_BACKOFF_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  LOGIN_BACKOFF_MAX_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  /** master key for secrets kept encrypted in the database (staff TOTP); required in production, ≥ 32 characters */
  SECRET_KEY: z.string().min(32).max(512).optional(),
  /** outbox: the virtual phone (default); smpp: an operator's SMSC; http: a signed HTTP gateway */
  SMS_PROVIDER: z.enum(['outbox', 'smpp', 'http']).default('outbox'),
  SMPP_HOST: z.string().min(1).optional(),
  SMPP_PORT: z.coerce.number().int().min(1).max(65535).default(2775),
  SMPP_SYSTEM_ID: z.string().min(1).max(15).optional(),
  SMPP_PASSWORD: z.string().max(8).optional(),
  SMPP_SOURCE_ADDR: z.string().min(1).max(20).optional(),
  /** outstanding submit_sm at once on the bind */
  SMPP_WINDOW: z.coerce.number().int().min(1).max(500).default(10),
  SMPP_ENQUIRE_LINK_SECONDS: z.coerce.number().min(1).max(600).default(30),
  /** messages to one number per minute (more wait their turn); 0 = no cap */
  SMS_MAX_PER_NUMBER_PER_MINUTE: z.coerce.number().int().min(0).max(1000).default(5),
  /** how long a claimed message is held before another instance may resend it (a crash mid-send) */
  SMS_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
  SMS_HTTP_URL: z.string().url().optional(),
  SMS_HTTP_SECRET: z.string().min(16).optional(),
  SMS_HTTP_MAX_SKEW_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
  SMS_MAX_PER_SECOND: z.coerce.number().min(0.1).max(10_000).default(50),
  SMS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * the voice channel for essential notices (expert invitations, keypad 1/2): off (default);
   * aliyun: Alibaba Cloud VMS IvrCall; outbox: the demo's virtual phone (refused in production)
   */
  VOICE_PROVIDER: z.enum(['off', 'aliyun', 'outbox']).default('off'),
  VOICE_ALIYUN_ENDPOINT: z.string().url().default('https://dyvmsapi.aliyuncs.com/'),
  VOICE_ALIYUN_REGION: z.string().min(1).max(40).default('cn-hangzhou'),
  VOICE_ALIYUN_ACCESS_KEY_ID: z.string().min(1).max(128).optional(),
  VOICE_ALIYUN_ACCESS_KEY_SECRET: z.string().min(1).max(256).optional(),
  /** the number bought in the VMS console that the callee sees (CalledShowNumber) */
  VOICE_ALIYUN_CALLED_SHOW_NUMBER: z.string().min(3).max(20).optional(),
  /** the approved TTS template of the expert invitation (variables time, place, minutes) */
  VOICE_ALIYUN_TTS_EXPERT_INVITATION: z.string().min(1).max(64).optional(),
  /** the approved prompt played after a key (您的选择已记录) */
  VOICE_ALIYUN_KEY_ACK_CODE: z.string().min(1).max(64).optional(),
  /** the secret path segment of the receipt URL configured in the VMS console (≥ 24 characters) */
  VOICE_CALLBACK_TOKEN: z.string().min(24).max(256).optional(),
  VOICE_PLAY_TIMES: z.coerce.number().int().min(1).max(3).default(2),
  VOICE_KEY_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(10),
  /** attempts to place one call (then it is marked failed; the SMS was sent anyway) */
  VOICE_PLACE_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  /** the virtual phone page: on in demo mode (set false to hide it); refused in production */
  VIRTUAL_PHONE: bool.optional(),
  /** run background workers (jobs, SMS dispatch) in this process */
  WORKERS: bool.default(true),
  /** demo mode: build ~90 days of operation behind the demo center at the first start (off with 0, or when CI=true) */
  YIMIN_DEMO_HISTORY: bool.default(true),
  YIMIN_DEMO_HISTORY_DAYS: z.coerce.number().int().min(1).max(366).default(90),
  YIMIN_DEMO_HISTORY_SEED: z.coerce.number().int().min(0).max(2_147_483_647).default(2016),
  /** percent of the usual volume (200 tickets and 60 cases a working day); the history journey builds a lighter one */
  YIMIN_DEMO_HISTORY_VOLUME: z.coerce.number().int().min(1).max(100).default(100),
  CI: z.string().optional(),
  /** SQLite WAL checkpoints: on a worker thread (background) or inside the commit that fills the WAL (inline, SQLite's default) */
  SQLITE_CHECKPOINT: z.enum(['background', 'inline']).default('background'),
  /**
   * SQLite durability: full (each commit is fsynced: survives a power cut or an OS crash) or
   * normal (survives a killed process; a power cut may lose the last commits). Default: full in
   * production, normal in demo mode.
   */
  SQLITE_SYNCHRONOUS: z.enum(['full', 'normal']).optional(),
  /** PostgreSQL schema to work in (default: the connection's search_path, normally public) */
  PG_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/)
    .optional(),
  PG_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  WEB_DIST_DIR: z.string().optional(),
  /** how often the moved heads of the case chains are sealed (and the seal file rewritten) */
  CHAIN_SEAL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(60),
  /** hash of the case event chain: sha256, or sm3 for national-crypto deployments */
  EVENT_HASH: z.enum(['sha256', 'sm3']).default('sha256'),
  /** the division code of this center, the first part of case numbers (GB/T 2260) */
  CENTER_DIVISION_CODE: z
    .string()
    .regex(/^\d{6}$/)
    .default('650100'),
  /** public address used in QR codes on printed documents, e.g. https://zwfw.example.gov.cn */
  PUBLIC_URL: z.string().url().optional(),
  /** an SMS reply rates the phone's latest case or visit that ended within this many days */
  RATING_REPLY_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** working days a department has to rectify a bad review (差评整改) */
  RATING_RECTIFY_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  /** wrong second factors in a row that lock a case or bundle number's anonymous lookups */
  LOOKUP_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** the first lock; each repeated lock doubles, up to LOOKUP_LOCK_MAX_HOURS */
  LOOKUP_LOCK_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
  LOOKUP_LOCK_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  /** anonymous second-factor attempts per client address per minute, across all such routes */
  LOOKUP_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  /** hours before an appointment its SMS reminder goes out (预约提醒); 0 = no reminders */
  APPOINTMENT_REMINDER_HOURS: z.coerce.number().int().min(0).max(168).default(24),
  /** where scheduled backups go (default <DATA_DIR>/backups) */
  BACKUP_DIR: z.string().optional(),
  /** daily backup time HH:MM in the center's time zone, or off; default 02:30 in production, off in demo */
  BACKUP_AT: z
    .string()
    .regex(/^(([01]\d|2[0-3]):[0-5]\d|off)$/)
    .optional(),
  BACKUP_KEEP_DAILY: z.coerce.number().int().min(1).max(366).default(7),
  BACKUP_KEEP_WEEKLY: z.coerce.number().int().min(0).max(520).default(4),
  /** personal data retention in days (README.md "Personal data") */
  RETENTION_SIGN_IN_CODE_DAYS: z.coerce.number().int().min(1).max(3650).default(2),
  RETENTION_SMS_BODY_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  RETENTION_SMS_REPLY_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  RETENTION_CLOSED_UPLOAD_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  RETENTION_TICKET_CONTACT_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  RETENTION_RATING_PHONE_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
})

export type Env = z.input<typeof envSchema>

export interface Config {
  port: number
  host: string
  mode: 'demo' | 'production'
  /** YIMIN_CLOCK_START: the instant the clock starts at (then it ticks); null = the real clock */
  clockStart: Date | null
  centerName: string
  timeZone: string
  dataDir: string
  storageDir: string
  database:
    | {
        kind: 'sqlite'
        file: string
        checkpoint: 'background' | 'inline'
        /** PRAGMA synchronous (default normal when absent) */
        synchronous?: 'full' | 'normal'
      }
    | { kind: 'postgres'; url: string; poolSize: number; schema: string | null }
  tls: { certFile: string; keyFile: string } | null
  trustProxy: boolean
  logLevel: string
  bodyLimitBytes: number
  sessionIdleMinutes: number
  loginRateLimitPerMinute: number
  /** SECRET_KEY; null in demo mode without one (a key is generated into the data directory) */
  secretKey: string | null
  /** per-account sign-in backoff */
  loginBackoff: { maxFailures: number; lockMs: number; maxLockMs: number }
  sms: {
    provider: 'outbox' | 'smpp' | 'http'
    maxPerSecond: number
    maxAttempts: number
    virtualPhone: boolean
    maxPerNumberPerMinute: number
    leaseMs: number
    smpp: {
      host: string
      port: number
      systemId: string
      password: string
      sourceAddr: string
      window: number
      enquireLinkMs: number
    } | null
    http: { url: string; secret: string; maxSkewSeconds: number } | null
  }
  /** the voice channel; provider off = no calls */
  voice: {
    provider: 'off' | 'aliyun' | 'outbox'
    placeAttempts: number
    aliyun: {
      endpoint: string
      regionId: string
      accessKeyId: string
      accessKeySecret: string
      calledShowNumber: string
      templates: Record<string, string>
      keyAckCode: string
      callbackToken: string
      playTimes: number
      keyTimeoutMs: number
    } | null
  }
  workers: boolean
  /** the demo history (seed/history): built in the background at the first demo start; never in production */
  demoHistory: { enabled: boolean; days: number; seed: number; volumePercent: number }
  webDistDir: string
  eventHash: 'sha256' | 'sm3'
  /** CHAIN_SEAL_SECONDS in ms */
  chainSealMs: number
  centerDivisionCode: string
  publicUrl: string | null
  ratings: { replyWindowDays: number; rectifyWorkingDays: number }
  appointments: { reminderHoursBefore: number }
  /** anonymous second-factor attempts (issue 17.2) */
  lookupGuard: { maxFailures: number; lockMs: number; maxLockMs: number; perAddressPerMinute: number }
  /** scheduled backups: the folder, the daily time (null = none) and how many to keep */
  backup: { dir: string; scheduleAt: string | null; keepDaily: number; keepWeekly: number }
  /** how many days each kind of personal data is kept (modules/privacy) */
  retention: {
    signInCodeDays: number
    smsBodyDays: number
    smsReplyDays: number
    closedUploadDays: number
    ticketContactDays: number
    ratingPhoneDays: number
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  if (!isValidTimeZone(e.TZ_CENTER))
    throw new ConfigError(`invalid configuration:\n  TZ_CENTER: unknown time zone ${e.TZ_CENTER}`)
  if (e.YIMIN_CLOCK_START !== undefined && e.YIMIN_MODE === 'production') {
    throw new ConfigError(
      'invalid configuration:\n  YIMIN_CLOCK_START: a moved clock is for demos and tests only; it is refused when YIMIN_MODE=production',
    )
  }
  if (e.VIRTUAL_PHONE === true && e.YIMIN_MODE === 'production') {
    throw new ConfigError(
      'invalid configuration:\n  VIRTUAL_PHONE: the virtual phone is a demo surface; it is refused when YIMIN_MODE=production',
    )
  }
  if (e.SECRET_KEY === undefined && e.YIMIN_MODE === 'production') {
    throw new ConfigError(
      'invalid configuration:\n  SECRET_KEY: required when YIMIN_MODE=production (at least 32 random characters, kept out of backups)',
    )
  }
  if (Boolean(e.TLS_CERT_FILE) !== Boolean(e.TLS_KEY_FILE)) {
    throw new ConfigError('invalid configuration:\n  TLS_CERT_FILE and TLS_KEY_FILE must be set together')
  }
  const smsMissing =
    e.SMS_PROVIDER === 'smpp'
      ? (['SMPP_HOST', 'SMPP_SYSTEM_ID', 'SMPP_PASSWORD', 'SMPP_SOURCE_ADDR'] as const).filter(
          (k) => e[k] === undefined,
        )
      : e.SMS_PROVIDER === 'http'
        ? (['SMS_HTTP_URL', 'SMS_HTTP_SECRET'] as const).filter((k) => e[k] === undefined)
        : []
  if (smsMissing.length > 0) {
    throw new ConfigError(
      `invalid configuration:\n${smsMissing.map((k) => `  ${k}: required when SMS_PROVIDER=${e.SMS_PROVIDER}`).join('\n')}`,
    )
  }
  if (e.VOICE_PROVIDER === 'outbox' && e.YIMIN_MODE === 'production') {
    throw new ConfigError(
      "invalid configuration:\n  VOICE_PROVIDER: the voice outbox is the demo's virtual phone; it is refused when YIMIN_MODE=production",
    )
  }
  const voiceMissing =
    e.VOICE_PROVIDER === 'aliyun'
      ? (
          [
            'VOICE_ALIYUN_ACCESS_KEY_ID',
            'VOICE_ALIYUN_ACCESS_KEY_SECRET',
            'VOICE_ALIYUN_CALLED_SHOW_NUMBER',
            'VOICE_ALIYUN_TTS_EXPERT_INVITATION',
            'VOICE_ALIYUN_KEY_ACK_CODE',
            'VOICE_CALLBACK_TOKEN',
          ] as const
        ).filter((k) => e[k] === undefined)
      : []
  if (voiceMissing.length > 0) {
    throw new ConfigError(
      `invalid configuration:\n${voiceMissing.map((k) => `  ${k}: required when VOICE_PROVIDER=aliyun`).join('\n')}`,
    )
  }
  const dataDir = path.resolve(e.DATA_DIR)
  return {
    port: e.PORT,
    host: e.HOST,
    mode: e.YIMIN_MODE,
    clockStart: e.YIMIN_CLOCK_START === undefined ? null : new Date(e.YIMIN_CLOCK_START),
    centerName: e.CENTER_NAME,
    timeZone: e.TZ_CENTER,
    dataDir,
    storageDir: path.resolve(e.STORAGE_DIR ?? path.join(dataDir, 'files')),
    database: parseDatabaseUrl(
      e.DATABASE_URL,
      dataDir,
      e.PG_POOL_SIZE,
      e.PG_SCHEMA ?? null,
      e.SQLITE_CHECKPOINT,
      e.SQLITE_SYNCHRONOUS ?? (e.YIMIN_MODE === 'production' ? 'full' : 'normal'),
    ),
    tls: e.TLS_CERT_FILE && e.TLS_KEY_FILE ? { certFile: e.TLS_CERT_FILE, keyFile: e.TLS_KEY_FILE } : null,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    secretKey: e.SECRET_KEY ?? null,
    loginBackoff: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMs: e.LOGIN_BACKOFF_SECONDS * 1000,
      maxLockMs: Math.max(e.LOGIN_BACKOFF_MAX_MINUTES * 60_000, e.LOGIN_BACKOFF_SECONDS * 1000),
    },
    sms: {
      provider: e.SMS_PROVIDER,
      maxPerSecond: e.SMS_MAX_PER_SECOND,
      maxAttempts: e.SMS_MAX_ATTEMPTS,
      virtualPhone: e.VIRTUAL_PHONE ?? e.YIMIN_MODE === 'demo',
      maxPerNumberPerMinute: e.SMS_MAX_PER_NUMBER_PER_MINUTE,
      leaseMs: e.SMS_LEASE_SECONDS * 1000,
      smpp:
        e.SMS_PROVIDER === 'smpp'
          ? {
              host: e.SMPP_HOST!,
              port: e.SMPP_PORT,
              systemId: e.SMPP_SYSTEM_ID!,
              password: e.SMPP_PASSWORD!,
              sourceAddr: e.SMPP_SOURCE_ADDR!,
              window: e.SMPP_WINDOW,
              enquireLinkMs: e.SMPP_ENQUIRE_LINK_SECONDS * 1000,
            }
          : null,
      http:
        e.SMS_PROVIDER === 'http'
          ? { url: e.SMS_HTTP_URL!, secret: e.SMS_HTTP_SECRET!, maxSkewSeconds: e.SMS_HTTP_MAX_SKEW_SECONDS }
          : null,
    },
    voice: {
      provider: e.VOICE_PROVIDER,
      placeAttempts: e.VOICE_PLACE_ATTEMPTS,
      aliyun:
        e.VOICE_PROVIDER === 'aliyun'
          ? {
              endpoint: e.VOICE_ALIYUN_ENDPOINT,
              regionId: e.VOICE_ALIYUN_REGION,
              accessKeyId: e.VOICE_ALIYUN_ACCESS_KEY_ID!,
              accessKeySecret: e.VOICE_ALIYUN_ACCESS_KEY_SECRET!,
              calledShowNumber: e.VOICE_ALIYUN_CALLED_SHOW_NUMBER!,
              templates: { 'expert.invitation': e.VOICE_ALIYUN_TTS_EXPERT_INVITATION! },
              keyAckCode: e.VOICE_ALIYUN_KEY_ACK_CODE!,
              callbackToken: e.VOICE_CALLBACK_TOKEN!,
              playTimes: e.VOICE_PLAY_TIMES,
              keyTimeoutMs: e.VOICE_KEY_TIMEOUT_SECONDS * 1000,
            }
          : null,
    },
    workers: e.WORKERS,
    demoHistory: {
      enabled: e.YIMIN_MODE === 'demo' && e.YIMIN_DEMO_HISTORY && e.CI !== 'true',
      days: e.YIMIN_DEMO_HISTORY_DAYS,
      seed: e.YIMIN_DEMO_HISTORY_SEED,
      volumePercent: e.YIMIN_DEMO_HISTORY_VOLUME,
    },
    webDistDir: path.resolve(e.WEB_DIST_DIR ?? new URL('../../web/dist', import.meta.url).pathname),
    eventHash: e.EVENT_HASH,
    chainSealMs: e.CHAIN_SEAL_SECONDS * 1000,
    centerDivisionCode: e.CENTER_DIVISION_CODE,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, '') ?? null,
    ratings: { replyWindowDays: e.RATING_REPLY_DAYS, rectifyWorkingDays: e.RATING_RECTIFY_DAYS },
    appointments: { reminderHoursBefore: e.APPOINTMENT_REMINDER_HOURS },
    lookupGuard: {
      maxFailures: e.LOOKUP_MAX_FAILURES,
      lockMs: e.LOOKUP_LOCK_MINUTES * 60_000,
      maxLockMs: Math.max(e.LOOKUP_LOCK_MAX_HOURS * 3_600_000, e.LOOKUP_LOCK_MINUTES * 60_000),
      perAddressPerMinute: e.LOOKUP_PER_ADDRESS_PER_MINUTE,
    },
    backup: {
      dir: path.resolve(e.BACKUP_DIR ?? path.join(dataDir, 'backups')),
      scheduleAt:
        (e.BACKUP_AT ?? (e.YIMIN_MODE === 'production' ? '02:30' : 'off')) === 'off'
          ? null
          : (e.BACKUP_AT ?? '02:30'),
      keepDaily: e.BACKUP_KEEP_DAILY,
      keepWeekly: e.BACKUP_KEEP_WEEKLY,
    },
    retention: {
      signInCodeDays: e.RETENTION_SIGN_IN_CODE_DAYS,
      smsBodyDays: e.RETENTION_SMS_BODY_DAYS,
      smsReplyDays: e.RETENTION_SMS_REPLY_DAYS,
      closedUploadDays: e.RETENTION_CLOSED_UPLOAD_DAYS,
      ticketContactDays: e.RETENTION_TICKET_CONTACT_DAYS,
      ratingPhoneDays: e.RETENTION_RATING_PHONE_DAYS,
    },
  }
}

function parseDatabaseUrl(
  url: string | undefined,
  dataDir: string,
  poolSize: number,
  schema: string | null,
  checkpoint: 'background' | 'inline',
  synchronous: 'full' | 'normal',
): Config['database'] {
  if (!url) return { kind: 'sqlite', file: path.join(dataDir, 'yimin.db'), checkpoint, synchronous }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://'))
    return { kind: 'postgres', url, poolSize, schema }
  const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url
  if (!file) throw new ConfigError('invalid configuration:\n  DATABASE_URL: empty SQLite path')
  return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(file), checkpoint, synchronous }
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

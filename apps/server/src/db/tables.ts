/**
 * The database schema as Kysely sees it. Conventions (the same on SQLite and PostgreSQL):
 * - ids are UUIDv7 text (platform/ids.ts); sequences only where order matters (realtime_events.seq)
 * - timestamps are ISO-8601 UTC text `YYYY-MM-DDTHH:mm:ss.sssZ` (sortable as text)
 * - booleans are integers 0/1, named is_/has_; convert with db/convert.ts
 * - JSON is text; counts come back as numbers (pg int8 is parsed as a number in database.ts)
 * Each module declares its tables in `<module>.tables.ts` and `Tables` extends them; only
 * system_settings stays here, shared on purpose (each module owns its own keys).
 */
import type { CatalogTables } from '../modules/catalog/catalog.tables'
import type { CaseTables } from '../modules/cases/cases.tables'
import type { OrgTables } from '../modules/org/org.tables'
import type { QueueTables } from '../modules/queue/queue.tables'
import type { RatingTables } from '../modules/ratings/ratings.tables'
import type { SmsTemplateTables } from '../modules/sms/templates/templates.tables'
import type { SupervisionTables } from '../modules/supervision/supervision.tables'
import type { SmsTransportTables } from '../modules/sms/sms.tables'
import type { OnlineTables } from '../modules/online/online.tables'
import type { LookupGuardTables } from '../modules/lookup-guard/lookup-guard.tables'
import type { AuthTables } from '../modules/auth/auth.tables'
import type { TradingTables } from '../modules/trading/trading.tables'
import type { BiddingTables } from '../modules/bidding/bidding.tables'
import type { CitizenTables } from '../modules/citizens/citizens.tables'
import type { ExpertsTables } from '../modules/experts/experts.tables'
import type { EvaluationTables } from '../modules/evaluation/evaluation.tables'
import type { DeviceTables } from '../modules/devices/devices.tables'
import type { IdempotencyTables } from '../modules/idempotency/idempotency.tables'
import type { JobTables } from '../modules/jobs/jobs.tables'
import type { RealtimeTables } from '../modules/realtime/realtime.tables'
import type { AuditTables } from '../modules/audit/audit.tables'
import type { CalendarTables } from '../modules/calendar/calendar.tables'
import type { VoiceTables } from '../modules/voice/voice.tables'

export interface SystemSettingsTable {
  key: string
  value: string
  updated_at: string
}

export interface Tables
  extends
    OrgTables,
    CatalogTables,
    CaseTables,
    SupervisionTables,
    QueueTables,
    SmsTransportTables,
    OnlineTables,
    CitizenTables,
    SmsTemplateTables,
    LookupGuardTables,
    AuthTables,
    RatingTables,
    TradingTables,
    ExpertsTables,
    EvaluationTables,
    BiddingTables,
    DeviceTables,
    IdempotencyTables,
    JobTables,
    RealtimeTables,
    AuditTables,
    CalendarTables,
    VoiceTables {
  system_settings: SystemSettingsTable
}

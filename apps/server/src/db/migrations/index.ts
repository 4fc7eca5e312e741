import type { Migration } from 'kysely'
import * as m0001 from './0001-platform'
import * as m0002 from './0002-calendar'
import * as m0003 from './0003-organisation'
import * as m0004 from './0004-catalog'
import * as m0005 from './0005-cases'
import * as m0006 from './0006-queue'
import * as m0007 from './0007-supervision'
import * as m0008 from './0008-sms-transport'
import * as m0009 from './0009-ratings'
import * as m0010 from './0010-online'
import * as m0011 from './0011-supervision-queue'
import * as m0012 from './0012-sms-templates'
import * as m0013 from './0013-case-light-due'
import * as m0014 from './0014-supervision-card-close'
import * as m0015 from './0015-staff-phone'
import * as m0016 from './0016-case-index-trim'
import * as m0017 from './0017-window-names'
import * as m0018 from './0018-case-authorisation-uploads'
import * as m0019 from './0019-lookup-indexes'
import * as m0020 from './0020-lookup-guards'
import * as m0021 from './0021-device-sessions'
import * as m0022 from './0022-idempotency-keys'
import * as m0023 from './0023-bundle-intake'
import * as m0024 from './0024-bundle-feeds'
import * as m0025 from './0025-trading'
import * as m0026 from './0026-retention-indexes'
import * as m0027 from './0027-personal-data-lookups'
import * as m0028 from './0028-staff-totp'
import * as m0029 from './0029-trading-disputes'
import * as m0030 from './0030-bidding'
import * as m0031 from './0031-experts'
import * as m0032 from './0032-evaluation'
import * as m0033 from './0033-staff-number'
import * as m0034 from './0034-trading-search'
import * as m0035 from './0035-complaint-acceptance'
import * as m0036 from './0036-case-light-counts'
import * as m0037 from './0037-bid-rigging-facts'
import * as m0038 from './0038-hall-texts-translated'
import * as m0039 from './0039-catalog-localized-text'
import * as m0040 from './0040-lot-stage'
import * as m0041 from './0041-bidder-persons'
import * as m0042 from './0042-trading-search-trigrams'
import * as m0043 from './0043-voice'
import * as m0044 from './0044-announcement-lots'
import * as m0045 from './0045-queue-waiting-indexes'
import * as m0046 from './0046-case-figure-deltas'

/**
 * Every migration, in order. One set for SQLite and PostgreSQL; dialect differences go through
 * db/dialect.ts. Add a migration by adding a file and a line here; never edit a published one.
 */
export const migrations: Record<string, Migration> = {
  '0001-platform': m0001,
  '0002-calendar': m0002,
  '0003-organisation': m0003,
  '0004-catalog': m0004,
  '0005-cases': m0005,
  '0006-queue': m0006,
  '0007-supervision': m0007,
  '0008-sms-transport': m0008,
  '0009-ratings': m0009,
  '0010-online': m0010,
  '0011-supervision-queue': m0011,
  '0012-sms-templates': m0012,
  '0013-case-light-due': m0013,
  '0014-supervision-card-close': m0014,
  '0015-staff-phone': m0015,
  '0016-case-index-trim': m0016,
  '0017-window-names': m0017,
  '0018-case-authorisation-uploads': m0018,
  '0019-lookup-indexes': m0019,
  '0020-lookup-guards': m0020,
  '0021-device-sessions': m0021,
  '0022-idempotency-keys': m0022,
  '0023-bundle-intake': m0023,
  '0024-bundle-feeds': m0024,
  '0025-trading': m0025,
  '0026-retention-indexes': m0026,
  '0027-personal-data-lookups': m0027,
  '0028-staff-totp': m0028,
  '0029-trading-disputes': m0029,
  '0030-bidding': m0030,
  '0031-experts': m0031,
  '0032-evaluation': m0032,
  '0033-staff-number': m0033,
  '0034-trading-search': m0034,
  '0035-complaint-acceptance': m0035,
  '0036-case-light-counts': m0036,
  '0037-bid-rigging-facts': m0037,
  '0038-hall-texts-translated': m0038,
  '0039-catalog-localized-text': m0039,
  '0040-lot-stage': m0040,
  '0041-bidder-persons': m0041,
  '0042-trading-search-trigrams': m0042,
  '0043-voice': m0043,
  '0044-announcement-lots': m0044,
  '0045-queue-waiting-indexes': m0045,
  '0046-case-figure-deltas': m0046,
}

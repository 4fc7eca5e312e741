import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { AuditService } from '../audit/audit.service'
import { sessionStore } from '../auth/auth.queries'
import type { SmsService } from '../sms/sms.service'
import { CitizensRepository } from './citizens.repository'
import { CitizensService } from './citizens.service'

/** Citizens and their sign-in by SMS code (the online channel's accounts). */
export function createCitizens(deps: {
  db: Db
  sms: SmsService
  audit: AuditService
  clock: Clock
  sessionIdleMinutes: number
}): CitizensService {
  const { db } = deps
  return new CitizensService(
    db,
    new CitizensRepository(db),
    sessionStore(db),
    deps.sms,
    deps.audit,
    deps.clock,
    {
      sessionIdleMinutes: deps.sessionIdleMinutes,
    },
  )
}

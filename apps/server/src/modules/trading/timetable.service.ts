import type { Principal, TimetableEditRequest, TimetableRule, TimetableVersionResponse } from '@yimin/shared'
import type { Db } from '../../db/database'
import { fromJson, toJson } from '../../db/convert'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { actorLabel, type AuditService } from '../audit/audit.service'
import { assertCan } from '../auth/permissions'
import { STATUTORY_TIMETABLE } from './statutory-timetable'
import { applyTimetableEdit } from './timetable.rules'
import type { TradingRepository } from './trading.repository'

export interface TimetableVersion {
  version: number
  rules: readonly TimetableRule[]
}

/**
 * Versions of the legal timetable. Version 0 is the statutory table shipped in the code; an
 * administrator publishes a new version by changing day counts, only ever stricter than the
 * law (TRADING_TIMETABLE_LAXER_THAN_STATUTE). A lot keeps the version in force at its first
 * announcement; published versions never change.
 */
export class TimetableService {
  constructor(
    private readonly db: Db,
    private readonly repo: TradingRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async current(): Promise<TimetableVersion> {
    const row = await this.repo.latestTimetable()
    if (!row) return { version: 0, rules: STATUTORY_TIMETABLE }
    return { version: Number(row.version), rules: fromJson<TimetableRule[]>(row.rules) ?? [] }
  }

  async get(version: number): Promise<TimetableVersion> {
    if (version === 0) return { version: 0, rules: STATUTORY_TIMETABLE }
    const row = await this.repo.findTimetable(version)
    if (!row) return this.current()
    return { version, rules: fromJson<TimetableRule[]>(row.rules) ?? [] }
  }

  async describe(): Promise<TimetableVersionResponse> {
    const row = await this.repo.latestTimetable()
    const cur = await this.current()
    return {
      version: cur.version,
      note: row?.note ?? null,
      createdAt: row?.created_at ?? null,
      rules: [...cur.rules],
    }
  }

  async edit(actor: Principal, input: TimetableEditRequest): Promise<TimetableVersionResponse> {
    assertCan(actor, 'trading.timetable')
    const at = this.clock.now().toISOString()
    return this.db.transaction().execute(async (tx) => {
      const latest = await this.repo.latestTimetable(tx)
      const current = latest ? (fromJson<TimetableRule[]>(latest.rules) ?? []) : STATUTORY_TIMETABLE
      const r = applyTimetableEdit(STATUTORY_TIMETABLE, current, input.changes)
      if (!r.rules)
        throw new AppError(
          'TRADING_TIMETABLE_LAXER_THAN_STATUTE',
          'a rule cannot be laxer than the law, nor unknown',
          { problems: r.problems },
        )
      const version = (latest ? Number(latest.version) : 0) + 1
      // two editors at once: the second insert of the same version fails and rolls back
      await this.repo.insertTimetable(
        { version, rules: toJson(r.rules), note: input.note, created_by: actorLabel(actor), created_at: at },
        tx,
      )
      await this.audit.record(
        {
          actor,
          action: 'trading.timetable.publish',
          subject: `timetable:${version}`,
          details: { changes: input.changes },
        },
        tx,
      )
      return { version, note: input.note, createdAt: at, rules: r.rules }
    })
  }
}

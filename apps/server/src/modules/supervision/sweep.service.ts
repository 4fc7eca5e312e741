import { channels, phoneSchema } from '@yimin/shared'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { Logger } from '../../platform/logger'
import type { CalendarService } from '../calendar/calendar.service'
import { formatDate, parseDate } from '../calendar/civil-dates'
import type { EventBus } from '../realtime/event-bus'
import type { SmsService } from '../sms/sms.service'
import type { AlertRow, AlertsRepository } from './alerts.repository'
import { resolveClearedAlerts } from './alert-resolution'
import { newAlertRow } from './alert-rows'
import type { CaseFactsRepository } from './case-facts.repository'
import { firstReceivedOn, rollUp } from './rollup'
import { rollUpToday } from './today-figures'
import { rules, type CaseFacts, type RuleContext } from './rules'
import { settingsView, type SupervisionSettingsStore } from './supervision-settings'

/** Recently completed cases are looked at again (fees, speed) for this many days. */
const RECENT_DAYS = 7
/** At most this many alert events per sweep go out one by one; more become one summary. */
const EVENTS_PER_SWEEP = 200

export interface SweepResult {
  evaluated: number
  findings: number
  created: number
  /** alerts whose condition went away, resolved by this sweep */
  resolved: number
  rolledUpRows: number
  ms: number
}

/**
 * The sweep (on a schedule and at start): evaluates every anomaly rule over open cases and
 * recently completed ones, creates each alert once (a unique key, `on conflict do nothing`: safe
 * across restarts and instances), tells the departments (their channel, and an SMS to the
 * department's mobile number when it has one), and keeps the daily rollup up to date.
 */
export class SupervisionSweep {
  constructor(
    private readonly deps: {
      db: Db
      clock: Clock
      log: Logger
      calendar: CalendarService
      settings: SupervisionSettingsStore
      facts: CaseFactsRepository
      alerts: AlertsRepository
      bus: EventBus
      sms: SmsService
    },
  ) {}

  async run(): Promise<SweepResult> {
    const started = performance.now()
    const { db, clock, calendar } = this.deps
    // read outside any transaction (SQLite: one connection)
    const cal = await calendar.get()
    const today = calendar.today()
    const now = clock.now()
    const settings = await this.deps.settings.get()
    const ctx: RuleContext = { cal, today, now, settings: settingsView(settings) }
    const since = formatDate(parseDate(today) - RECENT_DAYS)
    // only the open cases in which a rule can find something (not every open case's rows)
    const open = await this.deps.facts.load(db, { ids: await this.deps.facts.sweepCandidates(db, today) })
    const recent = await this.deps.facts.load(db, { completedSince: since })
    const seen = new Set<string>()
    const rows: AlertRow[] = []
    const evaluated = new Map<string, CaseFacts>()
    for (const facts of [...open, ...recent]) {
      if (seen.has(facts.id)) continue
      seen.add(facts.id)
      evaluated.set(facts.id, facts)
      rows.push(...this.evaluate(facts, ctx))
    }
    const known = await this.deps.alerts.existingKeys(rows.map((r) => r.key))
    const fresh = rows.filter((r) => !known.has(r.key))
    const created = fresh.length ? await this.notifyAndInsert(fresh, now) : 0
    const resolved = await resolveClearedAlerts(
      { db, alerts: this.deps.alerts },
      evaluated,
      rows,
      now.toISOString(),
    )
    const rolledUpRows = await this.rollUp(cal, today, now.toISOString())
    await this.deps.bus.publish(db, channels.staff(), 'supervision.changed', {
      reason: 'sweep',
      at: now.toISOString(),
    })
    // the supervision wall (数据大屏) refetches its aggregates after every sweep
    await this.deps.bus.publish(db, channels.wall(), 'supervision.changed', {
      reason: 'sweep',
      at: now.toISOString(),
    })
    const result = {
      evaluated: seen.size,
      findings: rows.length,
      created,
      resolved,
      rolledUpRows,
      ms: Math.round(performance.now() - started),
    }
    if (created || resolved) this.deps.log.info(result, 'supervision sweep raised or resolved alerts')
    return result
  }

  private evaluate(facts: CaseFacts, ctx: RuleContext): AlertRow[] {
    const at = ctx.now.toISOString()
    return rules.flatMap((rule) =>
      rule
        .evaluate(facts, ctx)
        .map((f): AlertRow =>
          newAlertRow(
            rule,
            f,
            { caseId: facts.id, caseNumber: facts.number, windowId: facts.windowId },
            { at, on: ctx.today },
          ),
        ),
    )
  }

  /** Inserts what is new and, in the same transaction, the events and SMS about what this sweep created. */
  private async notifyAndInsert(rows: AlertRow[], now: Date): Promise<number> {
    const departments = await this.deps.alerts.departmentNames(rows.map((r) => r.department_id))
    const phones = await this.deps.alerts.staffPhones([...new Set(rows.map((r) => r.department_id))])
    return this.deps.db.transaction().execute(async (tx) => {
      const created = await this.deps.alerts.insertNew(rows, tx)
      const perDepartment = new Map<string, number>()
      for (const [i, a] of created.entries()) {
        perDepartment.set(a.department_id, (perDepartment.get(a.department_id) ?? 0) + 1)
        if (i < EVENTS_PER_SWEEP) {
          await this.deps.bus.publish(tx, channels.department(a.department_id), 'supervision.alert', {
            alertId: a.id,
            code: a.code,
            severity: a.severity,
            caseId: a.case_id,
            caseNumber: a.case_number,
            departmentId: a.department_id,
          })
        }
      }
      // one summary SMS per department to its duty number and to each of its staff with a mobile number
      for (const [departmentId, n] of perDepartment) {
        const numbers = new Set([departments.get(departmentId)?.phone, ...(phones.get(departmentId) ?? [])])
        for (const phone of numbers) {
          if (!phone || !phoneSchema.safeParse(phone).success) continue
          await this.deps.sms.queueTemplate(tx, {
            causeKey: `supervision:${departmentId}:${now.toISOString()}`,
            recipient: phone,
            template: 'supervision.alerts',
            vars: { count: n },
          })
        }
      }
      if (created.length)
        await this.deps.bus.publish(tx, channels.staff(), 'supervision.changed', {
          reason: 'alert',
          at: now.toISOString(),
        })
      return created.length
    })
  }

  private async rollUp(
    cal: Awaited<ReturnType<CalendarService['get']>>,
    today: string,
    now: string,
  ): Promise<number> {
    const { db, settings } = this.deps
    let from = await settings.marker('rollup.through')
    if (from === null) {
      from = (await firstReceivedOn(db)) ?? today
    }
    const yesterday = formatDate(parseDate(today) - 1)
    // the days before today from the cases; today likewise, with the figure deltas its snapshot
    // holds dropped (today-figures.ts)
    const rows =
      (from <= yesterday ? await rollUp(db, cal, from, yesterday) : 0) + (await rollUpToday(db, cal, today))
    // days before today are final: the next sweep starts at yesterday (a late write of the day before)
    await settings.setMarker('rollup.through', yesterday, now)
    return rows
  }
}

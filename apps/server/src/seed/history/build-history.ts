import { createContainer, type Container } from '../../container'
import { ManualClock } from '../../platform/clock'
import { createLogger } from '../../platform/logger'
import { CaseActor, person } from './actors/case-actor'
import { OversightActor } from './actors/oversight-actor'
import { PortalActors, WINDOW_SHARE, type PortalSummary } from './actors/portal-actors'
import { QueueActor } from './actors/queue-actor'
import { TradingActor } from './actors/trading-actor'
import { Agenda } from './agenda'
import { planDay } from './day-planner'
import { Cast, readDemoSetup } from './demo-setup.repository'
import { HistoryStatusStore, type HistoryStatus } from './history-status'
import { Random } from './random'
import { addDays, instantAt, weekdayOf } from './time'
import { at, type World } from './world'

export interface BuildOptions {
  /** calendar days behind today (the history ends yesterday) */
  days: number
  seed: number
  /** the live local date (YYYY-MM-DD); default: the live container's today */
  today?: string
  ticketsPerDay?: number
  casesPerDay?: number
  progress?: (p: { done: number; days: number; date: string; ms: number }) => void
}

export interface HistorySummary {
  days: number
  from: string | null
  to: string | null
  tickets: number
  served: number
  cases: number
  completed: number
  cards: number
  /** online applications, bundles and appointments (of `cases`, those online) */
  portal: PortalSummary
  /** trading projects entered and lots awarded */
  trading: { projects: number; awarded: number }
  failures: Record<string, number>
  ms: number
  /** CPU time of this process meanwhile (user + system): the figure a loaded machine does not inflate */
  cpuMs: number
}

const TICK_MINUTES = 5

/**
 * Builds the demo history by driving the real services through past days with a manual clock:
 * a second container on the same database (its own clock, no workers, no real-time events)
 * plays each working day of the last `days` from a fixed seed. The live container keeps the
 * real clock and serves meanwhile; its jobs and SMS dispatch wait until the history is done.
 *
 * A restart after an interruption resumes at the first working day not finished (the status
 * row counts them); later steps of earlier cases that were still on the in-memory agenda are
 * lost, so those cases stay where they were (a little more backlog, still consistent).
 */
export async function buildHistory(live: Container, o: BuildOptions): Promise<HistorySummary> {
  const started = performance.now()
  const cpuStart = process.cpuUsage()
  const store = new HistoryStatusStore(live.database.db)
  const prior = await store.read()
  const today = o.today ?? live.calendar.today()
  const first = addDays(today, -o.days)
  const cal = await live.calendar.get()
  const dates: string[] = []
  for (let d = first; d < today; d = addDays(d, 1)) if (cal.isWorkingDay(d)) dates.push(d)
  const resumeAt =
    prior.state === 'building' && prior.seed === o.seed && prior.days === dates.length ? prior.done : 0
  const status: HistoryStatus = {
    state: 'building',
    done: resumeAt,
    days: dates.length,
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
    seed: o.seed,
    startedAt: prior.startedAt ?? live.clock.now().toISOString(),
    finishedAt: null,
  }
  await store.write(status, live.clock.now().toISOString())

  const clock = new ManualClock(at0(live, first))
  const c = await createContainer({
    config: {
      ...live.config,
      workers: false,
      sms: { ...live.config.sms, maxPerSecond: 1_000_000, maxPerNumberPerMinute: 0 },
    },
    clock,
    database: live.database,
    log: createLogger(live.config.logLevel === 'silent' ? 'silent' : 'warn'),
    quietRealtime: true,
  })
  const setup = await readDemoSetup(live.database.db)
  const w: World = {
    c,
    clock,
    setup,
    cast: new Cast(setup),
    agenda: new Agenda(),
    cal: await c.calendar.get(),
    today,
    random: new Random(o.seed ^ 0x5bd1e995),
    failures: new Map(),
  }
  const queue = new QueueActor(w)
  const cases = new CaseActor(w, await CaseActor.loadDocs(w))
  const oversight = new OversightActor(w)
  const casesPerDay = o.casesPerDay ?? 60
  const portal = await PortalActors.create(w, queue, cases, casesPerDay)
  const trading = await TradingActor.load(w, dates, o.seed)
  const onError = (err: unknown) => live.log.warn({ err }, 'demo history: a step failed')

  for (let i = resumeAt; i < dates.length; i++) {
    const date = dates[i]!
    const plan = planDay({
      seed: o.seed,
      date,
      workingDaysAgo: dates.length - i,
      weekday: weekdayOf(date),
      ticketsPerDay: portal.walkIns(o.ticketsPerDay ?? 200),
      casesPerDay: Math.round(casesPerDay * WINDOW_SHARE),
      categories: setup.categories.length,
      matters: cases.draws,
    })
    for (const t of plan.tickets) {
      const phone = t.withPhone ? person(Math.floor(w.random.next() * 999_999)).phone : null
      w.agenda.add(at(w, date, t.at), () => queue.arrive(t, phone))
    }
    if (cases.matterCount > 0)
      for (const p of plan.cases) w.agenda.add(at(w, date, p.at), () => cases.arrive(date, p))
    portal.plan(o.seed, date, dates.length - i, casesPerDay)

    trading?.startDay(date)
    for (let m = 9 * 60 + 55; m <= 21 * 60; m += TICK_MINUTES) {
      const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
      clock.set(at(w, date, hhmm))
      await w.agenda.runUntil(clock.now(), onError)
      await queue.tick()
      await portal.tick()
      await trading?.tick()
      if (m % 30 === 0) await background(c)
      // let the live server answer between steps (SQLite calls are synchronous)
      await new Promise((r) => setImmediate(r))
      if (m >= 19 * 60 + 30 && !queue.busy) break
    }
    clock.set(at(w, date, '21:00'))
    await w.agenda.runUntil(clock.now(), onError)
    await queue.close()
    await oversight.endOfDay(i)
    await background(c)
    status.done = i + 1
    await store.write(status, live.clock.now().toISOString())
    o.progress?.({ done: i + 1, days: dates.length, date, ms: Math.round(performance.now() - started) })
  }
  // the evening before today: replies and steps still due, one last sweep
  if (dates.length > 0) {
    clock.set(at(w, addDays(today, -1), '23:30'))
    await w.agenda.runUntil(clock.now(), onError)
    await c.supervision.sweep.run()
    await background(c)
  }
  status.state = 'done'
  status.finishedAt = live.clock.now().toISOString()
  await store.write(status, status.finishedAt)
  return {
    days: dates.length,
    from: status.from,
    to: status.to,
    tickets: queue.issued,
    served: queue.served,
    cases: cases.created,
    completed: cases.completed,
    cards: oversight.cards,
    portal: portal.summary(),
    trading: { projects: trading?.projects ?? 0, awarded: trading?.awarded ?? 0 },
    failures: Object.fromEntries([...w.failures].sort(([a], [b]) => a.localeCompare(b))),
    ms: Math.round(performance.now() - started),
    cpuMs: cpuMsSince(cpuStart),
  }
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start)
  return Math.round((d.user + d.system) / 1000)
}

function at0(live: Container, date: string): Date {
  return instantAt(date, '00:00', live.config.timeZone)
}

/** What the workers would do meanwhile, at the history's time: rating invitations, due jobs, SMS out. */
async function background(c: Container): Promise<void> {
  await c.ratings.sweep()
  await c.jobs.runner.runDue()
  await c.sms.dispatcher.drain()
}

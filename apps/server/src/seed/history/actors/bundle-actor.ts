import type { Bundle, MatterVersion, OnlineApplication, Principal } from '@yimin/shared'
import { normalizeName } from '../../../modules/catalog/catalog.rules'
import type { SmsReply } from '../day-planner'
import { Random } from '../random'
import { at, attempt, workingDayAfter, type World } from '../world'
import { person, type CaseActor } from './case-actor'
import type { CitizenSessions } from './citizen-sessions'
import { DEMO_CITIZEN, applyOnline, replyOf, reviewTime, scan, submitTimes } from './online-actor'

type Doc = MatterVersion['document']
type CaseRef = OnlineApplication['cases'][number]

/**
 * Bundles (一件事一次办): a citizen applies online for a life event; one submission files a case
 * per matter under one bundle number; the bundle window (the lead department) reviews and
 * accepts them all, the departments work them in parallel, the matter whose result the others
 * need (the business licence …) first; the bundle is rated once when its last case is decided.
 */

/** Of the day's cases, the share that comes as bundles (each bundle is several cases). */
export const BUNDLE_SHARE = 0.07
/** matters in an average demo bundle */
const MATTERS_PER_BUNDLE = 4.4

export type BundleFate =
  /** every department on time */
  | 'on_time'
  /** one department decides after its promised time */
  | 'late'
  /** the window sends one matter's scan back; the citizen uploads it again and resubmits */
  | 'corrected'
  /** one department refuses its matter (不予许可); the others approve */
  | 'denied'
  /** still running today (recent days only) */
  | 'open'

export interface BundlePlan {
  at: string
  /** index into the bundles */
  bundle: number
  fate: BundleFate
  /** the matter the fate concerns (an index among the bundle's matters that feed no other) */
  odd: number
  /** how far into each matter's promised time its department decides (0.2 … 0.8) */
  progress: number
  reply: SmsReply
  /** rates on the portal (with the bundle number) rather than by answering the SMS */
  ratesOnPortal: boolean
  person: number
}

export interface BundlePlanOptions {
  seed: number
  date: string
  workingDaysAgo: number
  casesPerDay: number
  bundles: number
  /** the bundle the demo citizen applied for */
  demoBundle: number
}

function fateOf(r: Random, workingDaysAgo: number): BundleFate {
  return r.weighted<BundleFate>([
    ['on_time', 62],
    ['late', 12],
    ['corrected', 12],
    ['denied', 6],
    ['open', workingDaysAgo <= 12 ? 15 : 0],
  ])
}

/** The bundle applications of one working day: pure, from the seed and the day. */
export function planBundleDay(o: BundlePlanOptions): BundlePlan[] {
  const r = Random.forDay(o.seed ^ 0xb0d1e5, o.date)
  if (o.bundles === 0) return []
  const expected = (o.casesPerDay * BUNDLE_SHARE) / MATTERS_PER_BUNDLE
  const count = Math.floor(expected * (0.6 + 0.8 * r.next()) + r.next())
  const plans = submitTimes(r, count).map((t): BundlePlan => {
    const fate = fateOf(r, o.workingDaysAgo)
    return {
      at: t,
      bundle: r.int(0, o.bundles - 1),
      fate,
      odd: r.int(0, 9),
      progress: 0.2 + 0.6 * r.next(),
      reply: replyOf(r),
      ratesOnPortal: r.chance(0.25),
      person: r.int(1, 999_999),
    }
  })
  // the demo citizen's bundle, done and rated on the portal
  if (o.workingDaysAgo === 10)
    plans.push({
      at: '10:20',
      bundle: o.demoBundle,
      fate: 'on_time',
      odd: 0,
      progress: 0.2,
      reply: { kind: 'level', level: 'very_satisfied', comment: '一次申请就办好了开店的所有手续' },
      ratesOnPortal: true,
      person: DEMO_CITIZEN,
    })
  return plans
}

/** The matter a fate concerns: one that feeds no other (its lateness or refusal holds nobody up). */
export function oddMatter(
  codes: readonly string[],
  feeders: ReadonlySet<string>,
  odd: number,
): string | null {
  const free = codes.filter((c) => !feeders.has(c))
  return free.length ? free[odd % free.length]! : null
}

export class BundleActor {
  applications = 0
  private readonly feeders: Map<string, Set<string>>

  constructor(
    private readonly w: World,
    private readonly cases: CaseActor,
    private readonly citizens: CitizenSessions,
    private readonly bundles: Bundle[],
    private readonly docs: Map<string, Doc>,
  ) {
    this.feeders = new Map(bundles.map((b) => [b.code, new Set(b.feeds.map((f) => f.fromMatterCode))]))
  }

  static async load(w: World): Promise<{ bundles: Bundle[]; docs: Map<string, Doc> }> {
    const all = (await attempt(w, 'bundles', () => w.c.catalog.bundles.list({ kind: 'anonymous' }))) ?? []
    const bundles = all.filter((b) => b.isComplete).sort((a, b) => a.code.localeCompare(b.code))
    const docs = new Map<string, Doc>()
    for (const code of new Set(bundles.flatMap((b) => b.matters.map((m) => m.code)))) {
      const v = await attempt(w, 'matter', () => w.c.catalog.matters.getPublished(code))
      if (v) docs.set(code, v.document)
    }
    return { bundles, docs }
  }

  plan(seed: number, date: string, workingDaysAgo: number, casesPerDay: number): void {
    const demoBundle = Math.max(
      0,
      this.bundles.findIndex((b) => b.code === 'YJS-KCG'),
    )
    const plans = planBundleDay({
      seed,
      date,
      workingDaysAgo,
      casesPerDay,
      bundles: this.bundles.length,
      demoBundle,
    })
    for (const p of plans) this.w.agenda.add(at(this.w, date, p.at), () => this.apply(date, p))
  }

  private async apply(date: string, plan: BundlePlan): Promise<void> {
    const { w } = this
    const bundle = this.bundles[plan.bundle % this.bundles.length]!
    const citizen = await this.citizens.signIn(person(plan.person))
    if (!citizen) return
    const app = await applyOnline(w, citizen, 'bundle', bundle.code, plan.person, date)
    if (!app?.bundleNumber || app.cases.length === 0) return
    this.applications++
    this.cases.created += app.cases.length
    const when = reviewTime(w, date, plan.at)
    if (when) w.agenda.add(when, () => this.review(bundle, app, plan, citizen))
  }

  /** The bundle window's review: every case accepted, or one sent back for a clearer scan. */
  private async review(bundle: Bundle, app: OnlineApplication, plan: BundlePlan, citizen: Principal) {
    const { w } = this
    const lead = w.cast.as('clerk', bundle.leadDepartment.id)
    const date = w.c.calendar.today()
    const odd = oddMatter(
      app.cases.map((c) => c.matterCode),
      this.feeders.get(bundle.code) ?? new Set(),
      plan.odd,
    )
    const state = { left: app.cases.length, ended: null as Date | null }
    // the others are decided after the feeder's result is issued (that day at the earliest;
    // null: it comes after today, so they wait too)
    const feederDays = Math.max(
      0,
      ...app.cases.map((c) => {
        const doc = this.docs.get(c.matterCode)
        return doc && this.isFeeder(app.code, doc.code) ? this.feederDays(doc, plan) : 0
      }),
    )
    const order = { odd, notBefore: feederDays ? workingDayAfter(w, date, feederDays) : date }
    for (const c of app.cases) {
      const doc = this.docs.get(c.matterCode)
      if (!doc) continue
      if (plan.fate === 'corrected' && c.matterCode === odd) {
        await this.correct(doc, c, plan, citizen, lead, state, app, date, order.notBefore)
        continue
      }
      const accepted = await attempt(w, 'accept', () =>
        w.c.cases.intake.accept(lead, c.id, { deferredMaterials: [] }),
      )
      if (accepted) this.work(date, doc, c, plan, order, state, app, citizen)
    }
  }

  private isFeeder(bundleCode: string, matterCode: string): boolean {
    return this.feeders.get(bundleCode)?.has(matterCode) ?? false
  }

  /** The feeding matter is decided early (the same day when it is promised so). */
  private feederDays(doc: Doc, plan: BundlePlan): number {
    if (doc.promisedLimitDays === 0) return 0
    return Math.max(1, Math.round(plan.progress * doc.promisedLimitDays * 0.5))
  }

  private async correct(
    doc: Doc,
    c: CaseRef,
    plan: BundlePlan,
    citizen: Principal,
    lead: Principal,
    state: { left: number; ended: Date | null },
    app: OnlineApplication,
    date: string,
    notBefore: string | null,
  ): Promise<void> {
    const { w } = this
    const first = doc.materials.findIndex((m) => m.isRequired && !this.isFed(app.code, doc.code, m.name.zh))
    if (first < 0) return
    const asked = await attempt(w, 'correction', () =>
      w.c.cases.intake.requestCorrection(lead, c.id, {
        missingMaterials: [first],
        note: '上传的扫描件不完整，请重新上传',
      }),
    )
    const evening = workingDayAfter(w, date, 1)
    if (!asked || !evening) return
    w.agenda.add(at(w, evening, '19:50'), async () => {
      const upload = await attempt(w, 'correction upload', () =>
        w.c.online.myCases.uploadCorrection(citizen, c.id, first, scan('补正扫描件')),
      )
      const again =
        upload && (await attempt(w, 'online resubmit', () => w.c.online.myCases.resubmit(citizen, c.id)))
      const next = again && workingDayAfter(w, evening, 1)
      if (!next) return
      w.agenda.add(at(w, next, '10:40'), async () => {
        const accepted = await attempt(w, 'accept', () =>
          w.c.cases.intake.accept(lead, c.id, { deferredMaterials: [] }),
        )
        if (accepted) this.work(next, doc, c, plan, { odd: null, notBefore }, state, app, citizen)
      })
    })
  }

  private isFed(bundleCode: string, matterCode: string, material: string): boolean {
    const b = this.bundles.find((x) => x.code === bundleCode)
    return !!b?.feeds.some(
      (f) => f.toMatterCode === matterCode && normalizeName(f.material) === normalizeName(material),
    )
  }

  /** The department decides on its working day: the feeding matter first, the odd one late or refusing. */
  private work(
    date: string,
    doc: Doc,
    c: CaseRef,
    plan: BundlePlan,
    order: { odd: string | null; notBefore: string | null },
    state: { left: number; ended: Date | null },
    app: OnlineApplication,
    citizen: Principal,
  ): void {
    const { w } = this
    const isFeeder = this.isFeeder(app.code, doc.code)
    const isOdd = doc.code === order.odd
    if (!isFeeder && (plan.fate === 'open' || order.notBefore === null)) return
    const limit = Math.max(1, doc.promisedLimitDays)
    const late = plan.fate === 'late' && isOdd
    // a matter promised the same day (承诺 0 个工作日) is decided that evening, or the next day when late
    const sameDay = doc.promisedLimitDays === 0
    const days = late
      ? sameDay
        ? 1
        : Math.round(1.3 * limit) + 1
      : isFeeder
        ? this.feederDays(doc, plan)
        : sameDay
          ? 0
          : Math.max(1, Math.round(plan.progress * limit))
    const own = workingDayAfter(w, date, days)
    const end = !isFeeder && own && order.notBefore! > own ? order.notBefore : own
    if (!end) return
    const time = isFeeder
      ? days === 0
        ? '18:10'
        : '10:50'
      : late
        ? '18:40'
        : end === date
          ? '18:20'
          : '11:50'
    w.agenda.add(at(w, end, time), async () => {
      const outcome = plan.fate === 'denied' && isOdd ? 'denied' : 'approved'
      await this.cases.decideCase(doc, c.id, outcome)
      state.left--
      state.ended = w.clock.now()
      if (state.left === 0) this.rate(plan, app, citizen, state.ended)
    })
  }

  /** The bundle is rated once: by SMS reply to the invitation, or on the portal with its number. */
  private rate(plan: BundlePlan, app: OnlineApplication, citizen: Principal, ended: Date): void {
    const { w } = this
    const reply = plan.reply
    if (!plan.ratesOnPortal || reply.kind !== 'level') {
      this.cases.replyLater(ended, plan)
      return
    }
    w.agenda.add(new Date(ended.getTime() + 3 * 3_600_000), async () => {
      await attempt(w, 'rate bundle', () =>
        w.c.ratings.ratings.rateCase(citizen, {
          caseNumber: app.bundleNumber!,
          factor: person(plan.person).phone.slice(-4),
          level: reply.level,
          ...(reply.comment ? { comment: reply.comment } : {}),
        }),
      )
    })
  }
}

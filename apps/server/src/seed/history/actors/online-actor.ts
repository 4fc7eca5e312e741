import {
  onlineApplicableLevels,
  type Applicant,
  type MatterVersion,
  type OnlineApplication,
  type Principal,
} from '@yimin/shared'
import type { CaseFate, CasePlan, SmsReply } from '../day-planner'
import { Random } from '../random'
import { at, attempt, workingDayAfter, type World } from '../world'
import { answer, person, type CaseActor } from './case-actor'
import type { CitizenSessions } from './citizen-sessions'

type Doc = MatterVersion['document']

/**
 * Online applications (网上申报) of single matters: a citizen signs in on the portal, fills in
 * the form, uploads the materials and submits; the department's window reviews it (预审) the
 * same day or the next working day: accepts it (then the case is worked as at the window),
 * sends it back for a clearer scan (the citizen uploads it and resubmits online), or refuses it;
 * now and then the citizen withdraws it before the review.
 */

/** Of the day's cases, the share of single-matter online applications (bundles come on top, also online). */
export const ONLINE_MATTER_SHARE = 0.1
/** The serial of the demo citizen (phone 13900138000), who has a past to look at on the portal. */
export const DEMO_CITIZEN = 138_000

export interface OnlinePlan extends CasePlan {
  /** the citizen withdraws it before the review */
  withdraws: boolean
  /** after a correction notice: the citizen uploads and resubmits (else it waits for them) */
  resubmits: boolean
}

export interface OnlinePlanOptions {
  seed: number
  date: string
  /** working days between this day and today (1 = yesterday) */
  workingDaysAgo: number
  casesPerDay: number
  /** matters that can be applied for online */
  matters: number
}

/** Submissions through the day and evening (after the hall closes they wait for the next review). */
const SUBMIT_CURVE: ReadonlyArray<readonly [number, number]> = [
  [10, 2],
  [11, 2],
  [12, 1.5],
  [13, 1],
  [15, 1],
  [16, 1.2],
  [17, 1],
  [18, 0.8],
  [19, 0.8],
  [20, 1],
]

const LEVELS = [
  ['very_satisfied', 55],
  ['satisfied', 27],
  ['basic', 10],
  ['dissatisfied', 5],
  ['very_dissatisfied', 3],
] as const

export function submitTimes(r: Random, n: number): string[] {
  const out: number[] = []
  for (let i = 0; i < n; i++) out.push(r.weighted(SUBMIT_CURVE) * 60 + r.int(0, 55))
  return out.sort((a, b) => a - b).map(hhmm)
}

export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** An applicant's answer to the rating SMS (online applicants answer a little more often). */
export function replyOf(r: Random): SmsReply {
  const x = r.next()
  if (x < 0.6) {
    const level = r.weighted(LEVELS)
    const comment =
      level === 'dissatisfied' || level === 'very_dissatisfied'
        ? r.pick(['网上提交后等了好几天才预审', '材料退回说明不清楚'])
        : r.chance(0.3)
          ? r.pick(['网上办理很方便，不用跑腿', '预审很快', 'تور ئارقىلىق بىر تەرەپ قىلدىم، قۇلايلىق'])
          : null
    return { kind: 'level', level, comment }
  }
  if (x < 0.64) return { kind: 'unclear', text: r.pick(['收到', '谢谢', 'ok']) }
  if (x < 0.66) return { kind: 'opt_out' }
  return { kind: 'none' }
}

function fateOf(r: Random, workingDaysAgo: number): CaseFate {
  return r.weighted<CaseFate>([
    ['on_time', 60],
    ['late', 6],
    ['corrected', 14],
    ['paused', 5],
    ['extended', 3],
    ['refused', 5],
    ['open', workingDaysAgo <= 15 ? 6 : 0],
  ])
}

/** The online applications of single matters on one working day: pure, from the seed and the day. */
export function planOnlineDay(o: OnlinePlanOptions): OnlinePlan[] {
  const r = Random.forDay(o.seed ^ 0x0a11e5, o.date)
  const count = Math.round(o.casesPerDay * ONLINE_MATTER_SHARE * (0.7 + 0.6 * r.next()))
  const plans = submitTimes(r, count).map((t): OnlinePlan => {
    const fate = fateOf(r, o.workingDaysAgo)
    return {
      at: t,
      matter: r.int(0, Math.max(0, o.matters - 1)),
      fate,
      progress: fate === 'late' ? 1.15 + 0.4 * r.next() : 0.2 + 0.6 * r.next(),
      reply: replyOf(r),
      person: r.int(1, 999_999),
      withdraws: r.chance(0.03),
      resubmits: r.chance(0.9),
    }
  })
  // the demo citizen: an application done and rated a week ago, one sent back for correction
  // two working days ago and waiting for their upload
  if (o.workingDaysAgo === 6 || o.workingDaysAgo === 2)
    plans.push({
      at: '20:10',
      matter: o.workingDaysAgo === 6 ? 0 : Math.min(1, o.matters - 1),
      fate: o.workingDaysAgo === 6 ? 'on_time' : 'corrected',
      progress: 0.2,
      reply: { kind: 'level', level: 'very_satisfied', comment: '网上办理很方便，不用跑腿' },
      person: DEMO_CITIZEN,
      withdraws: false,
      resubmits: false,
    })
  return plans
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% demo history scan\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)

/** One uploaded scan (a PDF; the store keeps one copy of equal content). */
export const scan = (name: string) => ({ name: `${name}.pdf`, mime: 'application/pdf', content: PDF })

/** When the window reviews what came in at `hhmm` on `date`: that afternoon, or the next working day. */
export function reviewTime(w: World, date: string, submitted: string): Date | null {
  if (submitted < '15:00') return at(w, date, submitted < '12:30' ? '16:20' : '17:40')
  const next = workingDayAfter(w, date, 1)
  return next ? at(w, next, '10:30') : null
}

/**
 * The portal's steps of an application (draft, form, uploads, submit) as a signed-in citizen;
 * returns the submitted application, or null when a step was refused.
 */
export async function applyOnline(
  w: World,
  citizen: Principal,
  kind: 'matter' | 'bundle',
  code: string,
  serial: number,
  date: string,
): Promise<OnlineApplication | null> {
  const p = person(serial)
  const portal = w.c.online.online
  const draft = await attempt(w, 'online draft', () => portal.createDraft(citizen, { kind, code }))
  if (!draft) return null
  const applicant: Applicant = { kind: 'person', name: p.name, idNumber: p.idNumber, phone: p.phone }
  const own: Record<string, string> = { applicantName: p.name, idNumber: p.idNumber, phone: p.phone }
  const formData = Object.fromEntries(
    draft.form
      .filter((f) => f.isRequired)
      .map((f) => [
        f.key,
        own[f.key] ?? (f.type === 'id_number' ? p.idNumber : f.type === 'phone' ? p.phone : answer(f, date)),
      ]),
  )
  const delivery = draft.deliveryMethods.includes('window') ? { method: 'window' as const } : null
  if (
    !(await attempt(w, 'online save', () =>
      portal.save(citizen, draft.id, { applicant, formData, delivery }),
    ))
  )
    return null
  for (const m of draft.materials) {
    if (!m.isRequired) continue
    await attempt(w, 'online upload', () =>
      portal.upload(citizen, draft.id, m.key, scan(`材料${draft.materials.indexOf(m) + 1}`)),
    )
  }
  return attempt(w, 'online submit', () => portal.submit(citizen, draft.id))
}

export class OnlineActor {
  applications = 0
  private readonly docs: Doc[]

  constructor(
    private readonly w: World,
    private readonly cases: CaseActor,
    private readonly citizens: CitizenSessions,
    docs: readonly Doc[],
  ) {
    this.docs = docs.filter((d) => (onlineApplicableLevels as readonly string[]).includes(d.onlineLevel))
  }

  plan(seed: number, date: string, workingDaysAgo: number, casesPerDay: number): void {
    if (this.docs.length === 0) return
    for (const p of planOnlineDay({ seed, date, workingDaysAgo, casesPerDay, matters: this.docs.length }))
      this.w.agenda.add(at(this.w, date, p.at), () => this.apply(date, p))
  }

  private async apply(date: string, plan: OnlinePlan): Promise<void> {
    const { w } = this
    const doc = this.docs[plan.matter % this.docs.length]!
    const citizen = await this.citizens.signIn(person(plan.person))
    if (!citizen) return
    const app = await applyOnline(w, citizen, 'matter', doc.code, plan.person, date)
    const c = app?.cases[0]
    if (!c) return
    this.applications++
    this.cases.created++
    if (plan.withdraws) {
      w.agenda.add(new Date(w.clock.now().getTime() + 50 * 60_000), async () => {
        await attempt(w, 'online withdraw', () =>
          w.c.online.myCases.withdraw(citizen, c.id, '信息填写有误，撤回后重新申请'),
        )
      })
      return
    }
    const when = reviewTime(w, date, plan.at)
    if (when) w.agenda.add(when, () => this.review(doc, c.id, plan, citizen))
  }

  /** 预审 at the department's window. */
  private async review(doc: Doc, id: string, plan: OnlinePlan, citizen: Principal): Promise<void> {
    const { w } = this
    const clerk = w.cast.as('clerk', doc.departmentId)
    const date = w.c.calendar.today()
    if (plan.fate === 'refused') {
      await attempt(w, 'refuse', () =>
        w.c.cases.intake.refuse(clerk, id, {
          reason: '申请人不符合办理条件',
          legalBasis: '《中华人民共和国行政许可法》第三十二条',
        }),
      )
      return
    }
    const first = doc.materials.findIndex((m) => m.isRequired)
    if (plan.fate === 'corrected' && first >= 0) {
      const asked = await attempt(w, 'correction', () =>
        w.c.cases.intake.requestCorrection(clerk, id, {
          missingMaterials: [first],
          note: '上传的扫描件不清晰，请重新上传',
        }),
      )
      const evening = workingDayAfter(w, date, 1)
      if (!asked || !plan.resubmits || !evening) return
      w.agenda.add(at(w, evening, '20:20'), async () => {
        const upload = await attempt(w, 'correction upload', () =>
          w.c.online.myCases.uploadCorrection(citizen, id, first, scan('重新扫描')),
        )
        if (!upload) return
        const again = await attempt(w, 'online resubmit', () => w.c.online.myCases.resubmit(citizen, id))
        const next = again && workingDayAfter(w, evening, 1)
        if (next)
          w.agenda.add(at(w, next, '10:40'), () =>
            this.cases.accept(next, doc, id, { ...plan, fate: 'on_time' }, clerk),
          )
      })
      return
    }
    await this.cases.accept(date, doc, id, plan, clerk)
  }
}

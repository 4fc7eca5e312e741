import {
  createCaseRequest,
  residentIdCheckChar,
  type CaseOutcome,
  type FormField,
  type MatterVersion,
  type Principal,
} from '@yimin/shared'
import { extensionCap } from '../../../modules/catalog/catalog.rules'
import type { CasePlan, SmsReply } from '../day-planner'
import { at, attempt, workingDayAfter, type World } from '../world'

type Doc = MatterVersion['document']

const NAMES = [
  '阿依古丽·买买提',
  '王建华',
  '热依拉·艾买提',
  '李秀英',
  '艾力·吐尔逊',
  '张伟',
  '古丽娜尔·阿不都',
  '马军',
  '努尔买买提·依明',
  '刘芳',
  '迪丽拜尔·哈斯木',
  '陈刚',
]

/** The applicant of a plan: a valid ID number and a phone made from its serial. */
export function person(serial: number): { name: string; idNumber: string; phone: string } {
  const year = 1950 + (serial % 50)
  const month = String(1 + (serial % 12)).padStart(2, '0')
  const day = String(1 + (serial % 28)).padStart(2, '0')
  const body = `650102${year}${month}${day}${String(serial % 1000).padStart(3, '0')}`
  return {
    name: NAMES[serial % NAMES.length]!,
    idNumber: body + residentIdCheckChar(body),
    phone: `139${String(serial).padStart(8, '0')}`,
  }
}

/** A plausible answer to a form field (the first option, the least number …). */
export function answer(f: FormField, date: string): string | number {
  switch (f.type) {
    case 'number':
      return f.min ?? 1
    case 'date':
      return date
    case 'select':
      return f.options[0]?.zh ?? '其他'
    case 'phone':
      return '13900000000'
    case 'id_number': {
      const body = '65010219800101123'
      return body + residentIdCheckChar(body)
    }
    case 'text':
    case 'textarea':
      return '见申请材料'
  }
}

/**
 * Cases at the windows: created and accepted (or sent back once, or refused), worked by the
 * departments, paused, extended, decided on time or late, left running in the recent days; the
 * applicant answers the SMS invitation to rate.
 */
export class CaseActor {
  created = 0
  completed = 0
  private readonly docs: Doc[]
  /** cumulative shares of the matters (matterAt) */
  private readonly reach: number[]

  constructor(
    private readonly w: World,
    docs: Doc[],
  ) {
    this.docs = docs
    this.reach = departmentReach(docs)
  }

  static async loadDocs(w: World): Promise<Doc[]> {
    const docs: Doc[] = []
    for (const code of w.setup.matterCodes) {
      const v = await attempt(w, 'matter', () => w.c.catalog.matters.getPublished(code))
      if (v) docs.push(v.document)
    }
    return docs
  }

  get matterCount(): number {
    return this.docs.length
  }

  /** how many even draws the planner picks a matter from (a finer grid than the matters: their shares differ) */
  get draws(): number {
    return Math.max(1, this.docs.length * DRAWS_PER_MATTER)
  }

  get documents(): readonly Doc[] {
    return this.docs
  }

  async arrive(date: string, plan: CasePlan): Promise<void> {
    const { w } = this
    const doc = this.docs[matterAt(this.reach, plan.matter, this.draws)]!
    const clerk = w.cast.as('clerk', doc.departmentId)
    const p = person(plan.person)
    const required = doc.materials.flatMap((m, i) => (m.isRequired ? [i] : []))
    const all = doc.materials.map((_m, i) => i)
    const input = createCaseRequest.parse({
      matterCode: doc.code,
      applicant: { kind: 'person', name: p.name, idNumber: p.idNumber, phone: p.phone },
      // a case to be corrected misses its first required material
      submittedMaterials: plan.fate === 'corrected' ? all.filter((i) => i !== required[0]) : all,
      formData: Object.fromEntries(
        doc.formFields.filter((f) => f.isRequired).map((f) => [f.key, answer(f, date)]),
      ),
      channel: 'window',
    })
    const written = await attempt(w, 'create case', () => w.c.cases.intake.create(clerk, input))
    if (!written) return
    this.created++
    const id = written.row.id
    if (plan.fate === 'refused') {
      await attempt(w, 'refuse', () =>
        w.c.cases.intake.refuse(clerk, id, {
          reason: '申请事项不属于本机关职权范围',
          legalBasis: '《中华人民共和国行政许可法》第三十二条',
        }),
      )
      return
    }
    if (plan.fate === 'corrected' && required.length > 0) {
      await attempt(w, 'correction', () =>
        w.c.cases.intake.requestCorrection(clerk, id, {
          missingMaterials: [required[0]!],
          note: '请补交缺少的材料',
        }),
      )
      const next = workingDayAfter(w, date, 1)
      if (!next) return
      w.agenda.add(at(w, next, '11:20'), async () => {
        await attempt(w, 'resubmit', () =>
          w.c.cases.intake.resubmit(clerk, id, { suppliedMaterials: [required[0]!] }),
        )
        await this.accept(next, doc, id, plan, clerk)
      })
      return
    }
    await this.accept(date, doc, id, plan, clerk)
  }

  /** 受理 and the work after it, as the plan says (also for cases that came in online). */
  async accept(date: string, doc: Doc, id: string, plan: CasePlan, clerk: Principal): Promise<void> {
    const { w } = this
    const accepted = await attempt(w, 'accept', () =>
      w.c.cases.intake.accept(clerk, id, { deferredMaterials: [] }),
    )
    if (!accepted) return
    if (accepted.row.status === 'completed') {
      this.completed++
      this.replyLater(w.clock.now(), plan)
      return
    }
    if (plan.fate === 'open') return
    const handler = w.cast.as('handler', doc.departmentId)
    const limit = Math.max(1, doc.promisedLimitDays)
    let extra = 0
    if (plan.fate === 'paused') {
      const from = workingDayAfter(w, date, 1)
      const to = workingDayAfter(w, date, 3)
      if (from)
        w.agenda.add(at(w, from, '16:10'), async () => {
          await attempt(w, 'supplement', () =>
            w.c.cases.pauses.requestSupplement(handler, id, {
              reason: '现场核查需补充材料',
              items: ['房屋产权证明复印件'],
            }),
          )
        })
      if (to)
        w.agenda.add(at(w, to, '10:40'), async () => {
          await attempt(w, 'supply', () => w.c.cases.pauses.supply(handler, id))
        })
      extra = 2
    }
    const cap = Math.min(3, extensionCap(doc))
    if (plan.fate === 'extended' && cap >= 1) {
      const day = workingDayAfter(w, date, 1)
      if (day)
        w.agenda.add(at(w, day, '17:00'), async () => {
          const asked = await attempt(w, 'ask extension', () =>
            w.c.cases.pauses.requestApproval(handler, id, {
              kind: 'extension',
              days: cap,
              reason: '需组织专家评审',
            }),
          )
          if (!asked) return
          const approval = (await w.c.cases.context.approvals.forCase(id)).find((a) => a.status === 'pending')
          if (!approval) return
          await attempt(w, 'grant extension', () =>
            w.c.cases.pauses.decideApproval(w.cast.as('approver', doc.departmentId), id, approval.id, {
              approve: true,
              note: '同意延期',
            }),
          )
        })
      extra = cap
    }
    // a matter promised the same day (承诺 0 个工作日) is decided that evening, or the next day when late
    // (a paused case is decided after its supplement came in, on the third working day)
    const days = Math.max(
      doc.promisedLimitDays === 0
        ? Number(plan.fate === 'late') + extra
        : Math.max(1, Math.round(plan.progress * limit)) + extra,
      plan.fate === 'paused' ? 4 : 0,
    )
    const end = workingDayAfter(w, date, days)
    if (!end) return
    const time = plan.fate === 'late' ? '18:40' : days === 0 ? '18:20' : '11:50'
    w.agenda.add(at(w, end, time), () => this.decide(doc, id, plan))
  }

  private async decide(doc: Doc, id: string, plan: CasePlan): Promise<void> {
    if (await this.decideCase(doc, id)) this.replyLater(this.w.clock.now(), plan)
  }

  /** The departments finish their tasks and the approver decides (不予 with its reason); true when decided. */
  async decideCase(doc: Doc, id: string, outcome: CaseOutcome = 'approved'): Promise<boolean> {
    const { w } = this
    const denial =
      outcome === 'denied'
        ? { reason: '经现场核查，不符合许可条件', legalBasis: '《中华人民共和国行政许可法》第三十八条' }
        : { reason: '', legalBasis: '' }
    for (const t of await w.c.cases.context.cases.tasks(id)) {
      if (t.status !== 'open') continue
      await attempt(w, 'task', () =>
        w.c.cases.work.completeTask(w.cast.as('handler', t.department_id), id, t.id, {
          outcome: t.kind === 'lead' ? outcome : 'approved',
          note: outcome === 'denied' && t.kind === 'lead' ? denial.reason : '',
        }),
      )
    }
    const done = await attempt(w, 'complete', () =>
      w.c.cases.work.complete(w.cast.as('approver', doc.departmentId), id, {
        outcome,
        ...denial,
        resultNumber: null,
      }),
    )
    if (!done) return false
    this.completed++
    return true
  }

  /** The applicant answers the rating invitation two hours after the case ended (if it is not yet today). */
  replyLater(ended: Date, plan: Pick<CasePlan, 'reply' | 'person'>): void {
    const reply = plan.reply
    if (reply.kind === 'none') return
    const when = new Date(ended.getTime() + 2 * 3_600_000)
    const phone = person(plan.person).phone
    this.w.agenda.add(when, async () => {
      await attempt(this.w, 'sms reply', () =>
        this.w.c.sms.service.receive({ sender: phone, body: bodyOf(reply), provider: 'outbox' }),
      )
    })
  }
}

const DRAWS_PER_MATTER = 20

/**
 * Cumulative shares of the matters when a department's share grows with the square root of its
 * number of matters (a department of 16 matters gets 4 times the cases of one with 1): every
 * department has cases each month, the large ones most.
 */
export function departmentReach(docs: ReadonlyArray<Pick<Doc, 'departmentId'>>): number[] {
  const count = new Map<string, number>()
  for (const d of docs) count.set(d.departmentId, (count.get(d.departmentId) ?? 0) + 1)
  const weights = docs.map((d) => 1 / Math.sqrt(count.get(d.departmentId)!))
  const total = weights.reduce((a, b) => a + b, 0)
  let sum = 0
  return weights.map((x) => (sum += x / total))
}

/** The matter an even draw `n` of `0 … count - 1` falls on under those shares. */
export function matterAt(reach: readonly number[], n: number, count: number): number {
  const u = ((n % count) + 0.5) / count
  const i = reach.findIndex((c) => u < c)
  return i < 0 ? reach.length - 1 : i
}

export function bodyOf(reply: Exclude<SmsReply, { kind: 'none' }>): string {
  if (reply.kind === 'opt_out') return 'TD'
  if (reply.kind === 'unclear') return reply.text
  const digit =
    ['very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied'].indexOf(reply.level) + 1
  return reply.comment ? `${digit} ${reply.comment}` : String(digit)
}

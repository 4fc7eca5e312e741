import {
  creditCodeCheckChar,
  evaluationMethodsFor,
  type Principal,
  type Role,
  type TradingMethod,
} from '@yimin/shared'
import { periodEnd } from '../../../modules/trading/timetable.rules'
import { localDate } from '../../../platform/clock'
import { AppError } from '../../../platform/errors'
import { DEMO_BIDDERS } from '../../demo/bidders'
import { TRADING_ORGS } from '../../demo/load-trading'
import { sealAndUploadBid } from '../../demo/seal-bid'
import {
  DISTRICTS,
  ownerName,
  planTrading,
  projectName,
  TEMPLATES,
  type TradingPlan,
} from '../trading-planner'
import { departmentIds, invitationsOfLot } from '../trading-setup.repository'
import { addDays } from '../time'
import { at, attempt, workingDayAfter, type World } from '../world'

/** The scoring sheet (综合评分法); negotiation and inquiry award at the lowest price, so their sheet has no price criterion. */
const SHEET = {
  criteria: [
    { id: 'price', name: '投标报价', maxPoints: 60, isPrice: true },
    { id: 'tech', name: '技术方案', maxPoints: 30, isPrice: false },
    { id: 'credit', name: '企业信誉及业绩', maxPoints: 10, isPrice: false },
  ],
}
/** opening times of the day by serial (the hall's hours, Beijing time) */
const DEADLINE_TIMES = ['10:30', '12:00', '16:00']

interface Lot {
  plan: TradingPlan
  projectId: string
  lotId: string
  deadlineDate: string
  deadlineTime: string
  /** bid id → K (hex), kept by each bidder to send at the opening */
  keys: Map<string, { bidder: number; keyHex: string }>
  deposits: string[]
  resultId: string | null
  tokens: Array<{ invitationId: string; token: string }>
}

/**
 * The trading center through the season: the agency enters projects, the center registers them,
 * announcements go out at the legal timetable, the demo bidders obtain documents, pay deposits
 * and upload sealed bids (encrypted as the browser does), the opening starts at the deadline (the
 * bidding.open-due job, run at every step), bidders decrypt, the committee is drawn and answers
 * by SMS, scores, reports, the candidates go into publicity (one objection), the award, the
 * contract, the deposits back (one late), a failed lot (流标) and a complaint. Steps that fall on
 * today or later do not happen: the latest projects stand at every stage today.
 */
export class TradingActor {
  projects = 0
  awarded = 0
  private readonly lots = new Map<number, Lot>()
  private readonly owners = new Map<string, string>()

  private constructor(
    private readonly w: World,
    private readonly plans: TradingPlan[],
    private readonly agency: Principal,
    private readonly center: Principal,
    private readonly supervisorId: string,
    private readonly bidders: Principal[],
    private readonly agencyOrgId: string,
    private readonly departments: Map<string, string>,
    private readonly rooms: {
      opening: Array<{ id: string; name: string }>
      evaluation: Array<{ id: string; name: string }>
    },
  ) {}

  /** The actor, or null when the demo has no trading center (no agency account or no bidders). */
  static async load(w: World, dates: readonly string[], seed: number): Promise<TradingActor | null> {
    const user = (username: string, role: Role, departmentId: string | null = null): Principal | null => {
      const r = w.setup.roles.find((x) => x.username === username)
      return r
        ? {
            kind: 'staff',
            userId: r.userId,
            username,
            displayName: r.displayName,
            grants: [{ role, departmentId }],
          }
        : null
    }
    const agency = user('trading-agency', 'trading_agency')
    const center = user('trading-staff', 'trading_staff')
    const supervisor = user('trading-supervisor', 'trading_supervisor')
    const bidders = DEMO_BIDDERS.map((b) => user(b.username, 'trading_bidder'))
    if (!agency || !center || !supervisor || bidders.some((b) => !b)) return null
    const orgs = await w.c.trading.projects.listOrgs(center)
    const agencyOrg = orgs.find(
      (o) => o.creditCode === TRADING_ORGS.find((x) => x.key === 'agency')!.creditCode,
    )
    const rooms = await w.c.trading.venues.listRooms(center)
    if (!agencyOrg || rooms.length === 0) return null
    const plans = planTrading({ seed, dates, bidders: DEMO_BIDDERS.length })
    return new TradingActor(
      w,
      plans,
      agency,
      center,
      supervisor.kind === 'staff' ? supervisor.userId : '',
      bidders as Principal[],
      agencyOrg.id,
      await departmentIds(w.c.database.db, ['ZJ', 'SL', 'FGW']),
      {
        opening: rooms.filter((r) => r.kind === 'opening').map((r) => ({ id: r.id, name: r.name })),
        evaluation: rooms.filter((r) => r.kind === 'evaluation').map((r) => ({ id: r.id, name: r.name })),
      },
    )
  }

  private supervisor(departmentId: string): Principal {
    return {
      kind: 'staff',
      userId: this.supervisorId,
      username: 'trading-supervisor',
      displayName: 'trading-supervisor',
      grants: [{ role: 'trading_supervisor', departmentId }],
    }
  }

  /** Puts the projects that start on this working day on the agenda. */
  startDay(date: string): void {
    for (const plan of this.plans)
      if (plan.start === date) this.w.agenda.add(at(this.w, date, '10:05'), () => this.enter(plan))
  }

  /** At every step: what the opening job would do now (open the lots whose deadline has passed). */
  async tick(): Promise<void> {
    await attempt(this.w, 'trading: open due', () => this.w.c.bidding.opening.openDue())
  }

  // ---- the steps ----

  private later(date: string | null, hhmm: string, step: () => Promise<void>): void {
    if (date && date < this.w.today) this.w.agenda.add(at(this.w, date, hhmm), step)
  }

  private async ownerOrg(plan: TradingPlan): Promise<string | null> {
    const name = ownerName(plan)
    const known = this.owners.get(name)
    if (known) return known
    const region = DISTRICTS[plan.district]![1]
    const serial = String(this.owners.size + 1).padStart(5, '0')
    const body = `11${region}MBXA${serial}`
    const org = await attempt(this.w, 'trading: owner', () =>
      this.w.c.trading.projects.createOrg(this.center, {
        name,
        creditCode: body + creditCodeCheckChar(body),
        kind: 'tenderee',
      }),
    )
    if (org) this.owners.set(name, org.id)
    return org?.id ?? null
  }

  private datesOf(plan: TradingPlan): { saleEnd: string; deadline: string } {
    const { cal } = this.w
    const d0 = plan.start
    const t = TEMPLATES[plan.template]!
    const short: TradingMethod[] = ['inquiry', 'competitive_negotiation']
    if (short.includes(t.method))
      return {
        saleEnd: periodEnd(cal, d0, 3, 'working').date,
        deadline: periodEnd(cal, d0, 4, 'working').date,
      }
    const saleEnd = periodEnd(cal, d0, 5, t.category === 'works' ? 'calendar' : 'working').date
    const days = t.method === 'competitive_consultation' ? 10 : 20
    return { saleEnd, deadline: periodEnd(cal, d0, days, 'calendar').date }
  }

  /** Entered by the agency, registered by the center, announced; rooms booked. */
  private async enter(plan: TradingPlan): Promise<void> {
    const { w } = this
    const t = TEMPLATES[plan.template]!
    const owner = await this.ownerOrg(plan)
    const departmentId = this.departments.get(t.department)
    if (!owner || !departmentId) return
    const name = projectName(plan)
    const project = await attempt(w, 'trading: create', () =>
      w.c.trading.projects.create(this.agency, {
        name,
        category: t.category,
        method: t.method,
        region: DISTRICTS[plan.district]![1],
        ownerOrgId: owner,
        agencyOrgId: this.agencyOrgId,
        supervisingDepartmentId: departmentId,
        budgetFen: plan.budgetFen,
        isLegallyRequired: t.isLegallyRequired,
        lots: [{ name: t.lot, budgetFen: plan.budgetFen }],
      }),
    )
    if (!project) return
    this.projects++
    const lotId = project.lots[0]!.id
    w.clock.set(new Date(w.clock.now().getTime() + 10 * 60_000))
    if (
      !(await attempt(w, 'trading: register', () => w.c.trading.projects.register(this.center, project.id)))
    )
      return
    const { saleEnd, deadline } = this.datesOf(plan)
    const deadlineTime = DEADLINE_TIMES[plan.serial % DEADLINE_TIMES.length]!
    const deadlineAt = at(w, deadline, deadlineTime).toISOString()
    const kindName =
      t.category === 'works' ? '招标公告' : t.method === 'open_tender' ? '公开招标公告' : '采购公告'
    w.clock.set(new Date(w.clock.now().getTime() + 15 * 60_000))
    const draft = await attempt(w, 'trading: draft', () =>
      w.c.trading.announcements.draft(this.agency, project.id, {
        kind: 'tender',
        title: `${name}${kindName}`,
        body: `${ownerName(plan)}的${name}已具备${t.category === 'works' ? '招标' : '采购'}条件，现采用电子招标投标方式进行，欢迎符合资格条件的供应商参加。预算金额：${(plan.budgetFen / 100).toFixed(2)}元；工期（服务期）：${t.durationDays}日。投标文件须于截止时间前通过交易平台加密上传，开标采用不见面开标。`,
        language: 'zh-CN',
        dates: { saleStart: plan.start, saleEnd, bidDeadline: deadlineAt },
      }),
    )
    if (!draft) return
    if (
      !(await attempt(w, 'trading: announce', () =>
        w.c.trading.announcements.publish(this.agency, draft.id, {}),
      ))
    )
      return
    const lot: Lot = {
      plan,
      projectId: project.id,
      lotId,
      deadlineDate: deadline,
      deadlineTime,
      keys: new Map(),
      deposits: [],
      resultId: null,
      tokens: [],
    }
    this.lots.set(plan.serial, lot)
    await this.book('opening', lotId, deadlineAt, 90)
    // the bidders obtain the documents on the following working days
    for (let b = 0; b < plan.holders; b++)
      this.later(workingDayAfter(w, plan.start, 1 + b), `11:${String(10 + 7 * b).padStart(2, '0')}`, () =>
        this.obtain(lot, b),
      )
    let eve = addDays(deadline, -1)
    while (!w.cal.isWorkingDay(eve)) eve = addDays(eve, -1)
    for (const bid of plan.bids) {
      this.later(eve, `12:${String(5 + 9 * bid.bidder).padStart(2, '0')}`, () =>
        this.deposit(lot, bid.bidder),
      )
      this.later(eve, `15:${String(30 + 11 * bid.bidder).padStart(2, '0')}`, () =>
        this.upload(lot, bid.bidder),
      )
      if (bid.replaces) this.later(eve, '18:10', () => this.upload(lot, bid.bidder))
    }
    // after the opening (the job at the deadline): keys, then the draw and the answers
    const [h, m] = deadlineTime.split(':').map(Number)
    const minutes = (n: number) => {
      const total = h! * 60 + m! + n
      return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
    }
    if (plan.fate === 'failed') {
      this.later(workingDayAfter(w, deadline, 1), '11:00', () => this.afterFailure(lot))
      return
    }
    for (const bid of plan.bids)
      this.later(deadline, minutes(8 + 3 * bid.bidder), () => this.decrypt(lot, bid.bidder))
    this.later(deadline, minutes(45), () => this.draw(lot))
    this.later(deadline, minutes(50), () => this.answer(lot, plan.decline ? 'decline' : 'accept'))
    this.later(deadline, minutes(55), () => this.answer(lot, 'accept'))
  }

  /** Books the first room of the kind free for the time (the center's calendar); null when all are taken. */
  private async book(
    kind: 'opening' | 'evaluation',
    lotId: string,
    startsAt: string,
    minutes: number,
    countTaken = true,
  ): Promise<{ id: string; name: string } | null> {
    const endsAt = new Date(Date.parse(startsAt) + minutes * 60_000).toISOString()
    for (const room of this.rooms[kind]) {
      try {
        await this.w.c.trading.venues.book(this.center, { roomId: room.id, lotId, startsAt, endsAt })
        return room
      } catch (err) {
        if (!(err instanceof AppError)) throw err
        if (err.code === 'TRADING_ROOM_TAKEN') continue
        await attempt(this.w, `trading: book ${kind} room`, () => Promise.reject(err))
        return null
      }
    }
    if (countTaken)
      await attempt(this.w, `trading: book ${kind} room`, () =>
        Promise.reject(new AppError('TRADING_ROOM_TAKEN', 'every room is booked for this time')),
      )
    return null
  }

  private async obtain(lot: Lot, b: number): Promise<void> {
    await attempt(this.w, 'trading: documents', () =>
      this.w.c.bidding.bidders.obtainDocuments(this.bidders[b]!, lot.lotId),
    )
  }

  private async deposit(lot: Lot, b: number): Promise<void> {
    const { w } = this
    const me = await attempt(w, 'trading: bidder', () => w.c.bidding.bidders.me(this.bidders[b]!))
    if (!me) return
    // at most 2 % of the budget (实施条例 第26条), in whole thousands of yuan
    const amountFen = Math.min(800_000_00, Math.round((lot.plan.budgetFen * 0.02) / 100_000) * 100_000)
    const done = await attempt(w, 'trading: deposit', () =>
      w.c.evaluation.deposits.record(this.center, lot.lotId, {
        orgId: me.orgId,
        amountFen: Math.max(amountFen, 5_000_00),
        paidAt: w.clock.now().toISOString(),
      }),
    )
    if (done) lot.deposits.push(done.id)
  }

  private async upload(lot: Lot, b: number): Promise<void> {
    const { w } = this
    const bid = lot.plan.bids.find((x) => x.bidder === b)!
    const t = TEMPLATES[lot.plan.template]!
    const sealed = await attempt(w, 'trading: bid', () =>
      sealAndUploadBid(w.c, this.bidders[b]!, lot.lotId, {
        form: { priceFen: bid.priceFen, durationDays: t.durationDays - 5 * b },
        files: [
          { name: '商务标.txt', text: `${DEMO_BIDDERS[b]!.name} ${projectName(lot.plan)} 商务标` },
          { name: '技术标.txt', text: `${DEMO_BIDDERS[b]!.name} ${projectName(lot.plan)} 技术方案` },
        ],
        code: DEMO_BIDDERS[b]!.decryptionCode,
        ip: DEMO_BIDDERS[b]!.ip,
      }),
    )
    if (sealed) lot.keys.set(sealed.bidId, { bidder: b, keyHex: sealed.keyHex })
  }

  private async decrypt(lot: Lot, b: number): Promise<void> {
    const { w } = this
    for (const [bidId, k] of lot.keys)
      if (k.bidder === b)
        await attempt(w, 'trading: decrypt', () =>
          w.c.bidding.opening.submitKey(this.bidders[b]!, bidId, k.keyHex, DEMO_BIDDERS[b]!.ip),
        )
  }

  private async afterFailure(lot: Lot): Promise<void> {
    const { w } = this
    const draft = await attempt(w, 'trading: termination', () =>
      w.c.trading.announcements.draft(this.agency, lot.projectId, {
        kind: 'termination',
        title: `${projectName(lot.plan)}终止公告`,
        body: '本项目递交投标文件的投标人少于三个，开标失败（流标）。招标人将依法重新招标（《招标投标法实施条例》第四十四条）。',
        language: 'zh-CN',
        dates: {},
      }),
    )
    if (draft)
      await attempt(w, 'trading: termination', () =>
        w.c.trading.announcements.publish(this.agency, draft.id, {}),
      )
    await this.returnDeposits(lot)
  }

  private async draw(lot: Lot): Promise<void> {
    const { w } = this
    const t = TEMPLATES[lot.plan.template]!
    // the session the next working day, in the morning or, with both rooms taken, the afternoon
    const session = w.cal.addWorkingDays(lot.deadlineDate, 1).date
    let sessionAt = at(w, session, '10:00').toISOString()
    let room = await this.book('evaluation', lot.lotId, sessionAt, 210, false)
    if (!room) {
      sessionAt = at(w, session, '15:30').toISOString()
      room = await this.book('evaluation', lot.lotId, sessionAt, 210)
    }
    const drawn = await attempt(w, 'trading: draw', () =>
      w.c.experts.committee.drawCommittee(this.center, lot.lotId, {
        specialty: t.specialty,
        sessionAt,
        place: room?.name ?? '评标室',
      }),
    )
    if (!drawn) return
    const hhmm = (minutes: number) => {
      const d = new Date(Date.parse(sessionAt) + minutes * 60_000)
      return new Intl.DateTimeFormat('en-GB', {
        timeZone: w.c.config.timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      }).format(d)
    }
    const day = session < w.today ? session : null
    this.later(day, hhmm(0), () => this.startEvaluation(lot))
    this.later(day, hhmm(40), () => this.score(lot))
    this.later(day, hhmm(90), () => this.report(lot))
    this.later(day, hhmm(180), () => this.candidates(lot, session))
  }

  /** The invited experts answer by SMS: 1 to accept; with `decline`, the first answers 2. */
  private async answer(lot: Lot, how: 'accept' | 'decline'): Promise<void> {
    const { w } = this
    const pending = (await invitationsOfLot(w.c.database.db, lot.lotId)).filter((i) => i.status === 'pending')
    for (const [i, inv] of pending.entries())
      await attempt(w, 'trading: expert reply', () =>
        w.c.sms.service.receive({
          sender: inv.phone,
          body: how === 'decline' && i === 0 ? '2' : '1',
          provider: 'outbox',
        }),
      )
  }

  private async startEvaluation(lot: Lot): Promise<void> {
    const { w } = this
    for (const inv of await invitationsOfLot(w.c.database.db, lot.lotId))
      if (inv.status === 'accepted' && inv.checkInCode)
        await attempt(w, 'trading: check in', () =>
          w.c.experts.committee.checkIn(this.center, lot.lotId, inv.checkInCode!),
        )
    const t = TEMPLATES[lot.plan.template]!
    const method = evaluationMethodsFor(t.category, t.method).methods[0]!
    const started = await attempt(w, 'trading: evaluation', () =>
      w.c.evaluation.sessions.start(this.center, lot.lotId, {
        method,
        criteria: SHEET.criteria.filter((c) => method === 'comprehensive' || !c.isPrice),
      }),
    )
    if (started) lot.tokens = started.members
  }

  private async score(lot: Lot): Promise<void> {
    const { w } = this
    for (const [m, member] of lot.tokens.entries()) {
      const view = await attempt(w, 'trading: member view', () =>
        w.c.evaluation.sessions.memberView(member.token),
      )
      if (!view) return
      for (const bid of view.bids) {
        const b = DEMO_BIDDERS.findIndex((x) => x.name === bid.name)
        const plan = lot.plan.bids.find((x) => x.bidder === b)
        if (!plan) continue
        // each member's own judgement: within two points of the committee's view
        const tech = Math.min(30, Math.max(0, plan.tech + ((m * 7 + b * 3) % 5) - 2))
        await attempt(w, 'trading: score', () =>
          w.c.evaluation.sessions.score(member.token, bid.bidId, {
            points: { tech, credit: plan.credit },
            isPassed: true,
            adjustmentFen: 0,
          }),
        )
      }
    }
  }

  private async report(lot: Lot): Promise<void> {
    const { w } = this
    if (
      !(await attempt(w, 'trading: report', () =>
        w.c.evaluation.sessions.produceReport(this.center, lot.lotId),
      ))
    )
      return
    for (const member of lot.tokens)
      await attempt(w, 'trading: confirm', () => w.c.evaluation.sessions.confirm(member.token))
  }

  /** The candidates published the day the report is confirmed, three days of publicity. */
  private async candidates(lot: Lot, day: string): Promise<void> {
    const { w } = this
    const end = periodEnd(w.cal, day, 3, 'calendar').date
    const result = await attempt(w, 'trading: candidates', () =>
      w.c.evaluation.results.publishCandidates(this.agency, lot.lotId, {
        publicityStart: day,
        publicityEnd: end,
      }),
    )
    if (!result) return
    lot.resultId = result.id
    if (lot.plan.objection) {
      this.later(workingDayAfter(w, day, 1), '11:00', () => this.objection(lot))
      this.later(workingDayAfter(w, day, 2), '10:20', () => this.answerObjection(lot))
    }
    const award = workingDayAfter(w, end, 1)
    this.later(award, '11:00', () => this.award(lot, award!))
  }

  private localToday(): string {
    return localDate(this.w.clock.now(), this.w.c.config.timeZone)
  }

  private async objection(lot: Lot): Promise<void> {
    const { w } = this
    const loser = DEMO_BIDDERS[lot.plan.bids[lot.plan.bids.length - 1]!.bidder]!.name
    await attempt(w, 'trading: objection', () =>
      w.c.evaluation.results.raiseObjection(this.center, lot.resultId!, {
        raisedBy: loser,
        text: '对第一中标候选人的类似项目业绩认定有异议，请予复核。',
      }),
    )
  }

  private async answerObjection(lot: Lot): Promise<void> {
    const { w } = this
    const result = await attempt(w, 'trading: result', () =>
      w.c.evaluation.results.get(this.agency, lot.resultId!),
    )
    for (const o of result?.objections ?? [])
      if (!o.answer)
        await attempt(w, 'trading: answer objection', () =>
          w.c.evaluation.results.answerObjection(
            this.agency,
            o.id,
            '经招标人、招标代理机构会同评标委员会复核，第一中标候选人业绩证明材料真实有效，评标结果维持不变。',
          ),
        )
  }

  private async award(lot: Lot, day: string): Promise<void> {
    const { w } = this
    if (!lot.resultId) return
    const done = await attempt(w, 'trading: award', () =>
      w.c.evaluation.results.award(this.agency, lot.resultId!),
    )
    if (!done) return
    this.awarded++
    const t = TEMPLATES[lot.plan.template]!
    if (t.category === 'works')
      this.later(workingDayAfter(w, day, 3), '16:00', async () => {
        await this.facts(lot, { resultReportOn: this.localToday() })
      })
    if (lot.plan.complaint) this.complaint(lot, day)
    if (lot.plan.fate === 'no_contract') return
    const signed = workingDayAfter(w, day, lot.plan.contractAfter)
    this.later(signed, '15:00', async () => {
      await attempt(w, 'trading: contract', () =>
        w.c.evaluation.results.contractSigned(this.agency, lot.resultId!, signed!),
      )
    })
    if (!signed) return
    this.later(workingDayAfter(w, signed, 2), '16:20', () =>
      this.facts(lot, { contractFiledOn: this.localToday() }),
    )
    this.later(workingDayAfter(w, signed, lot.plan.lateDeposit ? 6 : 2), '10:10', () =>
      this.returnDeposits(lot),
    )
  }

  private async facts(lot: Lot, input: { resultReportOn?: string; contractFiledOn?: string }): Promise<void> {
    await attempt(this.w, 'trading: lot facts', () =>
      this.w.c.trading.disputes.recordLotFacts(this.center, lot.lotId, input),
    )
  }

  private async returnDeposits(lot: Lot): Promise<void> {
    for (const id of lot.deposits)
      await attempt(this.w, 'trading: deposit return', () =>
        this.w.c.evaluation.deposits.markReturned(this.center, id),
      )
  }

  /** A losing bidder complains to the supervising department; accepted, then dismissed on its merits. */
  private complaint(lot: Lot, awardDay: string): void {
    const { w } = this
    const t = TEMPLATES[lot.plan.template]!
    const supervisor = this.supervisor(this.departments.get(t.department)!)
    const loser = DEMO_BIDDERS[lot.plan.bids[lot.plan.bids.length - 1]!.bidder]!.name
    let id: string | null = null
    const filed = workingDayAfter(w, awardDay, 2)
    this.later(filed, '10:30', async () => {
      const d = await attempt(w, 'trading: complaint', () =>
        w.c.trading.disputes.file(supervisor, lot.projectId, {
          kind: 'complaint',
          complainant: loser,
          summary: '异议答复后仍认为第一中标候选人提交的业绩证明不实，请求行政监督部门调查处理。',
          filedOn: filed!,
          knownOn: awardDay,
        }),
      )
      id = d?.id ?? null
    })
    const accepted = workingDayAfter(w, awardDay, 3)
    this.later(accepted, '11:00', async () => {
      if (id)
        await attempt(w, 'trading: accept complaint', () =>
          w.c.trading.disputes.accept(supervisor, id!, { acceptedOn: accepted! }),
        )
    })
    this.later(workingDayAfter(w, awardDay, 9), '16:00', async () => {
      if (id)
        await attempt(w, 'trading: decide complaint', () =>
          w.c.trading.disputes.answer(supervisor, id!, {
            answer: '经调查，中标人业绩证明材料经建设单位核实无误，投诉缺乏事实依据，予以驳回。',
            outcome: 'dismissed',
          }),
        )
    })
  }
}

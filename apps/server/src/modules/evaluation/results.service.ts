import { createHash, randomBytes } from 'node:crypto'
import type { z } from 'zod'
import type { Principal, ResultResponse, awardVerificationResponse, objectionRequest } from '@yimin/shared'
import type { Db } from '../../db/database'
import { fromJson, toJson } from '../../db/convert'
import { localDate, type Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { assertCan } from '../auth/permissions'
import type { BiddingPort } from '../experts/bidding-port'
import type { SmsService } from '../sms/sms.service'
import type { AnnouncementsService } from '../trading/announcements.service'
import type { ProjectsService } from '../trading/projects.service'
import type { TradingJournal } from '../trading/trading-journal'
import type { TradingQueries } from '../trading/trading.queries'
import { renderAwardNotice } from './award-notice'
import type { EvaluationRepository, ResultRow } from './evaluation.repository'
import type { EvaluationService } from './evaluation.service'
import { candidatesOf } from './scoring.rules'

/** Days an objection to the candidates may take to answer (实施条例 第54条). */
export const OBJECTION_ANSWER_DAYS = 3

interface Candidate {
  rank: number
  bidId: string
  orgId: string
  name: string
  priceFen: number
}

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}
const yuan = (fen: number) => (fen / 100).toFixed(2)

/**
 * Results: the candidates (up to three, ranked, from the confirmed report) published as part 1's
 * candidates announcement, whose timetable check enforces the 3-day limit and the publicity of
 * at least three days; objections during publicity pause the result until answered (within 3
 * days); the award with a result announcement and a notice whose QR code leads to a public
 * verification by an unguessable token.
 */
export class ResultsService {
  constructor(
    private readonly db: Db,
    private readonly repo: EvaluationRepository,
    private readonly trading: TradingQueries,
    private readonly projects: ProjectsService,
    private readonly announcements: AnnouncementsService,
    private readonly journal: TradingJournal,
    private readonly evaluation: EvaluationService,
    private readonly bidding: () => BiddingPort,
    private readonly sms: SmsService,
    private readonly clock: Clock,
    private readonly options: { timeZone: string; centerName: string; publicUrl: string | null },
  ) {}

  private today() {
    return localDate(this.clock.now(), this.options.timeZone)
  }

  async publishCandidates(
    actor: Principal,
    lotId: string,
    input: { publicityStart: string; publicityEnd: string },
  ): Promise<ResultResponse> {
    const lot = await this.trading.findLot(lotId)
    if (!lot) throw new AppError('TRADING_PROJECT_NOT_FOUND', 'no such lot')
    const project = await this.projects.agencyProject(actor, lot.project_id)
    const confirmed = await this.evaluation.confirmedReport(lotId)
    if (!confirmed) throw new AppError('RESULT_STATE', 'the evaluation report is not confirmed yet')
    if (await this.repo.resultOfLot(lotId)) throw new AppError('RESULT_STATE', 'the candidates are published')
    const candidates: Candidate[] = candidatesOf(confirmed.report.ranked).map((r) => {
      const full = confirmed.report.ranked.find((x) => x.bidId === r.bidId)!
      return { rank: r.rank!, bidId: r.bidId, orgId: full.orgId, name: full.name, priceFen: r.priceFen }
    })
    if (candidates.length === 0) throw new AppError('RESULT_STATE', 'no qualified bid')
    const body = [
      `${project.name}（${project.code}）${lot.name}评标工作已经结束，中标候选人公示如下：`,
      ...candidates.map((c) => `第${c.rank}名：${c.name}，投标报价 ${yuan(c.priceFen)} 元`),
      `公示期：${input.publicityStart} 至 ${input.publicityEnd}。投标人或者其他利害关系人对评标结果有异议的，应当在公示期间提出。`,
    ].join('\n')
    const draft = await this.announcements.draft(actor, project.id, {
      kind: 'candidates',
      title: `${project.name}${lot.name}中标候选人公示`,
      body,
      language: 'zh-CN',
      dates: {
        reportReceivedOn: localDate(new Date(confirmed.session.confirmed_at!), this.options.timeZone),
        publicityStart: input.publicityStart,
        publicityEnd: input.publicityEnd,
      },
    })
    // the lot goes into publicity; the project follows its lots
    const published = await this.announcements.publish(actor, draft.id, { lotId })
    const at = this.clock.now().toISOString()
    const row: ResultRow = {
      id: newId(),
      lot_id: lotId,
      project_id: project.id,
      session_id: confirmed.session.id,
      candidates: toJson(candidates),
      candidates_announcement_id: published.id,
      publicity_start: input.publicityStart,
      publicity_end: input.publicityEnd,
      status: 'publicity',
      award_token: null,
      awarded_bid_id: null,
      awarded_org_name: null,
      awarded_price_fen: null,
      awarded_at: null,
      result_announcement_id: null,
      contract_signed_on: null,
      created_at: at,
    }
    await this.db.transaction().execute(async (tx) => {
      await this.repo.insertResult(row, tx)
      const p = (await this.trading.findProject(project.id, tx))!
      await this.journal.append(tx, p, actor, at, 'result.candidates', {
        resultId: row.id,
        lotId,
        announcementId: published.id,
        candidates: candidates.map((c) => ({ rank: c.rank, bidId: c.bidId })),
        publicityStart: input.publicityStart,
        publicityEnd: input.publicityEnd,
      })
    })
    return this.present(row)
  }

  /** A result the principal may see (part 1's project visibility; 404 otherwise). */
  private async visibleResult(actor: Principal, id: string): Promise<ResultRow> {
    const row = await this.repo.findResult(id)
    if (!row) throw new AppError('RESULT_NOT_FOUND', 'no such result')
    await this.projects.visibleProject(actor, row.project_id).catch(() => {
      throw new AppError('RESULT_NOT_FOUND', 'no such result')
    })
    return row
  }

  /** The result of a lot, for whoever sees its project (404 before the candidates are published). */
  async ofLot(actor: Principal, lotId: string): Promise<ResultResponse> {
    const row = await this.repo.resultOfLot(lotId)
    if (!row) throw new AppError('RESULT_NOT_FOUND', 'no such result')
    return this.get(actor, row.id)
  }

  async get(actor: Principal, id: string): Promise<ResultResponse> {
    return this.present(await this.visibleResult(actor, id))
  }

  /** An objection raised during publicity (recorded by the center): the result pauses. */
  async raiseObjection(
    actor: Principal,
    id: string,
    input: z.infer<typeof objectionRequest>,
  ): Promise<ResultResponse> {
    assertCan(actor, 'trading.register')
    const row = await this.visibleResult(actor, id)
    const today = this.today()
    if (row.status === 'awarded' || today < row.publicity_start || today > row.publicity_end)
      throw new AppError('RESULT_STATE', 'objections are raised during the publicity')
    const at = this.clock.now().toISOString()
    const objection = {
      id: newId(),
      result_id: row.id,
      raised_by: input.raisedBy,
      text: input.text,
      raised_at: at,
      due_on: addDays(today, OBJECTION_ANSWER_DAYS),
      answer: null,
      answered_at: null,
    }
    await this.db.transaction().execute(async (tx) => {
      await this.repo.insertObjection(objection, tx)
      await this.repo.updateResult(row.id, { status: 'paused' }, tx)
      const p = (await this.trading.findProject(row.project_id, tx))!
      await this.journal.append(tx, p, actor, at, 'result.objection', {
        resultId: row.id,
        objectionId: objection.id,
        dueOn: objection.due_on,
      })
    })
    return this.present({ ...row, status: 'paused' })
  }

  /** The agency answers; with no objection left open the result continues. */
  async answerObjection(actor: Principal, objectionId: string, answer: string): Promise<ResultResponse> {
    const objection = await this.repo.findObjection(objectionId)
    if (!objection) throw new AppError('RESULT_NOT_FOUND', 'no such objection')
    const row = (await this.repo.findResult(objection.result_id))!
    await this.projects.agencyProject(actor, row.project_id).catch(() => {
      throw new AppError('RESULT_NOT_FOUND', 'no such objection')
    })
    const at = this.clock.now().toISOString()
    let status = row.status
    await this.db.transaction().execute(async (tx) => {
      if (!(await this.repo.answerObjection(objectionId, answer, at, tx)))
        throw new AppError('RESULT_STATE', 'the objection is answered')
      if ((await this.repo.openObjections(row.id, tx)).length === 0 && row.status === 'paused') {
        status = 'publicity'
        await this.repo.updateResult(row.id, { status }, tx)
      }
      const p = (await this.trading.findProject(row.project_id, tx))!
      await this.journal.append(tx, p, actor, at, 'result.objection-answered', {
        resultId: row.id,
        objectionId,
        isInTime: this.today() <= objection.due_on,
      })
    })
    return this.present({ ...row, status })
  }

  /** The award after the publicity, with no objection open: the result announcement and the notice. */
  async award(actor: Principal, id: string): Promise<ResultResponse> {
    const row = await this.visibleResult(actor, id)
    const project = await this.projects.agencyProject(actor, row.project_id)
    if (row.status === 'awarded') throw new AppError('RESULT_STATE', 'already awarded')
    if (row.status === 'paused') throw new AppError('RESULT_OBJECTION_OPEN', 'an objection is not answered')
    const today = this.today()
    if (today <= row.publicity_end)
      throw new AppError('RESULT_PUBLICITY_RUNNING', 'the publicity has not ended')
    const winner = fromJson<Candidate[]>(row.candidates)![0]!
    const lot = (await this.trading.findLot(row.lot_id))!
    const draft = await this.announcements.draft(actor, project.id, {
      kind: 'result',
      title: `${project.name}${lot.name}中标结果公告`,
      body: `${project.name}（${project.code}）${lot.name}中标人：${winner.name}，中标价 ${yuan(winner.priceFen)} 元。`,
      language: 'zh-CN',
      previousId: row.candidates_announcement_id,
      dates: { decidedOn: today },
    })
    // the lot is awarded; the project is once every lot is awarded or failed
    const published = await this.announcements.publish(actor, draft.id, { lotId: row.lot_id })
    // every bidder that was not awarded is told (招标投标法 第45条), by SMS to its confirmed phone
    const losers = (await this.bidding().openedBids(this.db, row.lot_id)).filter(
      (b) => b.bidId !== winner.bidId,
    )
    const phones = await this.bidding().bidderPhones(this.db, [...new Set(losers.map((b) => b.orgId))])
    const token = randomBytes(24).toString('base64url')
    const at = this.clock.now().toISOString()
    const patch: Partial<ResultRow> = {
      status: 'awarded',
      award_token: token,
      awarded_bid_id: winner.bidId,
      awarded_org_name: winner.name,
      awarded_price_fen: winner.priceFen,
      awarded_at: at,
      result_announcement_id: published.id,
    }
    await this.db.transaction().execute(async (tx) => {
      await this.repo.updateResult(row.id, patch, tx)
      // the lot's facts part 1's supervision reads (contract within 30 days, works report, savings)
      await this.trading.updateLotFacts(
        row.lot_id,
        { award_notice_on: today, award_fen: winner.priceFen },
        tx,
      )
      const p = (await this.trading.findProject(row.project_id, tx))!
      await this.journal.append(tx, p, actor, at, 'result.awarded', {
        resultId: row.id,
        bidId: winner.bidId,
        priceFen: winner.priceFen,
        announcementId: published.id,
        tokenSha256: createHash('sha256').update(token).digest('hex'),
        losersNotified: phones.length,
      })
      for (const { orgId, phone } of phones)
        // a legal notice: essential, sent despite an opt-out
        await this.sms.queue(tx, {
          causeKey: `result-not-awarded:${row.id}:${orgId}`,
          recipient: phone,
          template: 'trading.not-awarded',
          body: notAwardedText(project.name, lot.name, winner.name),
          isEssential: true,
        })
    })
    return this.present({ ...row, ...patch })
  }

  async contractSigned(actor: Principal, id: string, signedOn: string): Promise<ResultResponse> {
    const row = await this.visibleResult(actor, id)
    await this.projects.agencyProject(actor, row.project_id)
    if (row.status !== 'awarded') throw new AppError('RESULT_STATE', 'the contract follows the award')
    const at = this.clock.now().toISOString()
    await this.db.transaction().execute(async (tx) => {
      await this.repo.updateResult(row.id, { contract_signed_on: signedOn }, tx)
      await this.trading.updateLotFacts(row.lot_id, { contract_signed_on: signedOn }, tx)
      const p = (await this.trading.findProject(row.project_id, tx))!
      await this.journal.append(tx, p, actor, at, 'result.contract-signed', { resultId: row.id, signedOn })
    })
    return this.present({ ...row, contract_signed_on: signedOn })
  }

  /** The contract signing day of a lot, for the deposits' return limit. */
  async contractSignedOn(lotId: string): Promise<string | null> {
    return (await this.repo.resultOfLot(lotId))?.contract_signed_on ?? null
  }

  /** Public: what an award notice's QR code verifies (an unknown token is 404). */
  async verify(token: string): Promise<z.infer<typeof awardVerificationResponse>> {
    const row = token.length >= 32 ? await this.repo.resultByToken(token) : undefined
    if (!row || row.status !== 'awarded') throw new AppError('RESULT_NOT_FOUND', 'no such award notice')
    const project = (await this.trading.findProject(row.project_id))!
    const lot = (await this.trading.findLot(row.lot_id))!
    return {
      isValid: true,
      projectCode: project.code,
      projectName: project.name,
      lotName: lot.name,
      winner: row.awarded_org_name!,
      priceFen: Number(row.awarded_price_fen),
      awardedAt: row.awarded_at!,
    }
  }

  /** The printable award notice (HTML, A4) with its QR code. */
  async notice(actor: Principal, id: string): Promise<string> {
    const row = await this.visibleResult(actor, id)
    if (row.status !== 'awarded') throw new AppError('RESULT_STATE', 'there is no award yet')
    const project = (await this.trading.findProject(row.project_id))!
    const lot = (await this.trading.findLot(row.lot_id))!
    const owner = await this.trading.findOrg(project.owner_org_id)
    return renderAwardNotice({
      centerName: this.options.centerName,
      number: `${project.code}-${lot.seq}`,
      projectCode: project.code,
      projectName: project.name,
      lotName: lot.name,
      winner: row.awarded_org_name!,
      priceYuan: yuan(Number(row.awarded_price_fen)),
      tenderee: owner?.name ?? '',
      awardedOn: localDate(new Date(row.awarded_at!), this.options.timeZone),
      verifyUrl: `${this.options.publicUrl ?? ''}${verifyPagePath(row.award_token!)}`,
    })
  }

  private async presentObjections(resultId: string) {
    const rows = await this.repo.objectionsOf(resultId)
    return rows.map((o) => ({
      id: o.id,
      raisedBy: o.raised_by,
      text: o.text,
      raisedAt: o.raised_at,
      dueOn: o.due_on,
      answer: o.answer,
      answeredAt: o.answered_at,
    }))
  }

  private async present(row: ResultRow): Promise<ResultResponse> {
    return {
      id: row.id,
      lotId: row.lot_id,
      status: row.status,
      candidates: (fromJson<Candidate[]>(row.candidates) ?? []).map((c) => ({
        rank: c.rank,
        bidId: c.bidId,
        name: c.name,
        priceFen: c.priceFen,
      })),
      publicityStart: row.publicity_start,
      publicityEnd: row.publicity_end,
      candidatesAnnouncementId: row.candidates_announcement_id,
      resultAnnouncementId: row.result_announcement_id,
      awardedAt: row.awarded_at,
      verifyPath: row.award_token ? verifyPath(row.award_token) : null,
      objections: await this.presentObjections(row.id),
    }
  }
}

/** The losing bidders' notice: the result and where the bid security stands. */
export const notAwardedText = (projectName: string, lotName: string, winner: string) =>
  `${projectName}${lotName}中标结果已确定，中标人为${winner}，贵单位未中标。感谢参与投标；投标保证金将在合同签订后5日内退还。`

export const verifyPath = (token: string) => `/api/v1/trading/public/awards/${token}`
/** the public web page the notice's QR code leads to (it reads {@link verifyPath}) */
export const verifyPagePath = (token: string) => `/portal/trading/awards/${token}`

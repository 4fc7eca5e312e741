import { randomBytes, createHash } from 'node:crypto'
import { checkCreditCode, checkResidentId, maskIdNumber, maskPhone, type Principal } from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { isUniqueViolation } from '../../db/dialect'
import type { Clock } from '../../platform/clock'
import type { IdHasher } from '../../platform/id-hasher'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import type { AuthService } from '../auth/auth.service'
import { canSomewhere, requireStaff } from '../auth/permissions'
import { canSendOtp, newOtpCode, OTP_MAX_ATTEMPTS, OTP_TTL_MS, otpHash, tryOtp } from '../citizens/otp.rules'
import type { SmsService } from '../sms/sms.service'
import { lotsOpenForBids } from '../trading/lots.queries'
import type { ProjectsService } from '../trading/projects.service'
import type { TradingJournal } from '../trading/trading-journal'
import type { LotRow, ProjectRow, TradingQueries } from '../trading/trading.queries'
import { beforeDeadline } from './opening.rules'
import type { BiddingRepository } from './bidding.repository'

export const sha256Hex = (s: string) => createHash('sha256').update(s).digest('hex')

/** The hash a sealed chain event carries: the salt and what it seals, revealed at the opening. */
export const sealOf = (salt: string, ...parts: string[]) => sha256Hex([salt, ...parts].join('|'))

/**
 * Bidders (投标人): registration with the credit code checked and the contact phone confirmed
 * by an SMS code, their staff accounts, and obtaining a lot's documents. Who obtained documents
 * is secret until the opening (招标投标法 第22条): lists are refused (404) and the attempt audited.
 */
export class BiddersService {
  constructor(
    private readonly db: Db,
    private readonly repo: BiddingRepository,
    private readonly trading: TradingQueries,
    private readonly projects: ProjectsService,
    private readonly journal: TradingJournal,
    private readonly auth: AuthService,
    private readonly sms: SmsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly ids: IdHasher,
  ) {}

  /**
   * The person behind a staff account, by resident ID number (check digit; BIDDER_ID_INVALID
   * otherwise): its keyed hash to match on and the masked number, never the number. Outside a
   * transaction (the hash key may be made on first use).
   */
  private async person(idNumber: string | undefined) {
    if (idNumber === undefined) return null
    const id = idNumber.trim().toUpperCase()
    const problem = checkResidentId(id)
    if (problem) throw new AppError('BIDDER_ID_INVALID', 'the resident ID number is not valid', { problem })
    return { idHash: await this.ids.hash(id), idMasked: maskIdNumber(id) }
  }

  private async insertPerson(
    tx: Executor,
    userId: string,
    orgId: string,
    person: { idHash: string; idMasked: string } | null,
    at: string,
  ) {
    if (person)
      await this.repo.insertStaffPerson(
        {
          user_id: userId,
          org_id: orgId,
          id_hash: person.idHash,
          id_masked: person.idMasked,
          created_at: at,
        },
        tx,
      )
  }

  async requestCode(phone: string, ip: string | null) {
    const now = this.clock.now()
    const expiresAt = new Date(now.getTime() + OTP_TTL_MS).toISOString()
    await this.db.transaction().execute(async (tx) => {
      const recent = await this.repo.recentPhoneCodes(
        phone,
        ip,
        new Date(now.getTime() - 3_600_000).toISOString(),
        tx,
      )
      const decision = canSendOtp(now, recent.phone, recent.ip)
      if (!decision.ok)
        throw new AppError('BIDDER_OTP_RATE_LIMITED', 'too many codes asked for; try again later', {
          retryAfterSeconds: decision.retryAfterSeconds,
        })
      const code = newOtpCode()
      const id = newId()
      await this.repo.insertPhoneCode(
        {
          id,
          phone,
          code_hash: otpHash(`bidder:${phone}`, code),
          ip,
          attempts: 0,
          is_spent: 0,
          expires_at: expiresAt,
          created_at: now.toISOString(),
        },
        tx,
      )
      await this.sms.queueTemplate(tx, {
        causeKey: `bidder-otp:${id}`,
        recipient: phone,
        template: 'auth.otp',
        vars: { code, minutes: OTP_TTL_MS / 60_000 },
      })
    })
    return { phoneMasked: maskPhone(phone), expiresAt, resendAfterSeconds: 60 }
  }

  /**
   * Registers a bidder with its first staff account (the person registering, with the resident
   * ID number the API requires; callers inside the server may leave it out).
   */
  async register(
    input: {
      name: string
      creditCode: string
      phone: string
      code: string
      username: string
      displayName: string
      password: string
      idNumber?: string | undefined
    },
    ip: string | null,
  ) {
    const problem = checkCreditCode(input.creditCode)
    if (problem)
      throw new AppError('BIDDER_CODE_INVALID', 'the unified social credit code is not valid', { problem })
    const person = await this.person(input.idNumber)
    const now = this.clock.now()
    const otp = await this.repo.latestPhoneCode(input.phone)
    const result = tryOtp(otp, otpHash(`bidder:${input.phone}`, input.code), now)
    if (result !== 'ok' || !otp) {
      if (otp && (result === 'wrong' || result === 'burned'))
        await this.repo.countWrongCode(otp.id, otp.attempts, OTP_MAX_ATTEMPTS)
      await this.audit.record({
        actor: 'anonymous',
        action: 'bidder.register-failed',
        subject: `phone:${maskPhone(input.phone)}`,
        ip,
      })
      throw new AppError('BIDDER_OTP_INVALID', 'the code is wrong, expired or already used')
    }
    if ((await this.trading.listOrgs()).some((o) => o.credit_code === input.creditCode))
      throw new AppError('BIDDER_CODE_TAKEN', 'an organisation with this code is registered')
    if (!(await this.db.transaction().execute((tx) => this.repo.spendPhoneCode(otp.id, tx))))
      throw new AppError('BIDDER_OTP_INVALID', 'the code is wrong, expired or already used')
    const user = await this.auth.createUser('system', {
      username: input.username,
      displayName: input.displayName,
      password: input.password,
      phone: input.phone,
      grants: [{ role: 'trading_bidder', departmentId: null }],
    })
    const orgId = newId()
    const at = now.toISOString()
    try {
      await this.db.transaction().execute(async (tx) => {
        await this.trading.insertOrg(
          { id: orgId, name: input.name, credit_code: input.creditCode, kind: 'bidder', created_at: at },
          tx,
        )
        await this.trading.addMember(user.id, orgId, tx)
        await this.insertPerson(tx, user.id, orgId, person, at)
        await this.repo.insertBidder(
          {
            org_id: orgId,
            contact_phone: input.phone,
            phone_confirmed_at: at,
            registered_by: user.id,
            created_at: at,
          },
          tx,
        )
        await this.audit.record(
          { actor: `staff:${user.id}`, action: 'bidder.register', subject: `trading-org:${orgId}`, ip },
          tx,
        )
      })
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError('BIDDER_CODE_TAKEN', 'an organisation with this code is registered')
      throw err
    }
    return {
      orgId,
      name: input.name,
      creditCode: input.creditCode,
      phoneMasked: maskPhone(input.phone),
      userId: user.id,
      ...(person ? { idNumberMasked: person.idMasked } : {}),
    }
  }

  /** The bidder organisation the principal is staff of; BIDDER_NOT_REGISTERED otherwise. */
  async orgOf(actor: Principal, tx: Executor = this.db): Promise<string> {
    if (actor.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', 'sign in first')
    if (!canSomewhere(actor, 'bidding.bid')) throw new AppError('FORBIDDEN', 'missing permission bidding.bid')
    const orgs = await this.repo.bidderOrgsOfUser(requireStaff(actor).userId, tx)
    const org = orgs[0]
    if (!org) throw new AppError('BIDDER_NOT_REGISTERED', 'this account belongs to no registered bidder')
    return org
  }

  async me(actor: Principal) {
    const orgId = await this.orgOf(actor)
    const org = await this.trading.findOrg(orgId)
    const bidder = await this.repo.findBidder(orgId)
    return {
      orgId,
      name: org?.name ?? '',
      creditCode: org?.credit_code ?? '',
      phoneMasked: maskPhone(bidder?.contact_phone ?? ''),
    }
  }

  async addStaff(
    actor: Principal,
    input: { username: string; displayName: string; password: string; idNumber?: string | undefined },
  ) {
    const orgId = await this.orgOf(actor)
    const person = await this.person(input.idNumber)
    const user = await this.auth.createUser('system', {
      username: input.username,
      displayName: input.displayName,
      password: input.password,
      grants: [{ role: 'trading_bidder', departmentId: null }],
    })
    await this.db.transaction().execute(async (tx) => {
      await this.trading.addMember(user.id, orgId, tx)
      await this.insertPerson(tx, user.id, orgId, person, this.clock.now().toISOString())
      await this.audit.record(
        { actor, action: 'bidder.staff', subject: `trading-org:${orgId}`, details: { userId: user.id } },
        tx,
      )
    })
    return { userId: user.id }
  }

  /** The bidder's staff accounts with the masked ID number of each person (never the number). */
  async staff(actor: Principal) {
    const orgId = await this.orgOf(actor)
    const persons = await this.repo.staffPersonsOfOrg(orgId)
    const names = await this.auth.namesOf(persons.map((p) => p.user_id))
    return persons.map((p) => ({
      userId: p.user_id,
      username: names.get(p.user_id)?.username ?? '',
      displayName: names.get(p.user_id)?.displayName ?? '',
      idNumberMasked: p.id_masked,
      addedAt: p.created_at,
    }))
  }

  /** Lots open for bids now and those whose documents this bidder holds, with its bid. */
  async openLots(actor: Principal) {
    const orgId = await this.orgOf(actor)
    const now = this.clock.now().toISOString()
    const docs = new Set((await this.repo.documentsOfOrg(orgId)).map((d) => d.lot_id))
    const bids = new Map((await this.repo.bidsOfOrg(orgId)).map((b) => [b.lot_id, b]))
    const lots = await lotsOpenForBids(this.db, now, [...docs])
    return lots.map((l) => {
      const bid = bids.get(l.lotId)
      return {
        ...l,
        hasDocuments: docs.has(l.lotId),
        bidId: bid?.id ?? null,
        bidStatus: bid?.status ?? null,
        finalVersion: bid?.final_version ?? null,
        isOpen: l.bidDeadline !== null && Date.parse(l.bidDeadline) > Date.parse(now),
      }
    })
  }

  async lotWithProject(lotId: string, tx: Executor = this.db): Promise<{ lot: LotRow; project: ProjectRow }> {
    const lot = await this.trading.findLot(lotId, tx)
    const project = lot ? await this.trading.findProject(lot.project_id, tx) : undefined
    if (!lot || !project) throw new AppError('BID_LOT_NOT_FOUND', 'no such lot')
    return { lot, project }
  }

  /** Obtaining the lot's documents (获取招标文件), recorded once; a sealed event in the chain. */
  async obtainDocuments(actor: Principal, lotId: string) {
    const orgId = await this.orgOf(actor)
    const now = this.clock.now()
    await this.db.transaction().execute(async (tx) => {
      const { lot, project } = await this.lotWithProject(lotId, tx)
      if (!lot.bid_deadline) throw new AppError('BID_LOT_NOT_OPEN', 'the lot is not open for bids')
      if (!beforeDeadline(now, lot.bid_deadline))
        throw new AppError('BID_DEADLINE_PASSED', 'the bid deadline has passed')
      const salt = randomBytes(16).toString('hex')
      const fresh = await this.repo.insertDocuments(
        {
          lot_id: lotId,
          org_id: orgId,
          obtained_by: requireStaff(actor).userId,
          obtained_at: now.toISOString(),
          seal_salt: salt,
        },
        tx,
      )
      if (!fresh) return
      await this.journal.append(tx, project, actor, now.toISOString(), 'bid.documents_obtained', {
        lotId,
        sealed: true,
        seal: sealOf(salt, lotId, orgId),
      })
    })
    return { lotId, obtained: true as const }
  }

  /**
   * Who obtained documents, or who bid: refused (404) and audited for everyone before the
   * opening starts; afterwards, to those who see the project.
   */
  async sealedList(
    actor: Principal,
    lotId: string,
    what: 'documents' | 'bids',
    opened: boolean,
    ip: string | null,
  ) {
    const { project } = await this.lotWithProject(lotId).catch(async (err: unknown) => {
      await this.refuse(actor, lotId, what, ip)
      throw err
    })
    if (!opened) {
      await this.refuse(actor, lotId, what, ip)
      throw new AppError('BID_LIST_SEALED', 'not found')
    }
    await this.projects.visibleProject(actor, project.id)
    if (what === 'documents') {
      const rows = await this.repo.documentsOfLot(lotId)
      const orgs = new Map((await this.trading.findOrgs(rows.map((r) => r.org_id))).map((o) => [o.id, o]))
      return rows.map((r) => ({
        orgId: r.org_id,
        name: orgs.get(r.org_id)?.name ?? '',
        creditCode: orgs.get(r.org_id)?.credit_code ?? '',
        at: r.obtained_at,
      }))
    }
    const rows = (await this.repo.bidsOfLot(lotId)).filter((b) => b.final_version !== null)
    const orgs = new Map((await this.trading.findOrgs(rows.map((r) => r.org_id))).map((o) => [o.id, o]))
    return rows.map((r) => ({
      orgId: r.org_id,
      name: orgs.get(r.org_id)?.name ?? '',
      creditCode: orgs.get(r.org_id)?.credit_code ?? '',
      at: r.created_at,
    }))
  }

  private async refuse(actor: Principal, lotId: string, what: string, ip: string | null) {
    await this.audit.record({
      actor,
      action: 'bidding.secrecy-refused',
      subject: `trading-lot:${lotId}`,
      ip,
      details: { what },
    })
  }
}

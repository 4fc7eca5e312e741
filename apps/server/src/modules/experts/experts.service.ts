import { randomInt } from 'node:crypto'
import {
  checkCreditCode,
  checkResidentId,
  maskIdNumber,
  maskPhone,
  phoneSchema,
  type CreateExpertRequest,
  type ExpertResponse,
  type Principal,
} from '@yimin/shared'
import type { Db } from '../../db/database'
import { fromJson, toJson } from '../../db/convert'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { assertCan } from '../auth/permissions'
import { EXPERT_SPECIALTIES } from './draw.rules'
import type { ExpertRow, ExpertsRepository } from './experts.repository'

export const presentExpert = (r: ExpertRow, full: boolean): ExpertResponse => ({
  id: r.id,
  name: r.name,
  idNumber: full ? r.id_number : maskIdNumber(r.id_number),
  phone: full ? r.phone : maskPhone(r.phone),
  employerName: r.employer_name,
  employerCreditCode: r.employer_credit_code,
  region: r.region,
  specialties: fromJson<string[]>(r.specialties) ?? [],
  conflicts: fromJson<string[]>(r.conflicts) ?? [],
  isAvailable: Number(r.is_available) === 1,
})

/** A six-digit code (check-in at the evaluation room). */
export const sixDigits = () => String(randomInt(0, 1_000_000)).padStart(6, '0')

/**
 * The expert pool (评标专家库), kept by the center's staff. Identity numbers and phones are
 * personal data: lists mask them; a full read is recorded in the audit log.
 */
export class ExpertsService {
  constructor(
    private readonly db: Db,
    private readonly repo: ExpertsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Checks an expert's fields; EXPERT_INVALID with the field otherwise. */
  static check(input: CreateExpertRequest): void {
    const bad = (field: string, problem: string) => {
      throw new AppError('EXPERT_INVALID', `${field}: ${problem}`, { field, problem })
    }
    const idProblem = checkResidentId(input.idNumber)
    if (idProblem) bad('idNumber', idProblem)
    if (!phoneSchema.safeParse(input.phone).success) bad('phone', 'format')
    const codeProblem = checkCreditCode(input.employerCreditCode)
    if (codeProblem) bad('employerCreditCode', codeProblem)
    for (const c of input.conflicts) if (checkCreditCode(c)) bad('conflicts', 'format')
    for (const s of input.specialties)
      if (!(EXPERT_SPECIALTIES as readonly string[]).includes(s)) bad('specialties', 'unknown')
  }

  async create(actor: Principal, input: CreateExpertRequest): Promise<ExpertResponse> {
    assertCan(actor, 'trading.register')
    ExpertsService.check(input)
    const now = this.clock.now().toISOString()
    const row: ExpertRow = {
      id: newId(),
      name: input.name,
      id_number: input.idNumber.toUpperCase(),
      phone: input.phone,
      employer_name: input.employerName,
      employer_credit_code: input.employerCreditCode.toUpperCase(),
      region: input.region,
      specialties: toJson([...new Set(input.specialties)].sort()),
      conflicts: toJson([...new Set(input.conflicts.map((c) => c.toUpperCase()))].sort()),
      is_available: input.isAvailable ? 1 : 0,
      user_id: input.userId ?? null,
      created_at: now,
      updated_at: now,
    }
    await this.db.transaction().execute(async (tx) => {
      if (await this.repo.idNumberTaken(row.id_number, tx))
        throw new AppError('EXPERT_ID_NUMBER_TAKEN', 'an expert with this identity number exists')
      await this.repo.insertExpert(row, tx)
      await this.audit.record({ actor, action: 'expert.create', subject: `expert:${row.id}` }, tx)
    })
    return presentExpert(row, false)
  }

  /** The pool, personal data masked. */
  async list(actor: Principal): Promise<ExpertResponse[]> {
    assertCan(actor, 'trading.register')
    return (await this.repo.listExperts()).map((r) => presentExpert(r, false))
  }

  /** One expert in full; the read of personal data is audited. */
  async get(actor: Principal, id: string, ip: string | null): Promise<ExpertResponse> {
    assertCan(actor, 'trading.register')
    const row = await this.repo.findExpert(id)
    if (!row) throw new AppError('EXPERT_NOT_FOUND', 'no such expert')
    await this.audit.record({ actor, action: 'expert.read-personal-data', subject: `expert:${id}`, ip })
    return presentExpert(row, true)
  }

  async setAvailability(actor: Principal, id: string, isAvailable: boolean): Promise<ExpertResponse> {
    assertCan(actor, 'trading.register')
    const row = await this.repo.findExpert(id)
    if (!row) throw new AppError('EXPERT_NOT_FOUND', 'no such expert')
    const patch = { is_available: isAvailable ? 1 : 0, updated_at: this.clock.now().toISOString() }
    await this.repo.updateExpert(id, patch)
    return presentExpert({ ...row, ...patch }, false)
  }
}

import type { Department, Division, Principal, RoleGrant, UpsertDepartmentRequest } from '@yimin/shared'
import type { z } from 'zod'
import type { upsertDivisionRequest } from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { toFlag } from '../../db/convert'
import { localizedToColumns } from '../../db/localized'
import { isUniqueViolation } from '../../db/dialect'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { assertCan } from '../auth/permissions'
import { presentDepartment, presentDivision } from './org.presenters'
import type { OrgRepository } from './org.repository'
import { checkDepartmentParent, checkDivisionParent } from './org.rules'

/** Administrative divisions (GB/T 2260) and departments at their levels. */
export class OrgService {
  constructor(
    private readonly db: Db,
    private readonly repo: OrgRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async listDivisions(): Promise<Division[]> {
    return (await this.repo.listDivisions()).map(presentDivision)
  }

  async upsertDivision(actor: Principal, input: z.infer<typeof upsertDivisionRequest>): Promise<Division> {
    assertCan(actor, 'org.manage')
    return this.db.transaction().execute(async (tx) => {
      const parent = input.parentCode ? await this.repo.findDivision(input.parentCode, tx) : undefined
      if (input.parentCode && !parent)
        throw new AppError('ORG_DIVISION_NOT_FOUND', `no division ${input.parentCode}`)
      const problem = checkDivisionParent(input, parent ? presentDivision(parent) : null)
      if (problem) throw new AppError('ORG_DIVISION_PARENT_INVALID', problem)
      const row = {
        code: input.code,
        ...localizedToColumns('name', input.name),
        level: input.level,
        parent_code: input.parentCode,
      }
      await this.repo.upsertDivision(row, tx)
      await this.audit.record({ actor, action: 'org.division.upsert', subject: `division:${input.code}` }, tx)
      return presentDivision(row)
    })
  }

  /** The public sees active departments; staff with org.manage see all. */
  async listDepartments(actor: Principal): Promise<Department[]> {
    const all = actor.kind === 'staff'
    return (await this.repo.listDepartments({ activeOnly: !all })).map(presentDepartment)
  }

  async getDepartment(id: string): Promise<Department> {
    const row = await this.repo.findDepartment(id)
    if (!row) throw new AppError('ORG_DEPARTMENT_NOT_FOUND', 'no such department')
    return presentDepartment(row)
  }

  async createDepartment(actor: Principal, input: UpsertDepartmentRequest): Promise<Department> {
    assertCan(actor, 'org.manage')
    const id = newId()
    return this.saveDepartment(actor, id, input, true)
  }

  async updateDepartment(actor: Principal, id: string, input: UpsertDepartmentRequest): Promise<Department> {
    assertCan(actor, 'org.manage')
    if (!(await this.repo.findDepartment(id)))
      throw new AppError('ORG_DEPARTMENT_NOT_FOUND', 'no such department')
    return this.saveDepartment(actor, id, input, false)
  }

  /** Staff grants must name departments that exist. */
  async assertGrantsValid(grants: RoleGrant[], tx?: Executor): Promise<void> {
    const ids = [...new Set(grants.map((g) => g.departmentId).filter((d): d is string => d !== null))]
    const found = await this.repo.existingDepartmentIds(ids, tx)
    const missing = ids.filter((d) => !found.has(d))
    if (missing.length)
      throw new AppError('ORG_DEPARTMENT_NOT_FOUND', 'a grant names a department that does not exist', {
        departmentIds: missing,
      })
  }

  private async saveDepartment(
    actor: Principal,
    id: string,
    input: UpsertDepartmentRequest,
    isNew: boolean,
  ): Promise<Department> {
    const now = this.clock.now().toISOString()
    try {
      return await this.db.transaction().execute(async (tx) => {
        if (!(await this.repo.findDivision(input.divisionCode, tx)))
          throw new AppError('ORG_DIVISION_NOT_FOUND', `no division ${input.divisionCode}`)
        const byCode = await this.repo.findDepartmentByCode(input.code, tx)
        if (byCode && byCode.id !== id)
          throw new AppError('ORG_DEPARTMENT_CODE_TAKEN', `department code ${input.code} is taken`)
        if (input.parentId) {
          const chain = await this.ancestors(input.parentId, tx)
          const problem = checkDepartmentParent(id, chain)
          if (problem) throw new AppError('ORG_DEPARTMENT_PARENT_INVALID', problem)
        }
        const patch = {
          code: input.code,
          ...localizedToColumns('name', input.name),
          level: input.level,
          division_code: input.divisionCode,
          parent_id: input.parentId,
          phone: input.phone,
          is_active: toFlag(input.isActive),
          sort_order: input.sortOrder,
          updated_at: now,
        }
        if (isNew) await this.repo.insertDepartment({ id, created_at: now, ...patch }, tx)
        else await this.repo.updateDepartment(id, patch, tx)
        await this.audit.record(
          {
            actor,
            action: isNew ? 'org.department.create' : 'org.department.update',
            subject: `department:${id}`,
          },
          tx,
        )
        return presentDepartment({ id, created_at: now, ...patch })
      })
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError('ORG_DEPARTMENT_CODE_TAKEN', `department code ${input.code} is taken`)
      throw err
    }
  }

  /** The parent chain of a department, nearest first (missing parent → not found). */
  private async ancestors(parentId: string, tx: Executor): Promise<string[]> {
    const chain: string[] = []
    let current: string | null = parentId
    while (current && chain.length < 20) {
      const row = await this.repo.findDepartment(current, tx)
      if (!row) throw new AppError('ORG_DEPARTMENT_NOT_FOUND', 'the parent department does not exist')
      chain.push(row.id)
      current = row.parent_id
    }
    return chain
  }
}

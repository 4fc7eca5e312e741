import type { QueueCategoryStore } from '../queue/queue-categories'
import {
  type Hall,
  type Principal,
  type QueueCategory,
  type upsertAreaRequest,
  type upsertFacilityRequest,
  type upsertFloorRequest,
  type upsertHallRequest,
  type upsertQueueCategoryRequest,
  type upsertWindowRequest,
} from '@yimin/shared'
import type { z } from 'zod'
import type { Db, Executor } from '../../db/database'
import { toFlag, toJson } from '../../db/convert'
import { localizedToColumns } from '../../db/localized'
import { isUniqueViolation } from '../../db/dialect'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { AuditService } from '../audit/audit.service'
import { assertCan, canSomewhere } from '../auth/permissions'
import type { HallRepository } from './hall.repository'
import { presentCategory, presentHall } from './org.presenters'
import type { OrgRepository } from './org.repository'

type In<T extends z.ZodType> = z.infer<T>

/**
 * The hall: floors, areas, numbered windows (which departments and queue categories they
 * serve, who staffs them), convenience facilities, and the queue categories. Public reads carry
 * no staff data; changes need `org.manage`.
 */
export class HallService {
  constructor(
    private readonly db: Db,
    private readonly halls: HallRepository,
    private readonly org: OrgRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    /** the queue's categories (the queue module owns them) */
    private readonly categories: QueueCategoryStore,
  ) {}

  async listHalls(actor: Principal): Promise<Hall[]> {
    const rows = await this.halls.listHalls()
    return Promise.all(rows.map((h) => this.assemble(h.id, actor)))
  }

  async getHall(actor: Principal, hallId: string): Promise<Hall> {
    return this.assemble(hallId, actor)
  }

  async createHall(actor: Principal, input: In<typeof upsertHallRequest>): Promise<Hall> {
    assertCan(actor, 'org.manage')
    const id = newId()
    await this.write(actor, 'org.hall.create', `hall:${id}`, async (tx) => {
      await this.requireDivision(input.divisionCode, tx)
      await this.halls.insertHall(
        {
          id,
          ...localizedToColumns('name', input.name),
          ...localizedToColumns('address', input.address),
          division_code: input.divisionCode,
          opening_hours: toJson(input.openingHours),
          created_at: this.clock.now().toISOString(),
        },
        tx,
      )
    })
    return this.assemble(id, actor)
  }

  async updateHall(actor: Principal, hallId: string, input: In<typeof upsertHallRequest>): Promise<Hall> {
    assertCan(actor, 'org.manage')
    await this.write(actor, 'org.hall.update', `hall:${hallId}`, async (tx) => {
      await this.requireHall(hallId, tx)
      await this.requireDivision(input.divisionCode, tx)
      await this.halls.updateHall(
        hallId,
        {
          ...localizedToColumns('name', input.name),
          ...localizedToColumns('address', input.address),
          division_code: input.divisionCode,
          opening_hours: toJson(input.openingHours),
        },
        tx,
      )
    })
    return this.assemble(hallId, actor)
  }

  async upsertFloor(
    actor: Principal,
    hallId: string,
    floorId: string | null,
    input: In<typeof upsertFloorRequest>,
  ): Promise<Hall> {
    assertCan(actor, 'org.manage')
    const id = floorId ?? newId()
    await this.write(
      actor,
      'org.floor.upsert',
      `floor:${id}`,
      async (tx) => {
        await this.requireHall(hallId, tx)
        if (floorId) await this.requireInHall('floor', await this.halls.findFloor(floorId, tx), hallId)
        if ((await this.halls.floors(hallId, tx)).some((f) => f.number === input.number && f.id !== id)) {
          throw new AppError('ORG_FLOOR_NUMBER_TAKEN', `floor ${input.number} exists`)
        }
        await this.halls.upsertFloor(
          {
            id,
            hall_id: hallId,
            number: input.number,
            ...localizedToColumns('name', input.name),
            is_service_floor: toFlag(input.isServiceFloor),
          },
          tx,
        )
      },
      'ORG_FLOOR_NUMBER_TAKEN',
    )
    return this.assemble(hallId, actor)
  }

  async upsertArea(
    actor: Principal,
    hallId: string,
    areaId: string | null,
    input: In<typeof upsertAreaRequest>,
  ): Promise<Hall> {
    assertCan(actor, 'org.manage')
    const id = areaId ?? newId()
    await this.write(
      actor,
      'org.area.upsert',
      `area:${id}`,
      async (tx) => {
        await this.requireHall(hallId, tx)
        if (areaId) await this.requireInHall('area', await this.halls.findArea(areaId, tx), hallId)
        await this.requireInHall('floor', await this.halls.findFloor(input.floorId, tx), hallId)
        if ((await this.halls.areas(hallId, tx)).some((a) => a.code === input.code && a.id !== id)) {
          throw new AppError('ORG_AREA_CODE_TAKEN', `area ${input.code} exists`)
        }
        await this.halls.upsertArea(
          {
            id,
            hall_id: hallId,
            floor_id: input.floorId,
            code: input.code,
            ...localizedToColumns('name', input.name),
            sort_order: input.sortOrder,
          },
          tx,
        )
      },
      'ORG_AREA_CODE_TAKEN',
    )
    return this.assemble(hallId, actor)
  }

  async upsertWindow(
    actor: Principal,
    hallId: string,
    windowId: string | null,
    input: In<typeof upsertWindowRequest>,
  ): Promise<Hall> {
    assertCan(actor, 'org.manage')
    const id = windowId ?? newId()
    const departmentIds = [...new Set(input.departmentIds)]
    const categoryIds = [...new Set(input.categoryIds)]
    const staffIds = [...new Set(input.staffIds)]
    await this.write(
      actor,
      'org.window.upsert',
      `window:${id}`,
      async (tx) => {
        await this.requireHall(hallId, tx)
        if (windowId) await this.requireInHall('window', await this.halls.findWindow(windowId, tx), hallId)
        await this.requireInHall('area', await this.halls.findArea(input.areaId, tx), hallId)
        if ((await this.halls.windows(hallId, tx)).some((w) => w.number === input.number && w.id !== id)) {
          throw new AppError('ORG_WINDOW_NUMBER_TAKEN', `window ${input.number} exists`)
        }
        const foundDeps = await this.org.existingDepartmentIds(departmentIds, tx)
        const missing = departmentIds.filter((d) => !foundDeps.has(d))
        if (missing.length)
          throw new AppError('ORG_DEPARTMENT_NOT_FOUND', 'a window names a department that does not exist', {
            departmentIds: missing,
          })
        if ((await this.categories.countExisting(categoryIds, tx)) !== categoryIds.length) {
          throw new AppError(
            'ORG_QUEUE_CATEGORY_NOT_FOUND',
            'a window names a queue category that does not exist',
          )
        }
        if ((await this.halls.countUsers(staffIds, tx)) !== staffIds.length) {
          throw new AppError('USER_NOT_FOUND', 'a window names a staff member who does not exist')
        }
        const name = { ...input.name, zh: input.name.zh || `${input.number} 号窗口` }
        await this.halls.upsertWindow(
          {
            id,
            hall_id: hallId,
            area_id: input.areaId,
            number: input.number,
            ...localizedToColumns('name', name),
            is_active: toFlag(input.isActive),
          },
          { departmentIds, categoryIds, staffIds },
          tx,
        )
      },
      'ORG_WINDOW_NUMBER_TAKEN',
    )
    return this.assemble(hallId, actor)
  }

  async upsertFacility(
    actor: Principal,
    hallId: string,
    facilityId: string | null,
    input: In<typeof upsertFacilityRequest>,
  ): Promise<Hall> {
    assertCan(actor, 'org.manage')
    const id = facilityId ?? newId()
    await this.write(actor, 'org.facility.upsert', `facility:${id}`, async (tx) => {
      await this.requireHall(hallId, tx)
      if (facilityId)
        await this.requireInHall('facility', await this.halls.findFacility(facilityId, tx), hallId)
      if (input.floorId)
        await this.requireInHall('floor', await this.halls.findFloor(input.floorId, tx), hallId)
      if (input.areaId) {
        const area = await this.halls.findArea(input.areaId, tx)
        await this.requireInHall('area', area, hallId)
        if (input.floorId && area?.floor_id !== input.floorId)
          throw new AppError('ORG_PLACE_MISMATCH', 'the area is on another floor')
      }
      await this.halls.upsertFacility(
        {
          id,
          hall_id: hallId,
          floor_id: input.floorId,
          area_id: input.areaId,
          kind: input.kind,
          ...localizedToColumns('name', input.name),
          hours: input.hours,
          capacity: input.capacity,
          ...(input.note
            ? localizedToColumns('note', input.note)
            : { note: null, note_ug: null, note_en: null }),
          sort_order: input.sortOrder,
        },
        tx,
      )
    })
    return this.assemble(hallId, actor)
  }

  async deleteFacility(actor: Principal, hallId: string, facilityId: string): Promise<Hall> {
    assertCan(actor, 'org.manage')
    await this.write(actor, 'org.facility.delete', `facility:${facilityId}`, async (tx) => {
      await this.requireInHall('facility', await this.halls.findFacility(facilityId, tx), hallId)
      await this.halls.deleteFacility(facilityId, tx)
    })
    return this.assemble(hallId, actor)
  }

  async listCategories(): Promise<QueueCategory[]> {
    return (await this.categories.list()).map(presentCategory)
  }

  async upsertCategory(
    actor: Principal,
    categoryId: string | null,
    input: In<typeof upsertQueueCategoryRequest>,
  ): Promise<QueueCategory> {
    assertCan(actor, 'org.manage')
    const id = categoryId ?? newId()
    const row = {
      id,
      code: input.code,
      prefix: input.prefix,
      ...localizedToColumns('name', input.name),
      is_active: toFlag(input.isActive),
      sort_order: input.sortOrder,
    }
    await this.write(
      actor,
      'org.queue-category.upsert',
      `queue-category:${id}`,
      async (tx) => {
        if (categoryId && !(await this.categories.find(categoryId, tx)))
          throw new AppError('ORG_QUEUE_CATEGORY_NOT_FOUND', 'no such queue category')
        const clash = (await this.categories.list(tx)).find(
          (c) => c.id !== id && (c.code === input.code || c.prefix === input.prefix),
        )
        if (clash) throw new AppError('ORG_QUEUE_CATEGORY_TAKEN', `code or prefix is used by ${clash.code}`)
        await this.categories.upsert(row, tx)
      },
      'ORG_QUEUE_CATEGORY_TAKEN',
    )
    return presentCategory(row)
  }

  /** The window or area a device may be bound to must exist (used by the devices module). */
  async assertPlaceExists(
    place: { windowId: string | null; areaId: string | null },
    tx?: Executor,
  ): Promise<void> {
    if (place.windowId && !(await this.halls.findWindow(place.windowId, tx)))
      throw new AppError('ORG_WINDOW_NOT_FOUND', 'no such window')
    if (place.areaId && !(await this.halls.findArea(place.areaId, tx)))
      throw new AppError('ORG_AREA_NOT_FOUND', 'no such area')
  }

  private async assemble(hallId: string, actor: Principal): Promise<Hall> {
    const hall = await this.halls.findHall(hallId)
    if (!hall) throw new AppError('ORG_HALL_NOT_FOUND', 'no such hall')
    const [floors, areas, windows, facilities] = await Promise.all([
      this.halls.floors(hallId),
      this.halls.areas(hallId),
      this.halls.windows(hallId),
      this.halls.facilities(hallId),
    ])
    const links = await this.halls.windowLinks(windows.map((w) => w.id))
    return presentHall(
      hall,
      { floors, areas, windows, facilities, links },
      { includeStaff: canSomewhere(actor, 'user.read') || canSomewhere(actor, 'org.manage') },
    )
  }

  private async write(
    actor: Principal,
    action: string,
    subject: string,
    fn: (tx: Executor) => Promise<void>,
    uniqueCode?:
      | 'ORG_FLOOR_NUMBER_TAKEN'
      | 'ORG_AREA_CODE_TAKEN'
      | 'ORG_WINDOW_NUMBER_TAKEN'
      | 'ORG_QUEUE_CATEGORY_TAKEN',
  ): Promise<void> {
    try {
      await this.db.transaction().execute(async (tx) => {
        await fn(tx)
        await this.audit.record({ actor, action, subject }, tx)
      })
    } catch (err) {
      // two admins saving the same number at once: the unique constraint decides
      if (uniqueCode && isUniqueViolation(err)) throw new AppError(uniqueCode, 'already taken')
      throw err
    }
  }

  private async requireHall(id: string, tx: Executor): Promise<void> {
    if (!(await this.halls.findHall(id, tx))) throw new AppError('ORG_HALL_NOT_FOUND', 'no such hall')
  }

  private async requireDivision(code: string, tx: Executor): Promise<void> {
    if (!(await this.org.findDivision(code, tx)))
      throw new AppError('ORG_DIVISION_NOT_FOUND', `no division ${code}`)
  }

  private async requireInHall(
    kind: 'floor' | 'area' | 'window' | 'facility',
    row: { hall_id: string } | undefined,
    hallId: string,
  ): Promise<void> {
    if (row && row.hall_id === hallId) return
    const code = {
      floor: 'ORG_FLOOR_NOT_FOUND',
      area: 'ORG_AREA_NOT_FOUND',
      window: 'ORG_WINDOW_NOT_FOUND',
      facility: 'ORG_FACILITY_NOT_FOUND',
    } as const
    throw new AppError(code[kind], `no such ${kind} in this hall`)
  }
}

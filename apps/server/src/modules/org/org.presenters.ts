import type { Department, Division, Hall, QueueCategory } from '@yimin/shared'
import { fromFlag, fromJson } from '../../db/convert'
import { localizedFromColumns } from '../../db/localized'
import type { QueueCategoryIdentity } from '../queue/queue-categories'
import type { WindowLinks } from './hall.repository'
import type {
  DepartmentsTable,
  DivisionsTable,
  FacilitiesTable,
  HallAreasTable,
  HallFloorsTable,
  HallsTable,
  HallWindowsTable,
} from './org.tables'

export const presentDivision = (r: DivisionsTable): Division => ({
  code: r.code,
  name: localizedFromColumns(r, 'name'),
  level: r.level,
  parentCode: r.parent_code,
})

export const presentDepartment = (r: DepartmentsTable): Department => ({
  id: r.id,
  code: r.code,
  name: localizedFromColumns(r, 'name'),
  level: r.level,
  divisionCode: r.division_code,
  parentId: r.parent_id,
  phone: r.phone,
  isActive: fromFlag(r.is_active),
  sortOrder: r.sort_order,
})

export const presentCategory = (r: QueueCategoryIdentity): QueueCategory => ({
  id: r.id,
  code: r.code,
  prefix: r.prefix,
  name: localizedFromColumns(r, 'name'),
  isActive: fromFlag(r.is_active),
  sortOrder: r.sort_order,
})

export function presentHall(
  hall: HallsTable,
  parts: {
    floors: HallFloorsTable[]
    areas: HallAreasTable[]
    windows: HallWindowsTable[]
    facilities: FacilitiesTable[]
    links: Map<string, WindowLinks>
  },
  options: { includeStaff: boolean },
): Hall {
  return {
    id: hall.id,
    name: localizedFromColumns(hall, 'name'),
    address: localizedFromColumns(hall, 'address'),
    divisionCode: hall.division_code,
    openingHours: fromJson(hall.opening_hours) ?? [],
    floors: parts.floors.map((f) => ({
      id: f.id,
      number: f.number,
      name: localizedFromColumns(f, 'name'),
      isServiceFloor: fromFlag(f.is_service_floor),
    })),
    areas: parts.areas.map((a) => ({
      id: a.id,
      floorId: a.floor_id,
      code: a.code,
      name: localizedFromColumns(a, 'name'),
      sortOrder: a.sort_order,
    })),
    windows: parts.windows.map((w) => {
      const links = parts.links.get(w.id) ?? { departmentIds: [], categoryIds: [], staffIds: [] }
      return {
        id: w.id,
        areaId: w.area_id,
        number: w.number,
        name: localizedFromColumns(w, 'name'),
        isActive: fromFlag(w.is_active),
        departmentIds: links.departmentIds,
        categoryIds: links.categoryIds,
        ...(options.includeStaff ? { staffIds: links.staffIds } : {}),
      }
    }),
    facilities: parts.facilities.map((f) => ({
      id: f.id,
      floorId: f.floor_id,
      areaId: f.area_id,
      kind: f.kind as Hall['facilities'][number]['kind'],
      name: localizedFromColumns(f, 'name'),
      hours: f.hours,
      capacity: f.capacity,
      note: f.note === null ? null : localizedFromColumns({ ...f, note: f.note }, 'note'),
      sortOrder: f.sort_order,
    })),
  }
}

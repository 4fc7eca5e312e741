import type { Hall, HallWindow } from '@yimin/shared'

type Floor = Hall['floors'][number]
type Area = Hall['areas'][number]
type Facility = Hall['facilities'][number]

export interface AreaEntry {
  area: Area
  /** active windows in number order */
  windows: HallWindow[]
  /** the departments these windows serve, first seen first */
  departmentIds: string[]
  facilities: Facility[]
}

export interface FloorEntry {
  floor: Floor
  areas: AreaEntry[]
  /** facilities on the floor but in no area */
  facilities: Facility[]
}

export interface HallDirectory {
  floors: FloorEntry[]
  /** facilities placed on no floor (outside, the whole building) */
  facilities: Facility[]
}

const bySort = <T extends { sortOrder: number }>(a: T, b: T) => a.sortOrder - b.sortOrder

/** The hall as a visitor reads it: floors (lowest first), their areas, windows, departments and facilities. */
export function hallDirectory(hall: Hall): HallDirectory {
  const facilities = [...hall.facilities].sort(bySort)
  const floors = [...hall.floors]
    .sort((a, b) => a.number - b.number)
    .map((floor): FloorEntry => {
      const areas = hall.areas
        .filter((a) => a.floorId === floor.id)
        .sort(bySort)
        .map((area): AreaEntry => {
          const windows = hall.windows
            .filter((w) => w.areaId === area.id && w.isActive)
            .sort((a, b) => a.number - b.number)
          return {
            area,
            windows,
            departmentIds: [...new Set(windows.flatMap((w) => w.departmentIds))],
            facilities: facilities.filter((f) => f.areaId === area.id),
          }
        })
      const areaIds = new Set(areas.map((a) => a.area.id))
      return {
        floor,
        areas,
        facilities: facilities.filter((f) => f.floorId === floor.id && !(f.areaId && areaIds.has(f.areaId))),
      }
    })
  const placed = new Set(
    floors.flatMap((f) => [...f.facilities, ...f.areas.flatMap((a) => a.facilities)]).map((f) => f.id),
  )
  return { floors, facilities: facilities.filter((f) => !placed.has(f.id)) }
}

export interface WhereAnswer {
  hall: Hall
  floor: Floor | null
  area: Area | null
  /** the active windows that serve it, in number order */
  windows: HallWindow[]
}

export interface WhereQuestion {
  /** the area the matter names, if any */
  areaId: string | null
  departmentId: string | null
  queueCategoryId: string | null
}

/**
 * "Where do I go" (去哪儿办) for a matter or a department: the area the matter names, else the
 * area of the windows serving its department or queue category; the windows in that area that
 * serve it. Null when the hall model knows nothing about it (then: ask at the information desk).
 */
export function whereToGo(halls: readonly Hall[], q: WhereQuestion): WhereAnswer | null {
  const serves = (w: HallWindow) =>
    w.isActive &&
    ((q.departmentId !== null && w.departmentIds.includes(q.departmentId)) ||
      (q.queueCategoryId !== null && w.categoryIds.includes(q.queueCategoryId)))
  for (const hall of halls) {
    const named = q.areaId ? hall.areas.find((a) => a.id === q.areaId) : undefined
    const serving = hall.windows.filter(serves).sort((a, b) => a.number - b.number)
    if (!named && serving.length === 0) continue
    const area = named ?? hall.areas.find((a) => a.id === serving[0]?.areaId) ?? null
    const windows = area ? serving.filter((w) => w.areaId === area.id) : serving
    const floor = area ? (hall.floors.find((f) => f.id === area.floorId) ?? null) : null
    return { hall, floor, area, windows }
  }
  return null
}

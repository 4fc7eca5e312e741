import type { Hall } from '@yimin/shared'
import { describe, expect, it } from 'vitest'
import { hallDirectory, whereToGo } from './hall-directory'

const window = (
  id: string,
  areaId: string,
  number: number,
  departmentIds: string[],
  categoryIds: string[] = [],
  isActive = true,
) => ({
  id,
  areaId,
  number,
  name: { zh: `${number}` },
  isActive,
  departmentIds,
  categoryIds,
})
const facility = (id: string, floorId: string | null, areaId: string | null, sortOrder = 0) => ({
  id,
  floorId,
  areaId,
  kind: 'wifi' as const,
  name: { zh: id },
  hours: '9:00-17:00',
  capacity: null,
  note: null,
  sortOrder,
})

const hall: Hall = {
  id: 'h1',
  name: { zh: '政务服务中心' },
  address: { zh: '' },
  divisionCode: '650102',
  openingHours: [],
  floors: [
    { id: 'f2', number: 2, name: { zh: '二层' }, isServiceFloor: true },
    { id: 'f1', number: 1, name: { zh: '一层' }, isServiceFloor: true },
  ],
  areas: [
    { id: 'a-police', floorId: 'f2', code: 'B', name: { zh: '公安' }, sortOrder: 2 },
    { id: 'a-general', floorId: 'f1', code: 'A', name: { zh: '综合' }, sortOrder: 1 },
    { id: 'a-tax', floorId: 'f2', code: 'C', name: { zh: '税务' }, sortOrder: 1 },
  ],
  windows: [
    window('w6', 'a-police', 6, ['crj']),
    window('w5', 'a-police', 5, ['crj', 'hz'], ['cat-a']),
    window('w7', 'a-police', 7, ['crj'], [], false),
    window('w1', 'a-general', 1, ['tax']),
    window('w9', 'a-tax', 9, ['tax']),
  ],
  facilities: [
    facility('print', 'f1', 'a-general'),
    facility('wifi-2', 'f2', null),
    facility('parking', null, null),
    facility('canteen', 'f1', null, 3),
  ],
}

describe('hallDirectory', () => {
  it('lists floors lowest first, areas in their order, active windows by number and the departments they serve', () => {
    const d = hallDirectory(hall)
    expect(d.floors.map((f) => f.floor.number)).toEqual([1, 2])
    expect(d.floors[1]?.areas.map((a) => a.area.id)).toEqual(['a-tax', 'a-police'])
    const police = d.floors[1]?.areas[1]
    expect(police?.windows.map((w) => w.number)).toEqual([5, 6])
    expect(police?.departmentIds).toEqual(['crj', 'hz'])
  })

  it('puts each facility once: in its area, else on its floor, else for the whole hall', () => {
    const d = hallDirectory(hall)
    expect(d.floors[0]?.areas[0]?.facilities.map((f) => f.id)).toEqual(['print'])
    expect(d.floors[0]?.facilities.map((f) => f.id)).toEqual(['canteen'])
    expect(d.floors[1]?.facilities.map((f) => f.id)).toEqual(['wifi-2'])
    expect(d.facilities.map((f) => f.id)).toEqual(['parking'])
  })
})

describe('whereToGo', () => {
  it('answers the named area with the windows there that serve the department', () => {
    const a = whereToGo([hall], { areaId: 'a-police', departmentId: 'crj', queueCategoryId: null })
    expect(a?.floor?.number).toBe(2)
    expect(a?.area?.id).toBe('a-police')
    expect(a?.windows.map((w) => w.number)).toEqual([5, 6])
  })

  it('without an area, finds it from the windows serving the department (the lowest window number first)', () => {
    const a = whereToGo([hall], { areaId: null, departmentId: 'tax', queueCategoryId: null })
    expect(a?.area?.id).toBe('a-general')
    expect(a?.floor?.number).toBe(1)
    expect(a?.windows.map((w) => w.number)).toEqual([1])
  })

  it('a queue category also leads to its windows; closed windows are never sent to', () => {
    expect(
      whereToGo([hall], { areaId: null, departmentId: null, queueCategoryId: 'cat-a' })?.windows.map(
        (w) => w.number,
      ),
    ).toEqual([5])
    expect(
      whereToGo([hall], { areaId: null, departmentId: 'crj', queueCategoryId: null })?.windows.some(
        (w) => w.number === 7,
      ),
    ).toBe(false)
  })

  it('answers null when the hall model knows nothing of it', () => {
    expect(whereToGo([hall], { areaId: null, departmentId: 'nobody', queueCategoryId: null })).toBeNull()
    expect(whereToGo([], { areaId: 'a-police', departmentId: 'crj', queueCategoryId: null })).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { checkDepartmentParent, checkDivisionParent, isOpen } from './org.rules'

const xinjiang = {
  code: '650000',
  name: { zh: '新疆维吾尔自治区' },
  level: 'region' as const,
  parentCode: null,
}
const urumqi = {
  code: '650100',
  name: { zh: '乌鲁木齐市' },
  level: 'city' as const,
  parentCode: '650000',
}

describe('organisation rules', () => {
  it('puts districts under cities and cities under regions', () => {
    expect(
      checkDivisionParent({ code: '650105', level: 'district', parentCode: '650100' }, urumqi),
    ).toBeNull()
    expect(checkDivisionParent({ code: '650100', level: 'city', parentCode: '650000' }, xinjiang)).toBeNull()
    expect(checkDivisionParent({ code: '650000', level: 'region', parentCode: null }, null)).toBeNull()
  })
  it('refuses upside-down or missing parents', () => {
    expect(checkDivisionParent({ code: '650000', level: 'region', parentCode: '650100' }, urumqi)).toMatch(
      /no parent/,
    )
    expect(checkDivisionParent({ code: '650199', level: 'city', parentCode: '650100' }, urumqi)).toMatch(
      /cannot sit under/,
    )
    expect(checkDivisionParent({ code: '650105', level: 'district', parentCode: null }, null)).toMatch(
      /needs a parent/,
    )
    expect(checkDivisionParent({ code: '650100', level: 'city', parentCode: '650100' }, urumqi)).toMatch(
      /own parent/,
    )
  })
  it('refuses department cycles', () => {
    expect(checkDepartmentParent('a', ['b', 'c'])).toBeNull()
    expect(checkDepartmentParent('a', ['b', 'a'])).toMatch(/inside itself/)
  })
  it('knows opening hours by weekday and local time', () => {
    const hours = [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '18:00' }]
    expect(isOpen(hours, 1, '09:30')).toBe(true)
    expect(isOpen(hours, 1, '18:00')).toBe(false)
    expect(isOpen(hours, 6, '10:00')).toBe(false)
  })
})

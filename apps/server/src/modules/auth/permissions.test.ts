import type { Principal } from '@yimin/shared'
import { describe, expect, it } from 'vitest'
import { assertCan, can, departmentsFor } from './permissions'

const staff = (grants: Extract<Principal, { kind: 'staff' }>['grants']): Principal => ({
  kind: 'staff',
  userId: 'u1',
  username: 'u',
  displayName: 'U',
  grants,
})

describe('permissions', () => {
  it('grants a department-scoped permission only in that department', () => {
    const p = staff([{ role: 'supervisor', departmentId: 'd1' }])
    expect(can(p, 'user.read', { departmentId: 'd1' })).toBe(true)
    expect(can(p, 'user.read', { departmentId: 'd2' })).toBe(false)
    expect(can(p, 'user.read')).toBe(false)
  })
  it('grants an all-departments permission everywhere', () => {
    const p = staff([{ role: 'admin', departmentId: null }])
    expect(can(p, 'device.manage')).toBe(true)
    expect(can(p, 'device.manage', { departmentId: 'd9' })).toBe(true)
  })
  it('never grants what the role lacks', () => {
    expect(can(staff([{ role: 'clerk', departmentId: null }]), 'user.manage')).toBe(false)
  })
  it('gives devices, citizens and anonymous callers no staff permission', () => {
    expect(can({ kind: 'anonymous' }, 'user.read')).toBe(false)
    expect(can({ kind: 'citizen', citizenId: 'c', phone: '13800000000' }, 'user.read')).toBe(false)
    expect(() => assertCan({ kind: 'anonymous' }, 'user.read')).toThrow(
      expect.objectContaining({ code: 'AUTH_REQUIRED' }),
    )
    expect(() =>
      assertCan(
        {
          kind: 'device',
          deviceId: 'x',
          deviceKind: 'kiosk',
          name: 'k',
          windowId: null,
          areaId: null,
          hallId: null,
        },
        'user.read',
      ),
    ).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }))
  })
  it('lists the departments a permission reaches', () => {
    expect(
      departmentsFor(
        staff([
          { role: 'supervisor', departmentId: 'd1' },
          { role: 'supervisor', departmentId: 'd2' },
        ]),
        'user.read',
      ),
    ).toEqual(['d1', 'd2'])
    expect(departmentsFor(staff([{ role: 'admin', departmentId: null }]), 'user.read')).toBe('all')
    expect(departmentsFor(staff([{ role: 'clerk', departmentId: 'd1' }]), 'user.read')).toEqual([])
  })
})

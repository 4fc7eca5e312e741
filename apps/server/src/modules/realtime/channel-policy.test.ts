import type { Principal } from '@yimin/shared'
import { describe, expect, it } from 'vitest'
import { canListen } from './channel-policy'

const windowDisplay: Principal = {
  kind: 'device',
  deviceId: 'dev1',
  deviceKind: 'window_display',
  name: 'w5',
  windowId: 'w5',
  areaId: null,
  hallId: 'h1',
}
const clerk: Principal = {
  kind: 'staff',
  userId: 'u',
  username: 'u',
  displayName: 'u',
  grants: [{ role: 'clerk', departmentId: 'd1' }],
}
const closed = { virtualPhoneOpen: false }

describe('canListen', () => {
  it('lets a window display hear its hall, its window and itself only', () => {
    expect(canListen(windowDisplay, 'hall:h1', closed)).toBe(true)
    expect(canListen(windowDisplay, 'hall:h2', closed)).toBe(false)
    expect(canListen(windowDisplay, 'window:w5', closed)).toBe(true)
    expect(canListen(windowDisplay, 'window:w6', closed)).toBe(false)
    expect(canListen(windowDisplay, 'device:dev1', closed)).toBe(true)
    expect(canListen(windowDisplay, 'device:dev2', closed)).toBe(false)
    expect(canListen(windowDisplay, 'staff', closed)).toBe(false)
  })
  it('keeps anonymous callers off every channel except an open virtual phone', () => {
    for (const ch of ['hall:h1', 'window:w5', 'staff', 'device:dev1', 'virtual-phone', 'unknown']) {
      expect(canListen({ kind: 'anonymous' }, ch, closed)).toBe(false)
    }
    expect(canListen({ kind: 'anonymous' }, 'virtual-phone', { virtualPhoneOpen: true })).toBe(true)
  })
  it('lets staff hear the staff channel but not a closed virtual phone without the permission', () => {
    expect(canListen(clerk, 'staff', closed)).toBe(true)
    expect(canListen(clerk, 'virtual-phone', closed)).toBe(false)
  })
})

describe('canListen: the supervision wall', () => {
  const wall: Principal = {
    ...windowDisplay,
    deviceId: 'wall1',
    deviceKind: 'wall_display',
    windowId: null,
    hallId: null,
  }
  const supervisor: Principal = { ...clerk, grants: [{ role: 'supervisor', departmentId: null }] }
  const departmentSupervisor: Principal = { ...clerk, grants: [{ role: 'supervisor', departmentId: 'd1' }] }
  it('lets a wall display and a supervisor of every department hear it, and no one else', () => {
    expect(canListen(wall, 'wall', closed)).toBe(true)
    expect(canListen(wall, 'staff', closed)).toBe(false)
    expect(canListen(supervisor, 'wall', closed)).toBe(true)
    expect(canListen(departmentSupervisor, 'wall', closed)).toBe(false)
    expect(canListen(windowDisplay, 'wall', closed)).toBe(false)
    expect(canListen(clerk, 'wall', closed)).toBe(false)
    expect(canListen({ kind: 'anonymous' }, 'wall', closed)).toBe(false)
  })
})

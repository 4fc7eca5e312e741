import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  type TestContext,
} from '../../../test/support/test-app'

describe.skipIf(isDbUnavailable())('organisation and hall', () => {
  let ctx: TestContext
  let admin: string
  let clerk: string
  const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, cookie = admin) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: cookie ? { cookie } : {},
    })

  beforeAll(async () => {
    ctx = await createTestContext()
    admin = await staffSession(ctx, 'admin', [{ role: 'admin', departmentId: null }])
    clerk = await staffSession(ctx, 'clerk', [{ role: 'clerk', departmentId: null }])
  })
  afterAll(() => ctx.close())

  it('builds region → city → district with GB/T 2260 codes', async () => {
    expect(
      (
        await api('PUT', '/org/divisions/650000', {
          code: '650000',
          name: { zh: '新疆维吾尔自治区' },
          level: 'region',
        })
      ).statusCode,
    ).toBe(200)
    expect(
      (
        await api('PUT', '/org/divisions/650100', {
          code: '650100',
          name: { zh: '乌鲁木齐市' },
          level: 'city',
          parentCode: '650000',
        })
      ).statusCode,
    ).toBe(200)
    const district = await api('PUT', '/org/divisions/650105', {
      code: '650105',
      name: { zh: '水磨沟区', en: 'Shuimogou District' },
      level: 'district',
      parentCode: '650100',
    })
    expect(district.json()).toMatchObject({
      code: '650105',
      parentCode: '650100',
      name: { zh: '水磨沟区', en: 'Shuimogou District' },
    })
    // a city cannot sit under a district (a county-level city may sit directly under the region: 659001 石河子市)
    const bad = await api('PUT', '/org/divisions/650199', {
      code: '650199',
      name: { zh: '错误' },
      level: 'city',
      parentCode: '650105',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().code).toBe('ORG_DIVISION_PARENT_INVALID')
    const notSix = await api('PUT', '/org/divisions/65', { code: '65', name: { zh: 'x' }, level: 'region' })
    expect(notSix.statusCode).toBe(400)
    expect((await api('GET', '/org/divisions', undefined, '')).json()).toHaveLength(3)
  })

  let police: string
  let immigration: string
  it('creates departments at a level, nested units, and refuses duplicates and unknown divisions', async () => {
    const a = await api('POST', '/org/departments', {
      code: 'GA',
      name: { zh: '乌鲁木齐市公安局' },
      level: 'city',
      divisionCode: '650100',
    })
    expect(a.statusCode).toBe(200)
    police = a.json().id
    const b = await api('POST', '/org/departments', {
      code: 'GA-CRJ',
      name: { zh: '公安局出入境管理支队' },
      level: 'city',
      divisionCode: '650100',
      parentId: police,
    })
    immigration = b.json().id
    expect(b.json()).toMatchObject({ parentId: police, isActive: true })
    const dup = await api('POST', '/org/departments', {
      code: 'GA',
      name: { zh: '重复' },
      level: 'city',
      divisionCode: '650100',
    })
    expect(dup.statusCode).toBe(409)
    expect(dup.json().code).toBe('ORG_DEPARTMENT_CODE_TAKEN')
    const noDivision = await api('POST', '/org/departments', {
      code: 'SW',
      name: { zh: '税务局' },
      level: 'city',
      divisionCode: '659999',
    })
    expect(noDivision.json().code).toBe('ORG_DIVISION_NOT_FOUND')
    const cycle = await api('PUT', `/org/departments/${police}`, {
      code: 'GA',
      name: { zh: '乌鲁木齐市公安局' },
      level: 'city',
      divisionCode: '650100',
      parentId: immigration,
    })
    expect(cycle.statusCode).toBe(400)
    expect(cycle.json().code).toBe('ORG_DEPARTMENT_PARENT_INVALID')
    const asClerk = await api(
      'POST',
      '/org/departments',
      { code: 'RS', name: { zh: '人社局' }, level: 'city', divisionCode: '650100' },
      clerk,
    )
    expect(asClerk.statusCode).toBe(403)
    const count = (await api('GET', '/org/departments')).json().length
    expect(count).toBe(2)
  })

  it('hides inactive departments from the public', async () => {
    const d = await api('POST', '/org/departments', {
      code: 'OLD',
      name: { zh: '已撤并单位' },
      level: 'city',
      divisionCode: '650100',
      isActive: false,
    })
    expect(d.statusCode).toBe(200)
    const publicList = (await api('GET', '/org/departments', undefined, '')).json() as Array<{ code: string }>
    expect(publicList.map((x) => x.code)).not.toContain('OLD')
    const staffList = (await api('GET', '/org/departments')).json() as Array<{ code: string }>
    expect(staffList.map((x) => x.code)).toContain('OLD')
  })

  it('models the hall: floors, areas, windows serving departments and categories, facilities', async () => {
    const hall = await api('POST', '/org/halls', {
      name: { zh: '乌鲁木齐市政务服务中心' },
      address: { zh: '乌鲁木齐市水磨沟区南湖北路 益民大厦', en: 'Yimin Building, Nanhu North Road' },
      divisionCode: '650100',
      openingHours: [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '18:00' }],
    })
    expect(hall.statusCode).toBe(200)
    // the address in the reader's languages (issue 21 point 7); an untranslated one is left out
    expect(hall.json().address).toEqual({
      zh: '乌鲁木齐市水磨沟区南湖北路 益民大厦',
      en: 'Yimin Building, Nanhu North Road',
    })
    const hallId = hall.json().id as string
    const floor = (
      await api('POST', `/org/halls/${hallId}/floors`, { number: 1, name: { zh: '一楼' } })
    ).json().floors[0]
    const area = (
      await api('POST', `/org/halls/${hallId}/areas`, {
        floorId: floor.id,
        code: 'CITY',
        name: { zh: '市级综合业务区' },
      })
    ).json().areas[0]
    const category = (
      await api('POST', '/org/queue-categories', { code: 'crj', prefix: 'A', name: { zh: '出入境业务' } })
    ).json()
    const users = (await api('GET', '/users')).json() as Array<{ id: string; username: string }>
    const clerkId = users.find((u) => u.username === 'clerk')!.id
    const withWindow = await api('POST', `/org/halls/${hallId}/windows`, {
      areaId: area.id,
      number: 5,
      departmentIds: [immigration],
      categoryIds: [category.id],
      staffIds: [clerkId],
    })
    expect(withWindow.statusCode).toBe(200)
    expect(withWindow.json().windows[0]).toMatchObject({
      number: 5,
      name: { zh: '5 号窗口' },
      departmentIds: [immigration],
      categoryIds: [category.id],
      staffIds: [clerkId],
    })
    expect(withWindow.json().windows[0].name).toEqual({ zh: '5 号窗口' })
    // named in Uyghur and English; an edit that sends them null (none) clears them
    const windowId = withWindow.json().windows[0].id as string
    const named = await api('PUT', `/org/halls/${hallId}/windows/${windowId}`, {
      areaId: area.id,
      number: 5,
      name: { zh: '出入境窗口', ug: 'چېگرىدىن چىقىش-كىرىش كۆزنىكى', en: 'Exit and entry' },
      departmentIds: [immigration],
      categoryIds: [category.id],
      staffIds: [clerkId],
    })
    expect(named.statusCode, named.body).toBe(200)
    expect(named.json().windows[0]).toMatchObject({
      name: { zh: '出入境窗口', ug: 'چېگرىدىن چىقىش-كىرىش كۆزنىكى', en: 'Exit and entry' },
    })
    expect((await api('GET', `/org/halls/${hallId}`, undefined, '')).json().windows[0]).toMatchObject({
      name: { ug: 'چېگرىدىن چىقىش-كىرىش كۆزنىكى', en: 'Exit and entry' },
    })
    const tooLong = await api('PUT', `/org/halls/${hallId}/windows/${windowId}`, {
      areaId: area.id,
      number: 5,
      name: { zh: '出入境窗口', en: 'x'.repeat(101) },
    })
    expect(tooLong.json().code).toBe('VALIDATION_FAILED')
    const cleared = await api('PUT', `/org/halls/${hallId}/windows/${windowId}`, {
      areaId: area.id,
      number: 5,
      name: { zh: '出入境窗口', ug: null, en: '' },
      departmentIds: [immigration],
      categoryIds: [category.id],
      staffIds: [clerkId],
    })
    expect(cleared.json().windows[0].name).toEqual({ zh: '出入境窗口' })
    const taken = await api('POST', `/org/halls/${hallId}/windows`, { areaId: area.id, number: 5 })
    expect(taken.json().code).toBe('ORG_WINDOW_NUMBER_TAKEN')
    const ghostDept = await api('POST', `/org/halls/${hallId}/windows`, {
      areaId: area.id,
      number: 6,
      departmentIds: ['nope'],
    })
    expect(ghostDept.json().code).toBe('ORG_DEPARTMENT_NOT_FOUND')
    const facility = await api('POST', `/org/halls/${hallId}/facilities`, {
      floorId: floor.id,
      kind: 'canteen',
      name: { zh: '职工餐厅' },
      capacity: 1200,
      hours: '11:30–14:00',
    })
    expect(facility.json().facilities[0]).toMatchObject({ kind: 'canteen', capacity: 1200 })
    const wrongFloor = await api('POST', `/org/halls/${hallId}/facilities`, {
      floorId: 'x',
      kind: 'wifi',
      name: { zh: 'WiFi' },
    })
    expect(wrongFloor.json().code).toBe('ORG_FLOOR_NOT_FOUND')

    // the public sees the hall without who staffs the windows
    const publicHall = (await api('GET', `/org/halls/${hallId}`, undefined, '')).json()
    expect(publicHall.windows[0].staffIds).toBeUndefined()
    expect(publicHall.windows[0].number).toBe(5)
  })

  it('refuses a queue category with a used prefix', async () => {
    const res = await api('POST', '/org/queue-categories', {
      code: 'other',
      prefix: 'A',
      name: { zh: '其他' },
    })
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('ORG_QUEUE_CATEGORY_TAKEN')
    const lower = await api('POST', '/org/queue-categories', { code: 'x', prefix: 'b', name: { zh: 'x' } })
    expect(lower.statusCode).toBe(400)
  })

  it('scopes staff to departments that exist', async () => {
    const ok = await api('POST', '/users', {
      username: 'crj-clerk',
      displayName: '出入境窗口',
      password: 'long-enough-pw',
      grants: [{ role: 'clerk', departmentId: immigration }],
    })
    expect(ok.statusCode).toBe(200)
    const ghost = await api('POST', '/users', {
      username: 'ghost-clerk',
      displayName: 'x',
      password: 'long-enough-pw',
      grants: [{ role: 'clerk', departmentId: 'no-such-dept' }],
    })
    expect(ghost.statusCode).toBe(404)
    expect(ghost.json().code).toBe('ORG_DEPARTMENT_NOT_FOUND')
    const regrant = await api('PUT', `/users/${ok.json().id}/grants`, {
      grants: [
        { role: 'handler', departmentId: police },
        { role: 'handler', departmentId: police },
      ],
    })
    expect(regrant.json().grants).toEqual([{ role: 'handler', departmentId: police }])
  })

  it('binds a device to a window that exists', async () => {
    const hall = (await api('GET', '/org/halls')).json()[0]
    const windowId = hall.windows[0].id as string
    const reg = (await api('POST', '/devices', { kind: 'window_display', name: '5 号窗口显示屏' })).json()
    const bound = await api('PUT', `/devices/${reg.device.id}/binding`, { windowId, areaId: null })
    expect(bound.json()).toMatchObject({ windowId })
    const ghost = await api('PUT', `/devices/${reg.device.id}/binding`, { windowId: 'nope', areaId: null })
    expect(ghost.json().code).toBe('ORG_WINDOW_NOT_FOUND')
    const badRegister = await api('POST', '/devices', { kind: 'kiosk', name: 'k', areaId: 'nope' })
    expect(badRegister.json().code).toBe('ORG_AREA_NOT_FOUND')
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestContext,
  isDbUnavailable,
  staffSession,
  type TestContext,
} from '../../../../test/support/test-app'

const PHONE = '13912345678'

describe.skipIf(isDbUnavailable())('SMS templates', () => {
  let ctx: TestContext
  let admin: string
  let clerk: string

  beforeAll(async () => {
    ctx = await createTestContext()
    admin = await staffSession(ctx, 'tpl-admin', [{ role: 'admin', departmentId: null }])
    clerk = await staffSession(ctx, 'tpl-clerk', [{ role: 'clerk', departmentId: null }])
  })
  afterAll(() => ctx.close())

  const api = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, cookie: string, payload?: unknown) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    })

  const queueAccepted = (causeKey: string, language?: 'zh' | 'ug') =>
    ctx.container.database.db.transaction().execute((tx) =>
      ctx.container.sms.service.queueTemplate(tx, {
        causeKey,
        recipient: PHONE,
        template: 'case.accepted',
        vars: { matter: '普通护照签发', number: 'N-1', dueOn: '2026-03-16' },
        ...(language ? { language } : {}),
      }),
    )
  const bodyOf = async (causeKey: string) =>
    await ctx.container.database.db
      .selectFrom('sms_messages')
      .select(['body', 'is_essential'])
      .where('cause_key', '=', causeKey)
      .executeTakeFirstOrThrow()

  it('lists every template with its variables and essential flag, to admins only', async () => {
    const res = await api('GET', '/sms/templates', admin)
    expect(res.statusCode).toBe(200)
    const list =
      res.json<Array<{ key: string; isEssential: boolean; variables: string[]; isCustomised: boolean }>>()
    expect(list.find((t) => t.key === 'auth.otp')).toMatchObject({
      isEssential: true,
      variables: ['code', 'minutes'],
      isCustomised: false,
    })
    expect(list.find((t) => t.key === 'rating.ask')).toMatchObject({ isEssential: false })
    expect((await api('GET', '/sms/templates', clerk)).statusCode).toBe(403)
  })

  it('renders the default text, signed, with the date in the recipient’s language', async () => {
    await queueAccepted('tpl:default')
    expect(await bodyOf('tpl:default')).toEqual({
      body: '【乌鲁木齐市政务服务中心】您申请的“普通护照签发”（办件号N-1）已受理，承诺于3月16日前办结。',
      is_essential: 0,
    })
    await queueAccepted('tpl:ug', 'ug')
    expect((await bodyOf('tpl:ug')).body).toContain('2026-03-16')
  })

  it('previews a text with its UCS-2 part count', async () => {
    const short = await api('POST', '/sms/templates/preview', admin, {
      key: 'case.accepted',
      text: '{number}已受理，{dueOn}前办结。',
      language: 'zh',
    })
    expect(short.statusCode).toBe(200)
    expect(short.json()).toMatchObject({
      body: '【乌鲁木齐市政务服务中心】650100-20260302-0001已受理，3月16日前办结。',
      parts: 1,
      perPart: 70,
    })
    const long = await api('POST', '/sms/templates/preview', admin, {
      key: 'case.accepted',
      text: '办'.repeat(60),
      language: 'zh',
    })
    expect(long.json()).toMatchObject({ units: 13 + 60, parts: 2, perPart: 67 })
  })

  it('applies an edit at once, and a reset restores the default', async () => {
    const edited = await api('PUT', '/sms/templates/case.accepted', admin, {
      zh: '{number}已受理，请于{dueOn}后查询结果。',
      ug: '{number} قوبۇل قىلىندى.',
    })
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({ isCustomised: true })
    await queueAccepted('tpl:edited')
    expect((await bodyOf('tpl:edited')).body).toBe(
      '【乌鲁木齐市政务服务中心】N-1已受理，请于3月16日后查询结果。',
    )
    // another instance on the same database picks the edit up when it reloads
    const other = await createTestContext({ shareWith: ctx })
    try {
      expect(
        other.container.sms.templates.render('case.accepted', {
          matter: 'm',
          number: 'N-2',
          dueOn: '2026-03-16',
        }).body,
      ).toBe('N-2已受理，请于3月16日后查询结果。')
    } finally {
      await other.close()
    }
    const reset = await api('DELETE', '/sms/templates/case.accepted', admin)
    expect(reset.json()).toMatchObject({ isCustomised: false })
    await queueAccepted('tpl:reset')
    expect((await bodyOf('tpl:reset')).body).toContain('已受理，承诺于3月16日前办结。')
  })

  it('refuses unknown variables, unknown templates and empty texts, changing nothing', async () => {
    const bad = await api('PUT', '/sms/templates/case.accepted', admin, {
      zh: '{number} {idNumber}',
      ug: '{number}',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({
      code: 'SMS_TEMPLATE_UNKNOWN_VARIABLE',
      details: { unknown: ['idNumber'] },
    })
    expect((await api('PUT', '/sms/templates/nope', admin, { zh: 'x', ug: 'y' })).json()).toMatchObject({
      code: 'SMS_TEMPLATE_NOT_FOUND',
    })
    expect((await api('PUT', '/sms/templates/case.accepted', admin, { zh: '  ', ug: 'y' })).statusCode).toBe(
      400,
    )
    expect((await api('PUT', '/sms/templates/case.accepted', clerk, { zh: 'x', ug: 'y' })).statusCode).toBe(
      403,
    )
    const list = (await api('GET', '/sms/templates', admin)).json<
      Array<{ key: string; isCustomised: boolean }>
    >()
    expect(list.find((t) => t.key === 'case.accepted')?.isCustomised).toBe(false)
  })
})

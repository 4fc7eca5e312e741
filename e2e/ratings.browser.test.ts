import type { APIRequestContext, Page } from 'playwright-core'
import { request } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import ug from '../apps/web/src/i18n/ug.json'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { launchBrowser, screenshotDir } from './support/browser'
import { startServer, type RunningServer } from './support/server'
import { demoPassword, visitor } from './support/visit'

const { hasChromium, root } = inject('browser')
const shots = screenshotDir(root)
const beijingToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())

async function openBrowser(baseUrl: string) {
  const { context, close } = await launchBrowser()
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(15_000)
  return { context, page, close, visit: visitor(context, page, baseUrl, shots) }
}

/**
 * The window's rating pad (一次一评) and the department's rectification of the bad review it
 * gives: the clerk finishes a visit, the pad lights up and rates it (dissatisfied, attitude),
 * the GA-CRJ handler sees it in the worklist with its due date, records the callback and closes it.
 */
describe.skipIf(!hasChromium)('ratings: the window’s pad and the rectification worklist', () => {
  let server: RunningServer
  let admin: APIRequestContext
  let clerk: APIRequestContext
  let kiosk: APIRequestContext
  let category: { id: string; prefix: string; queueHours: unknown; isOpen: boolean }
  let madeWorkday = false
  let pad: Awaited<ReturnType<typeof openBrowser>>
  let desk: Awaited<ReturnType<typeof openBrowser>>
  let ticket = { id: '', number: '' }
  let windowId = ''

  const signIn = async (username: string) => {
    const ctx = await request.newContext({ baseURL: server.baseUrl })
    expect((await ctx.post('/api/v1/auth/login', { data: { username, password: demoPassword } })).ok()).toBe(
      true,
    )
    return ctx
  }
  const activatePad = async (page: Page) => {
    await pad.visit.fresh('/device', { width: 1024, height: 768 })
    await page.getByLabel(zh.device.credential).fill('demo-window-5-rating-credential')
    await page.getByRole('button', { name: zh.device.activate }).click()
    await page.waitForURL('**/rating-pad')
    await page.getByText(zh.live.open).waitFor()
  }

  beforeAll(async () => {
    server = await startServer(root, { LOGIN_RATE_LIMIT_PER_MINUTE: '100' })
    admin = await signIn('admin')
    clerk = await signIn('clerk')
    kiosk = await request.newContext({ baseURL: server.baseUrl })
    expect(
      (
        await kiosk.post('/api/v1/device-session', { data: { credential: 'demo-kiosk-0001-credential' } })
      ).ok(),
    ).toBe(true)
    // the browser tests run at the real time: open category A whatever the hour (and the day)
    const categories = (await (await admin.get('/api/v1/queue/categories')).json()) as Array<typeof category>
    category = categories.find((c) => c.prefix === 'A')!
    expect(
      (
        await admin.patch(`/api/v1/queue/categories/${category.id}`, {
          data: { queueHours: null, isOpen: true },
        })
      ).ok(),
    ).toBe(true)
    const availability = (await (await admin.get('/api/v1/queue/availability')).json()) as Array<{
      prefix: string
      closedReason: string | null
    }>
    if (availability.find((a) => a.prefix === 'A')?.closedReason === 'not_working_day') {
      expect(
        (
          await admin.put(`/api/v1/calendar/days/${beijingToday()}`, {
            data: { kind: 'workday', name: '浏览器测试' },
          })
        ).ok(),
      ).toBe(true)
      madeWorkday = true
    }
    pad = await openBrowser(server.baseUrl)
    desk = await openBrowser(server.baseUrl)
  })

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return
    await pad?.visit.shoot('ratings-failed-pad').catch(() => undefined)
    await desk?.visit.shoot('ratings-failed-desk').catch(() => undefined)
  })

  afterAll(async () => {
    if (admin && category) {
      await admin.patch(`/api/v1/queue/categories/${category.id}`, {
        data: { queueHours: category.queueHours, isOpen: category.isOpen },
      })
      if (madeWorkday) await admin.delete(`/api/v1/calendar/days/${beijingToday()}`)
    }
    await admin?.dispose()
    await clerk?.dispose()
    await kiosk?.dispose()
    await pad?.close()
    await desk?.close()
    await server?.stop()
  })

  it('the pad lights up when the clerk finishes a visit and rates it with the indicators', async () => {
    await activatePad(pad.page)
    const me = (await (await pad.page.request.get(`${server.baseUrl}/api/v1/me`)).json()) as {
      kind: string
      windowId: string
    }
    expect(me.kind).toBe('device')
    windowId = me.windowId
    // the pad is dark: its levels cannot be pressed
    expect(await pad.page.getByTestId('rating-submit').isDisabled()).toBe(true)

    const issued = await kiosk.post('/api/v1/queue/tickets', {
      data: { categoryId: category.id, phone: '13909917777' },
    })
    expect(issued.status(), await issued.text()).toBe(200)
    ticket = (await issued.json()) as typeof ticket
    const called = await clerk.post(`/api/v1/queue/windows/${windowId}/call-next`, { data: {} })
    expect(called.status(), await called.text()).toBe(200)
    expect(((await called.json()) as { current: { id: string } }).current.id).toBe(ticket.id)
    expect(
      (await clerk.post(`/api/v1/queue/windows/${windowId}/finish`, { data: { ticketId: ticket.id } })).ok(),
    ).toBe(true)

    await pad.page.getByTestId('pad-ask').waitFor()
    expect(await pad.page.getByTestId('pad-ask').textContent()).toContain(ticket.number)
    await pad.page.getByTestId('level-dissatisfied').click()
    await pad.page
      .getByRole('radio', { name: `${zh.ratings.indicators.attitude}: ${zh.ratings.levels.dissatisfied}` })
      .click()
    expect(await pad.page.getByTestId('level-dissatisfied').getAttribute('aria-checked')).toBe('true')
    await pad.visit.shoot('ratings-1-pad-chosen')
    const rated = pad.page.waitForResponse((r) => r.url().endsWith('/api/v1/ratings/pad'))
    await pad.page.getByTestId('rating-submit').click()
    expect((await rated).status()).toBe(200)
    await pad.page.getByTestId('pad-thanks').waitFor()
    expect(await pad.page.getByTestId('pad-thanks').textContent()).toContain(ticket.number)
    await pad.visit.shoot('ratings-2-pad-thanks')
  })

  it('the pad speaks Uyghur right to left', async () => {
    await pad.page.getByRole('button', { name: 'ئۇيغۇرچە' }).click()
    await pad.page.getByRole('heading', { name: ug.rating.title }).waitFor()
    expect(await pad.page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    expect(await pad.page.getByTestId('level-very_satisfied').textContent()).toContain(
      ug.ratings.levels.very_satisfied,
    )
    await pad.visit.shoot('ratings-3-pad-ug')
  })

  it('the GA-CRJ handler records the callback and closes the rectification', async () => {
    await desk.visit.signedIn('handler', '/ratings/rectifications')
    const row = desk.page.locator('tr', { hasText: ticket.number })
    await row.waitFor()
    expect(await row.textContent()).toContain(zh.ratings.levels.dissatisfied)
    expect(await row.textContent()).toContain(zh.ratings.status.open)
    await desk.visit.shoot('ratings-4-worklist')

    await desk.page.getByTestId(`callback-${ticket.number}`).click()
    // a callback time typed after now is refused: the field keeps its time and says why under it
    const calledAt = desk.page.getByLabel(zh.ratings.worklist.calledAt, { exact: true })
    await expect.poll(() => calledAt.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    const opened = await calledAt.inputValue()
    const later = `${new Date().getFullYear() + 1}-01-01 09:00`
    await calledAt.click()
    await calledAt.fill(later)
    await calledAt.blur()
    const refused = desk.page.getByTestId('date-refused')
    await expect
      .poll(async () => await refused.innerText().catch(() => ''))
      .toContain(zh.datePicker.tooLate.split('{{limit}}')[0]!.replace('{{text}}', later))
    expect(await calledAt.inputValue()).toBe(opened)
    await desk.visit.shoot('ratings-4-callback-time-refused')
    await desk.page.getByTestId('callback-note').fill('已致电致歉，并对窗口人员进行了提醒')
    await desk.page.getByTestId('fix-level').click()
    await desk.page
      .locator('.ant-select-item-option', { hasText: new RegExp(`^${zh.ratings.levels.satisfied}$`) })
      .click()
    await desk.page.getByRole('button', { name: zh.common.save }).click()
    // the list shows open ones: switch to all to follow it
    await desk.page.locator('#rect-status').click()
    await desk.page.locator('.ant-select-item-option', { hasText: zh.ratings.worklist.all }).click()
    await expect.poll(() => row.textContent()).toContain(zh.ratings.status.called_back)

    await desk.page.getByTestId(`close-${ticket.number}`).click()
    await desk.page.getByTestId('close-note').fill('窗口服务规范已重新培训')
    await desk.page.getByRole('button', { name: zh.common.save }).click()
    await expect.poll(() => row.textContent()).toContain(zh.ratings.status.closed)
    await row.getByRole('button').first().click() // expand: the callback and the fix rating are kept
    await desk.page.getByText('已致电致歉，并对窗口人员进行了提醒', { exact: false }).waitFor()
    await desk.visit.shoot('ratings-5-worklist-closed')
  })

  it('a visit rated from its ticket’s QR on a phone; the department appeals, the supervisor upholds', async () => {
    const issued = await kiosk.post('/api/v1/queue/tickets', {
      data: { categoryId: category.id, phone: '13909918888' },
    })
    const second = (await issued.json()) as { id: string; number: string; token: string }
    expect((await clerk.post(`/api/v1/queue/windows/${windowId}/call-next`, { data: {} })).ok()).toBe(true)
    expect(
      (await clerk.post(`/api/v1/queue/windows/${windowId}/finish`, { data: { ticketId: second.id } })).ok(),
    ).toBe(true)

    // the ticket page links to the rating page once the visit is done
    await desk.visit.fresh(`/queue/ticket/${second.id}?token=${encodeURIComponent(second.token)}`, {
      width: 390,
      height: 844,
    })
    await desk.page.getByTestId('rate-visit-link').click()
    await desk.page.waitForURL('**/rate?ticket=**')
    await desk.page.getByTestId('level-very_dissatisfied').click()
    await desk.page.getByRole('textbox').last().fill('排了很久，窗口还说我材料不对')
    await desk.page.getByTestId('rating-submit').click()
    await desk.page.getByTestId('rating-done').waitFor()
    expect(await desk.page.getByTestId('rating-done').textContent()).toContain(
      zh.ratings.levels.very_dissatisfied,
    )
    expect(await desk.visit.overflow()).toBeLessThanOrEqual(0)
    await desk.visit.shoot('ratings-6-qr-rated-phone')

    await desk.visit.signedIn('handler', '/ratings/rectifications')
    const row = desk.page.locator('tr', { hasText: second.number })
    await row.getByRole('button', { name: zh.ratings.worklist.appeal }).click()
    await desk.page
      .getByLabel(zh.ratings.worklist.appealReason)
      .fill('该群众所述材料问题属实为其本人未带原件，窗口处理无误')
    await desk.page.getByRole('button', { name: zh.common.save }).click()
    await expect.poll(() => row.getByRole('button', { name: zh.ratings.worklist.appeal }).count()).toBe(0)

    await desk.visit.signedIn('supervisor', '/ratings/appeals')
    const appeal = desk.page.locator('tr', { hasText: second.number })
    expect(await appeal.textContent()).toContain(zh.ratings.appealStatus.pending)
    await desk.visit.shoot('ratings-7-appeals-pending')
    await appeal.getByRole('button', { name: zh.ratings.appeals.uphold }).click()
    await desk.page.getByLabel(zh.ratings.appeals.note).fill('经调取窗口录像核实，申诉成立')
    await desk.page.getByRole('button', { name: zh.common.save }).click()
    await desk.page.locator('#appeal-status').click()
    await desk.page.locator('.ant-select-item-option', { hasText: zh.ratings.worklist.all }).click()
    await expect.poll(() => appeal.textContent()).toContain(zh.ratings.appealStatus.upheld)
    await desk.visit.shoot('ratings-8-appeal-upheld')
  })
})

import type { APIRequestContext, Page } from 'playwright-core'
import { request } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { auditPage } from './support/axe'
import { launchBrowser, screenshotDir } from './support/browser'
import { startServer, type RunningServer } from './support/server'
import { demoPassword, visitor } from './support/visit'

const { hasChromium, root } = inject('browser')
const shots = screenshotDir(root)

interface Category {
  id: string
  prefix: string
  queueHours: unknown
  isOpen: boolean
}

/** One browser per device (each holds its own device session). */
async function openBrowser(baseUrl: string) {
  const { context, close } = await launchBrowser()
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(15_000)
  return { context, page, close, visit: visitor(context, page, baseUrl, shots) }
}

async function activate(
  b: { page: Page; visit: ReturnType<typeof visitor> },
  credential: string,
  home: string,
  viewport: { width: number; height: number },
) {
  await b.visit.fresh('/device', viewport)
  await b.page.getByLabel(zh.device.credential).fill(credential)
  await b.page.getByRole('button', { name: zh.device.activate }).click()
  await b.page.waitForURL(`**${home}`)
}

const beijingToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())

describe.skipIf(!hasChromium)('a queue ticket from the kiosk to the window, spoken in the hall', () => {
  let server: RunningServer
  let admin: APIRequestContext
  let categoryA: Category
  let madeWorkday = false
  const browsers: Array<{ close: () => Promise<void> }> = []
  let hall: Awaited<ReturnType<typeof openBrowser>>
  let main: Awaited<ReturnType<typeof openBrowser>>
  let screen: Awaited<ReturnType<typeof openBrowser>>
  const voiceRequests: string[] = []
  let ticket = { id: '', token: '', number: '' }

  beforeAll(async () => {
    server = await startServer(root, { LOGIN_RATE_LIMIT_PER_MINUTE: '100' })
    admin = await request.newContext({ baseURL: server.baseUrl })
    const login = await admin.post('/api/v1/auth/login', {
      data: { username: 'admin', password: demoPassword },
    })
    expect(login.ok()).toBe(true)
    // the browser tests run at the real time: open category A whatever the hour (and the day)
    const categories = (await (await admin.get('/api/v1/queue/categories')).json()) as Category[]
    categoryA = categories.find((c) => c.prefix === 'A') as Category
    const patched = await admin.patch(`/api/v1/queue/categories/${categoryA.id}`, {
      data: { queueHours: null, isOpen: true },
    })
    expect(patched.ok()).toBe(true)
    const availability = (await (await admin.get('/api/v1/queue/availability')).json()) as Array<{
      prefix: string
      closedReason: string | null
    }>
    if (availability.find((a) => a.prefix === 'A')?.closedReason === 'not_working_day') {
      const res = await admin.put(`/api/v1/calendar/days/${beijingToday()}`, {
        data: { kind: 'workday', name: '浏览器测试' },
      })
      expect(res.ok()).toBe(true)
      madeWorkday = true
    }
    hall = await openBrowser(server.baseUrl)
    main = await openBrowser(server.baseUrl)
    screen = await openBrowser(server.baseUrl)
    browsers.push(hall, main, screen)
    hall.page.on('request', (r) => {
      if (r.url().includes('/api/v1/queue/voice/'))
        voiceRequests.push(new URL(r.url()).pathname.split('/').pop() ?? '')
    })
  })

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return
    for (const [name, b] of [
      ['hall', hall],
      ['main', main],
      ['screen', screen],
    ] as const)
      await b?.visit.shoot(`queue-failed-${name}`).catch(() => undefined)
  })

  afterAll(async () => {
    if (admin && categoryA) {
      await admin.patch(`/api/v1/queue/categories/${categoryA.id}`, {
        data: { queueHours: categoryA.queueHours, isOpen: categoryA.isOpen },
      })
      if (madeWorkday) await admin.delete(`/api/v1/calendar/days/${beijingToday()}`)
      await admin.dispose()
    }
    for (const b of browsers) await b.close()
    await server?.stop()
  })

  it('the hall display is on, and a tap allows its voice', async () => {
    await activate(hall, 'demo-hall-display-credential', '/display/hall', { width: 1920, height: 1080 })
    await hall.page.getByRole('heading', { name: zh.hall.waiting }).waitFor()
    // headless Chromium blocks autoplay: the display asks for one tap
    const tap = hall.page.getByRole('button', { name: zh.hall.enableSound })
    await tap.waitFor({ timeout: 5_000 }).then(
      () => tap.click(),
      () => undefined,
    )
    await hall.page.getByText(zh.live.open).waitFor()
  })

  it('the kiosk gives an A ticket with its place, wait and QR', async () => {
    await activate(main, 'demo-kiosk-0001-credential', '/kiosk', { width: 1280, height: 1024 })
    await main.page.getByRole('button', { name: new RegExp(zh.kiosk.features.ticket.title) }).click()
    await main.page.getByRole('heading', { name: zh.queue.kiosk.pickCategory }).waitFor()
    await main.visit.shoot('queue-1-kiosk-categories')
    await main.page.locator('.queue-category', { hasText: /^A/ }).first().click()
    await main.page
      .getByRole('group', { name: new RegExp(zh.queue.kiosk.phone.slice(0, 3)) })
      .getByRole('button', { name: '1', exact: true })
      .click()
    await main.page.getByRole('textbox', { name: zh.queue.kiosk.phone }).fill('13909912345')
    const issued = main.page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/queue/tickets') && r.request().method() === 'POST',
    )
    await main.page.getByRole('button', { name: zh.queue.kiosk.takeTicket }).click()
    const res = await issued
    expect(res.status(), await res.text()).toBe(200)
    ticket = (await res.json()) as typeof ticket
    expect(ticket.number).toMatch(/^A\d{3}$/)
    await main.page.getByRole('heading', { name: ticket.number }).waitFor()
    expect(await main.page.locator('.ticket-qr svg').count()).toBe(1)
    // the ticket says where to go: category A (出入境) is served on floor 1 at windows 3–8
    const where = main.page.getByTestId('ticket-where')
    await where.waitFor()
    expect(await where.textContent()).toContain(zh.hallPlace.floor.replace('{{n}}', '1'))
    expect(await where.textContent()).toMatch(/(^|[^0-9])5([^0-9]|$)/)
    await main.visit.shoot('queue-2-kiosk-ticket')
  })

  it('the QR’s status page shows the place in the queue on a phone', async () => {
    await main.visit.fresh(`/queue/ticket/${ticket.id}?token=${encodeURIComponent(ticket.token)}`, {
      width: 360,
      height: 740,
    })
    await main.page.getByRole('heading', { name: ticket.number }).waitFor()
    await main.page.getByText(zh.queue.status.issued).waitFor()
    expect(await main.visit.overflow()).toBeLessThanOrEqual(0)
    await main.visit.shoot('queue-3-ticket-page-phone')
  })

  it('the clerk at window 5 calls it', async () => {
    await main.visit.signedIn('clerk', '/counter')
    // the hall list gives staff lists to administrators only: the clerk names the desk's window once
    await main.page.locator('#counter-window').click()
    await main.page.locator('#counter-window').fill('5 号窗口')
    await main.page.locator('.ant-select-item-option[title^="5 号窗口"]').click()
    await main.page.getByRole('button', { name: zh.queue.counter.callNext }).click()
    await expect.poll(() => main.page.getByTestId('current-ticket').textContent()).toBe(ticket.number)
    await main.page.getByRole('button', { name: zh.queue.counter.start }).waitFor()
    await main.visit.shoot('queue-4-counter-called')
  })

  it('the hall display shows the number → window 5 and speaks it from the voice segments', async () => {
    const latest = hall.page.getByTestId('latest-call')
    await expect.poll(() => latest.textContent(), { timeout: 10_000 }).toContain(ticket.number)
    expect(await latest.textContent()).toContain(zh.queue.windowNumber.replace('{{number}}', '5'))
    await expect.poll(() => voiceRequests.includes('zh-qing.ogg'), { timeout: 10_000 }).toBe(true)
    await hall.visit.shoot('queue-5-hall-display')
    await expect.poll(() => voiceRequests.includes('zh-chuangkou.ogg'), { timeout: 20_000 }).toBe(true)
    expect(voiceRequests.indexOf('zh-qing.ogg')).toBeLessThan(voiceRequests.indexOf('zh-chuangkou.ogg'))
  })

  it('the window display shows the number being served', async () => {
    await activate(screen, 'demo-window-5-display-credential', '/display/window', {
      width: 1280,
      height: 720,
    })
    await expect.poll(() => screen.page.getByTestId('window-number').textContent()).toBe(ticket.number)
    await screen.visit.shoot('queue-6-window-display')
  })

  it('finishing the service lights up the rating pad', async () => {
    await activate(screen, 'demo-window-5-rating-credential', '/rating-pad', { width: 1024, height: 768 })
    await screen.page.getByText(zh.live.open).waitFor()
    await main.page.getByRole('button', { name: zh.queue.counter.start }).click()
    await main.page.getByText(zh.queue.status.serving).waitFor()
    await main.page.getByRole('button', { name: zh.queue.counter.finish }).click()
    await expect.poll(() => main.page.getByTestId('current-ticket').textContent()).toBe('—')
    await screen.page.getByTestId('pad-ask').waitFor()
    expect(await screen.page.getByTestId('pad-ask').textContent()).toContain(ticket.number)
    await screen.visit.shoot('queue-7-rating-pad')
  })

  it('the administrator sees the queue settings, the calling policy explained, slots and statistics', async () => {
    await main.visit.signedIn('admin', '/admin/queue')
    await main.page.getByRole('button', { name: `${zh.common.edit} A` }).waitFor()
    await main.visit.shoot('queue-8-admin-settings')
    await main.page.getByRole('tab', { name: zh.queueAdmin.tabs.policy }).click()
    await expect
      .poll(async () => ((await main.page.getByTestId('policy-explanation').textContent()) ?? '').length)
      .toBeGreaterThan(20)
    await main.visit.shoot('queue-9-admin-policy')
    await main.page.getByRole('tab', { name: zh.queueAdmin.tabs.stats }).click()
    await main.page.getByRole('heading', { name: zh.queueAdmin.stats.byCategory }).waitFor()
    expect(
      await main.page.getByRole('link', { name: zh.queueAdmin.stats.export }).getAttribute('href'),
    ).toMatch(/\/api\/v1\/queue\/stats\/export\?from=/)
    await main.visit.shoot('queue-10-admin-stats')
  })

  it('the supervision wall fills a 1920×1080 screen on a wall display, with no serious axe finding', async () => {
    const wall = await openBrowser(server.baseUrl)
    browsers.push(wall)
    await activate(wall, 'demo-wall-display-credential', '/display/wall', { width: 1920, height: 1080 })
    await wall.page.getByRole('heading', { name: zh.wall.title }).waitFor()
    await wall.page.getByTestId('wall-kpi-todayReceived').waitFor()
    // the queue waits of this journey's ticket (called at window 5) are on the heatmap
    await wall.page.getByTestId('wall-heatmap').waitFor()
    await wall.page.getByText(zh.live.open).waitFor()
    const size = await wall.page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }))
    expect(size).toEqual({ width: 1920, height: 1080 })
    await wall.visit.shoot('queue-7-supervision-wall')
    expect(await auditPage(wall.page)).toEqual([])
  })
})

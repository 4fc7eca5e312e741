import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import ug from '../apps/web/src/i18n/ug.json'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { launchBrowser, screenshotDir } from './support/browser'
import { typeDateTime, typeDay } from './support/day-picker'
import { startServer, type RunningServer } from './support/server'
import { visitor } from './support/visit'

const { hasChromium, root } = inject('browser')
const shots = screenshotDir(root)

/** Today and later days in the center's time zone (the journey's server runs on the real clock). */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const plus = (days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

describe.skipIf(!hasChromium)('the trading center', () => {
  // the last step restarts the server on the same data with the clock on the opening day
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-e2e-trading-'))
  let server: RunningServer | undefined
  let browser: { context: BrowserContext; close: () => Promise<void> } | undefined
  let page: Page
  let visit: ReturnType<typeof visitor>
  const title = '水磨沟区温泉片区景观提升工程施工招标公告'
  let deadlineDay = ''
  const parkProject = '水磨沟区温泉片区景观提升工程施工'
  // the demo books the first evaluation room in the coming weeks; the second is free
  const room = '第二评标室（隔离区）'
  let lot = { id: '', name: '', code: '' }
  /** Chooses an option of an antd select, again if a click under load landed before the list was in. */
  const choose = async (select: Locator, option: string) => {
    const shown = page.locator('.ant-select', { has: select })
    await expect
      .poll(
        async () => {
          if ((await shown.innerText()).includes(option)) return true
          await select.click()
          await page.locator('.ant-select-item-option', { hasText: option }).first().click()
          return false
        },
        { timeout: 20_000 },
      )
      .toBe(true)
  }
  const startAt = async (env: Record<string, string> = {}) => {
    await server?.stop()
    server = await startServer(root, { LOGIN_RATE_LIMIT_PER_MINUTE: '100', ...env }, { dataDir })
    visit = visitor(browser!.context, page, server.baseUrl, shots)
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    page = browser.context.pages()[0] ?? (await browser.context.newPage())
    await startAt()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('an agency drafts a tender, the check refuses 19 days, the fixed one is published', async () => {
    await visit.signedIn('trading-agency', '/trading/agency')
    // choose the park's project; under load a click can land while the dropdown still slides in,
    // so the journey checks the workspace shows the project it chose and chooses again if not
    await expect
      .poll(
        async () => {
          if ((await page.getByText(parkProject, { exact: true }).count()) > 0) return true
          await page.getByLabel(zh.trading.fields.project, { exact: true }).click()
          await page.locator('.ant-select-item-option', { hasText: '温泉片区' }).click()
          return false
        },
        { timeout: 20_000 },
      )
      .toBe(true)
    await page.getByLabel(zh.trading.fields.title).fill(title)
    await page
      .getByLabel(zh.trading.fields.body)
      .fill('招标范围：温泉片区景观提升工程施工，计划工期180日历天。')
    await typeDay(page.getByLabel(zh.trading.dates.saleStart), today)
    await typeDay(page.getByLabel(zh.trading.dates.saleEnd), plus(12))
    await typeDateTime(page.getByLabel(zh.trading.dates.bidDeadline), `${plus(19)}T10:30`)
    const check = page.getByRole('region', { name: zh.trading.agency.check })
    await expect.poll(async () => (await check.innerText()).includes('招标投标法 第24条')).toBe(true)
    const text = await check.innerText()
    const required = /应为 (\d{4}-\d{2}-\d{2})/.exec(text)?.[1]
    expect(required! > plus(19)).toBe(true)
    await visit.shoot('trading-check-refused')

    deadlineDay = required!
    await typeDateTime(page.getByLabel(zh.trading.dates.bidDeadline), `${required}T10:30`)
    await expect.poll(async () => (await check.innerText()).includes('时限表第')).toBe(true)
    await page.getByRole('button', { name: zh.trading.agency.saveDraft }).click()
    const row = page.getByRole('row', { name: new RegExp(title) })
    await row.getByRole('button', { name: zh.trading.agency.publish }).click()
    await expect
      .poll(async () => (await row.innerText()).includes(zh.trading.announcementStatuses.published))
      .toBe(true)
  })

  it('the center books an evaluation room for the lot after its opening; the server keeps what was chosen', async () => {
    await visit.signedIn('trading-staff', '/trading/center')
    // the park's project and lot, as the server names them (ids are made per run)
    const projects = (await (
      await browser!.context.request.get(`${server!.baseUrl}/api/v1/trading/projects`)
    ).json()) as { code: string; name: string; lots: { id: string; name: string }[] }[]
    const project = projects.find((p) => p.name === parkProject)!
    lot = { id: project.lots[0]!.id, name: project.lots[0]!.name, code: project.code }
    await choose(page.getByLabel(zh.trading.center.room, { exact: true }), room)
    await choose(page.getByLabel(zh.trading.fields.lot, { exact: true }), `${lot.code} · ${lot.name}`)
    // a mistyped date-time is not left in the field as if it were set: it is taken out, and said why
    const start = page.getByLabel(zh.trading.center.start, { exact: true })
    await start.click()
    await start.fill(`${deadlineDay.slice(0, 4)}-13-45 14:00`)
    await start.blur()
    const refused = page.getByTestId('date-refused')
    await expect
      .poll(async () => await refused.innerText().catch(() => ''))
      .toBe(
        zh.datePicker.notADate
          .replace('{{text}}', `${deadlineDay.slice(0, 4)}-13-45 14:00`)
          .replace('{{format}}', 'YYYY-MM-DD HH:mm'),
      )
    expect(await start.inputValue()).toBe('')
    expect(await start.getAttribute('aria-describedby')).toBe(await refused.getAttribute('id'))
    await visit.shoot('trading-center-date-refused')
    // 14:00–17:00 on the deadline day, after the 10:30 opening (its opening room stays unbooked)
    await typeDateTime(start, `${deadlineDay}T14:00`)
    await refused.waitFor({ state: 'detached' })
    await typeDateTime(page.getByLabel(zh.trading.center.end, { exact: true }), `${deadlineDay}T17:00`)
    const booked = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/trading/bookings') && r.request().method() === 'POST',
    )
    await page.getByRole('button', { name: zh.trading.center.book }).click()
    expect((await booked).status()).toBe(201)
    // the server's bookings of the lot on that day: this one, as chosen (the center's time, UTC+8)
    const from = new Date(`${deadlineDay}T00:00:00+08:00`).toISOString()
    const to = new Date(`${deadlineDay}T23:59:00+08:00`).toISOString()
    const bookings = (await (
      await browser!.context.request.get(`${server!.baseUrl}/api/v1/trading/bookings?from=${from}&to=${to}`)
    ).json()) as Record<string, unknown>[]
    expect(bookings.filter((b) => b.lotId === lot.id)).toEqual([
      expect.objectContaining({
        roomName: room,
        roomKind: 'evaluation',
        lotId: lot.id,
        lotName: lot.name,
        projectCode: lot.code,
        startsAt: new Date(`${deadlineDay}T14:00:00+08:00`).toISOString(),
        endsAt: new Date(`${deadlineDay}T17:00:00+08:00`).toISOString(),
      }),
    ])
  })

  it("the supervisor's board in Uyghur: months picked in Uyghur, no savings chart before an award", async () => {
    await visit.signedIn('trading-supervisor', '/trading/board', undefined, 'ug')
    // nothing is awarded on a fresh center: an empty state, not an axis from 0 to 1
    const empty = page.getByTestId('savings-empty')
    await empty.waitFor()
    expect(await empty.innerText()).toContain(ug.trading.board.noSavings)
    // antd's month picker, drawn in the page's language (the native one followed Chromium's)
    await page.getByLabel(ug.trading.board.from).click()
    const march = page.locator('.ant-picker-dropdown .ant-picker-cell', { hasText: 'مارت' })
    await march.waitFor()
    expect(await page.locator('.ant-picker-dropdown').first().innerText()).toContain('يانۋار')
    await visit.shoot('trading-board-month-picker-ug')
    await march.click()
    // the API still takes YYYY-MM
    const excel = page.getByRole('link', { name: ug.trading.board.excel })
    await expect.poll(async () => await excel.getAttribute('href')).toContain(`from=${today.slice(0, 4)}-03&`)
  })

  it('the supervisor records a complaint in Uyghur: its days picked in Uyghur, kept as YYYY-MM-DD', async () => {
    const panel = page.locator('.ant-card', { hasText: ug.trading.disputes.title })
    await panel.getByLabel(ug.trading.disputes.projectConcerned).click()
    await page.locator('.ant-select-item-option', { hasText: '温泉片区' }).click()
    await panel.getByLabel(ug.trading.disputes.complainant, { exact: true }).fill('乌鲁木齐某建设有限公司')
    await panel.getByLabel(ug.trading.disputes.summary, { exact: true }).fill('对资格审查结果有异议。')
    // antd's date picker, drawn in the page's language (the native one said "mm/dd/yyyy")
    const filedOn = panel.getByLabel(ug.trading.disputes.filedOn)
    await filedOn.click()
    const open = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')
    await expect.poll(async () => await open.innerText().catch(() => '')).toContain('بۈگۈن')
    await visit.shoot('trading-complaint-day-picker-ug')
    // a day typed with the month and day swapped is not taken; the page says so in Uyghur
    const swapped = `${today.slice(0, 4)}-31-01`
    await filedOn.fill(swapped)
    await filedOn.blur()
    const refused = panel.getByTestId('date-refused')
    await expect
      .poll(async () => await refused.innerText().catch(() => ''))
      .toBe(ug.datePicker.notADate.replace('{{text}}', swapped).replace('{{format}}', 'YYYY-MM-DD'))
    expect(await filedOn.inputValue()).toBe('')
    await visit.shoot('trading-complaint-day-refused-ug')
    await typeDay(filedOn, today)
    await refused.waitFor({ state: 'detached' })
    await typeDay(panel.getByLabel(ug.trading.disputes.knownOn), today)
    await panel.getByRole('button', { name: ug.trading.disputes.record }).click()
    // the API took the days as YYYY-MM-DD: the row gives them back so
    const row = panel.getByRole('row', { name: /乌鲁木齐某建设有限公司/ })
    await expect.poll(async () => await row.innerText().catch(() => '')).toContain(today)
    expect(await row.innerText()).toContain(ug.trading.disputes.kinds.complaint)
  })

  it('the announcement is on the public site and in the feed', async () => {
    await visit.fresh('/portal/trading')
    await page.getByLabel(zh.trading.public.search).fill('jingguan')
    await page.getByRole('link', { name: title }).waitFor()
    await page.getByRole('link', { name: title }).click()
    await page.getByRole('heading', { name: title }).waitFor()
    await visit.shoot('trading-public-announcement')
    const feed = await (await fetch(`${server!.baseUrl}/api/v1/trading/public/feed/works`)).text()
    expect(feed).toContain(`<title>${title}</title>`)
  })

  it('on the deadline day the opening is on the hall display', async () => {
    // 09:00 at the center on the day of the bid deadline (opening at 10:30)
    await startAt({ YIMIN_CLOCK_START: `${deadlineDay}T09:00:00+08:00` })
    await browser!.context.clearCookies()
    const signIn = await browser!.context.request.post(`${server!.baseUrl}/api/v1/device-session`, {
      data: { credential: 'demo-hall-display-credential' },
    })
    expect(signIn.ok()).toBe(true)
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.goto(`${server!.baseUrl}/display/hall`)
    const openings = page.getByRole('region', { name: zh.trading.public.openingsToday })
    await expect
      .poll(async () => (await openings.innerText().catch(() => '')).includes('温泉片区景观提升工程施工'), {
        timeout: 20_000,
      })
      .toBe(true)
    expect(await openings.innerText()).toContain('10:30')
    await visit.shoot('trading-hall-display-opening')
  })

  it("the supervisor's trading alerts open the screens they name: the lot, and the board for a complaint", async () => {
    // the server of the last step, on the deadline day: the lot opens at 10:30 with no opening room
    // booked (only an evaluation room), and the complaint recorded weeks ago is still undecided
    await visit.signedIn('trading-supervisor', '/trading/board')
    const alerts = page.getByTestId('trading-alerts')
    const row = (rule: string) =>
      alerts.locator('tr', { hasText: rule }).filter({ has: page.getByRole('link', { name: lot.code }) })
    const noRoom = row(zh.supervision.ruleNames.TRADING_OPENING_WITHOUT_VENUE)
    // the sweep runs once the restarted server's jobs start: reload until its alert is listed
    await expect
      .poll(
        async () => {
          if ((await noRoom.count()) > 0) return true
          await page.reload()
          await alerts.waitFor()
          return false
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(true)
    await visit.shoot('trading-board-alerts')
    await noRoom.getByRole('link', { name: lot.code }).click()
    await page.waitForURL(`**/trading/lots/${lot.id}`)
    const heading = page.getByTestId('lot-heading')
    await expect.poll(async () => await heading.innerText().catch(() => '')).toContain(parkProject)
    expect(await heading.innerText()).toContain(lot.name)

    await page.goBack()
    const complaint = row(zh.supervision.ruleNames.TRADING_COMPLAINT_UNDECIDED)
    await complaint.waitFor()
    await complaint.getByRole('link', { name: lot.code }).click()
    // the board itself, where complaints are decided: its disputes card with the complaint
    await page.waitForURL(`**/trading/board`)
    const disputes = page.locator('.ant-card', { hasText: zh.trading.disputes.title })
    await disputes.getByRole('row', { name: /乌鲁木齐某建设有限公司/ }).waitFor()
  })
})

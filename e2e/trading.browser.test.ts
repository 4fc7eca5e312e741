import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
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
    const parkProject = '水磨沟区温泉片区景观提升工程施工'
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
    await typeDay(filedOn, today)
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
})

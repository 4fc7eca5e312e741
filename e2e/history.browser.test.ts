import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { launchBrowser, screenshotDir } from './support/browser'
import { startServer, type RunningServer } from './support/server'
import { visitor } from './support/visit'

const { hasChromium, root } = inject('browser')
const shots = screenshotDir(root)

// "Today" is fixed (the clock starts at this instant and ticks): the history is the 61 days
// before it, at a fifth of the usual volume to keep the journey short.
const CLOCK = '2026-11-18T02:00:00Z'
const FROM = '2026-09-18'
const TO = '2026-11-17'

interface Status {
  state: string
  done: number
  days: number
  from: string | null
  to: string | null
}

/**
 * A fresh demo start with the history on: the server answers at once and the staff screens show
 * the banner while the history builds; once built, every working day of the last 60 days has
 * figures, every department of the demo has a grade and the trading center has projects in
 * publicity and awarded.
 */
describe.skipIf(!hasChromium)('demo history: a fresh start builds 60 days behind the center', () => {
  let server: RunningServer
  let page: Page
  let visit: ReturnType<typeof visitor>
  let closeBrowser: () => Promise<void>
  let status: Status

  beforeAll(async () => {
    server = await startServer(root, {
      YIMIN_DEMO_HISTORY: '1',
      CI: 'false',
      YIMIN_DEMO_HISTORY_DAYS: '61',
      YIMIN_DEMO_HISTORY_VOLUME: '20',
      YIMIN_CLOCK_START: CLOCK,
      LOGIN_RATE_LIMIT_PER_MINUTE: '100',
    })
    const browser = await launchBrowser()
    closeBrowser = browser.close
    page = browser.context.pages()[0] ?? (await browser.context.newPage())
    visit = visitor(browser.context, page, server.baseUrl, shots)
  })

  afterAll(async () => {
    await closeBrowser?.()
    await server?.stop()
  })

  const readStatus = async (): Promise<Status> =>
    (await (await fetch(`${server.baseUrl}/api/v1/demo-history`)).json()) as Status

  it(
    'serves at once and builds the history in the background, with a banner until done',
    async () => {
      const first = await readStatus()
      expect(['building', 'done']).toContain(first.state)
      if (first.state === 'building') {
        await visit.signedIn('supervisor', '/supervision')
        await page.getByTestId('demo-history-banner').waitFor()
        await visit.shoot('history-1-banner')
      }
      const deadline = Date.now() + 8 * 60_000
      for (status = first; status.state === 'building' && Date.now() < deadline; status = await readStatus())
        await new Promise((r) => setTimeout(r, 2000))
      expect(status).toMatchObject({ state: 'done', from: FROM, to: TO })
      expect(status.done).toBe(status.days)
    },
    9 * 60_000,
  )

  it('every working day of the last 60 days has figures', async () => {
    await visit.signedIn('supervisor', '/supervision?tab=performance')
    await page.getByRole('heading', { name: zh.supervision.trends.title }).waitFor()
    expect(await page.getByTestId('demo-history-banner').count()).toBe(0)
    // the figures the trend chart draws, read with the supervisor's session
    const points = await page.evaluate(async (q) => {
      const res = await fetch(`/api/v1/supervision/trends?${q}`)
      return (
        (await res.json()) as { points: Array<{ period: string; received: number; completed: number }> }
      ).points
    }, `from=${FROM}&to=${TO}&by=day`)
    const busy = points.filter((p) => p.received > 0)
    // each working day of the history (the calendar's, with its holidays) and no other
    expect(busy).toHaveLength(status.days)
    expect(busy[0]!.period).toBe(FROM)
    expect(busy[busy.length - 1]!.period).toBe(TO)
    expect(points.filter((p) => p.completed > 0).length).toBeGreaterThan(status.days - 5)
    await visit.shoot('history-2-performance')
  })

  it('every department of the demo has a grade', async () => {
    await visit.signedIn('supervisor', '/supervision?tab=assessment')
    await page.getByLabel(zh.supervision.period.label).click()
    await page.locator('.ant-select-item-option', { hasText: zh.supervision.period.quarter }).click()
    const table = page.getByRole('table')
    await table.getByText(zh.supervision.grades.good).first().waitFor()
    const departments = new Set<string>()
    for (let pageNo = 1; ; pageNo++) {
      await page
        .locator('.ant-pagination-item-active')
        .first()
        .filter({ hasText: String(pageNo) })
        .waitFor()
      for (const key of await table
        .locator('tbody tr[data-row-key]')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key') ?? '')))
        departments.add(key)
      expect(await table.getByText(zh.supervision.assessment.noGrade).count()).toBe(0)
      const next = page.locator('.ant-pagination-next').first()
      if ((await next.getAttribute('aria-disabled')) === 'true') break
      await next.click()
    }
    // the demo's 33 departments (data files under apps/server/src/seed/demo)
    expect(departments.size).toBe(33)
    await visit.shoot('history-3-assessment')
  })

  it('the trading board shows projects in publicity and awarded', async () => {
    await visit.signedIn('trading-staff', '/trading/board')
    await page.locator('tr[data-row-key^="publicity|"]').first().waitFor()
    expect(await page.locator('tr[data-row-key^="awarded|"]').count()).toBeGreaterThan(0)
    await visit.shoot('history-4-trading-board')
  })
})

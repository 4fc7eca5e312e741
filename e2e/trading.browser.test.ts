import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { screenshotDir } from './support/browser'
import type { RunningServer } from './support/server'
import { openJourney } from './support/journey'
import type { visitor } from './support/visit'

const { hasChromium, root } = inject('browser')
const shots = screenshotDir(root)

/** Today and later days in the center's time zone (the journey's server runs on the real clock). */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const plus = (days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

describe.skipIf(!hasChromium)('the trading center', () => {
  let server: RunningServer
  let closeBrowser: () => Promise<void>
  let page: Page
  let visit: ReturnType<typeof visitor>
  const title = '水磨沟区温泉片区景观提升工程施工招标公告'

  beforeAll(async () => {
    ;({ server, page, visit, close: closeBrowser } = await openJourney(root, shots))
  })

  afterAll(async () => {
    await closeBrowser?.()
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
    await page.getByLabel(zh.trading.dates.saleStart).fill(today)
    await page.getByLabel(zh.trading.dates.saleEnd).fill(plus(12))
    await page.getByLabel(zh.trading.dates.bidDeadline).fill(`${plus(19)}T10:30`)
    const check = page.getByRole('region', { name: zh.trading.agency.check })
    await expect.poll(async () => (await check.innerText()).includes('招标投标法 第24条')).toBe(true)
    const text = await check.innerText()
    const required = /应为 (\d{4}-\d{2}-\d{2})/.exec(text)?.[1]
    expect(required! > plus(19)).toBe(true)
    await visit.shoot('trading-check-refused')

    await page.getByLabel(zh.trading.dates.bidDeadline).fill(`${required}T10:30`)
    await expect.poll(async () => (await check.innerText()).includes('时限表第')).toBe(true)
    await page.getByRole('button', { name: zh.trading.agency.saveDraft }).click()
    const row = page.getByRole('row', { name: new RegExp(title) })
    await row.getByRole('button', { name: zh.trading.agency.publish }).click()
    await expect
      .poll(async () => (await row.innerText()).includes(zh.trading.announcementStatuses.published))
      .toBe(true)
  })

  it('the announcement is on the public site and in the feed', async () => {
    await visit.fresh('/portal/trading')
    await page.getByLabel(zh.trading.public.search).fill('jingguan')
    await page.getByRole('link', { name: title }).waitFor()
    await page.getByRole('link', { name: title }).click()
    await page.getByRole('heading', { name: title }).waitFor()
    await visit.shoot('trading-public-announcement')
    const feed = await (await fetch(`${server.baseUrl}/api/v1/trading/public/feed/works`)).text()
    expect(feed).toContain(`<title>${title}</title>`)
  })
})

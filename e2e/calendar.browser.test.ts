import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { screenshotDir } from './support/browser'
import { typeDay } from './support/day-picker'
import type { RunningServer } from './support/server'
import { openJourney } from './support/journey'
import type { visitor } from './support/visit'

const { hasChromium, root } = inject('browser')
const shots = screenshotDir(root)

interface YearsStatus {
  status: 'ok' | 'next-year-missing' | 'current-year-missing'
  missingYears: number[]
  nextYear: number
}

describe.skipIf(!hasChromium)('the working-day calendar', () => {
  let server: RunningServer
  let closeBrowser: () => Promise<void>
  let page: Page
  let visit: ReturnType<typeof visitor>

  beforeAll(async () => {
    ;({ server, page, visit, close: closeBrowser } = await openJourney(root, shots))
  })

  afterAll(async () => {
    await closeBrowser?.()
  })

  it('every admin page warns while the next year is not loaded', async () => {
    const years = (await (await fetch(`${server.baseUrl}/api/v1/calendar/years`)).json()) as YearsStatus
    // the server runs on the real clock: the demo seeds years up to the current one only
    expect(years.status).not.toBe('ok')
    const missing = String(years.missingYears[0])
    await visit.signedIn('admin', '/admin')
    for (const url of ['/admin', '/admin/catalog', '/admin/calendar']) {
      await page.goto(`${server.baseUrl}${url}`)
      const warning = page.getByTestId('calendar-warning')
      await warning.waitFor()
      expect(await warning.getAttribute('role')).toBe('alert')
      expect(await warning.innerText()).toContain(missing)
    }
    await page.goto(`${server.baseUrl}/admin`)
    await page.getByTestId('calendar-warning').waitFor()
    await visit.shoot('admin-calendar-warning')
  })

  it('the working-day calculator marks a result that reaches an unloaded year as provisional', async () => {
    const years = (await (await fetch(`${server.baseUrl}/api/v1/calendar/years`)).json()) as YearsStatus
    await visit.signedIn('clerk', '/counter')
    await page.getByRole('link', { name: new RegExp(zh.tools.workingDays.title) }).click()
    await page.waitForURL('**/tools/working-days')
    const add = page.getByRole('region', { name: zh.workingDays.addTitle })
    await typeDay(add.getByLabel(zh.workingDays.from), `${years.nextYear - 1}-12-01`)
    await add.getByLabel(zh.workingDays.days).fill('40')
    await add.getByRole('button', { name: zh.workingDays.calculate }).click()
    await page.getByTestId('add-result').waitFor()
    await expect
      .poll(async () => (await add.innerText()).includes(zh.workingDays.provisional.split('：')[0]!))
      .toBe(true)
    const count = page.getByRole('region', { name: zh.workingDays.countTitle })
    await typeDay(count.getByLabel(zh.workingDays.from), `${years.nextYear - 1}-09-30`)
    await typeDay(count.getByLabel(zh.workingDays.to), `${years.nextYear - 1}-10-09`)
    await count.getByRole('button', { name: zh.workingDays.calculate }).click()
    await page.getByTestId('count-result').waitFor()
    await visit.shoot('working-days')
  })

  it('an administrator marks a day as a holiday in the year view and clears it again', async () => {
    await visit.signedIn('admin', '/admin/calendar')
    await expect
      .poll(() => page.getByRole('heading', { name: zh.calendarAdmin.title }).isVisible())
      .toBe(true)
    const years = (await (await fetch(`${server.baseUrl}/api/v1/calendar/years`)).json()) as {
      currentYear: number
    }
    // a Wednesday in mid-March is a plain working day in any year's schedule
    const date = `${years.currentYear}-03-18`
    await page.getByRole('button', { name: new RegExp(`^${date}`) }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel(zh.calendarAdmin.dayName).fill('测试假日')
    await dialog.getByRole('button', { name: zh.common.save }).click()
    await page.getByRole('cell', { name: '测试假日' }).waitFor()
    await visit.shoot('admin-calendar')
    await page.getByRole('button', { name: new RegExp(`^${date}`) }).click()
    await page.getByRole('dialog').getByRole('button', { name: zh.calendarAdmin.clearDay }).click()
    await expect.poll(() => page.getByRole('cell', { name: '测试假日' }).count()).toBe(0)
  })

  it('a bad import file lists each bad line with its number and code', async () => {
    await visit.signedIn('admin', '/admin/calendar')
    const years = (await (await fetch(`${server.baseUrl}/api/v1/calendar/years`)).json()) as YearsStatus
    await page
      .getByLabel(zh.calendarAdmin.content)
      .fill(
        `${years.nextYear}-01-01,holiday,元旦\n${years.nextYear}-13-01,holiday,坏日期\n${years.nextYear}-01-02,party,聚会`,
      )
    await page
      .getByRole('button', { name: zh.calendarAdmin.importStart.replace('{{year}}', String(years.nextYear)) })
      .click()
    await page.getByText(zh.errors.CALENDAR_IMPORT_INVALID).waitFor()
    await expect.poll(() => page.getByRole('cell', { name: '2', exact: true }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('cell', { name: '3', exact: true }).isVisible()).toBe(true)
    await page.getByText(zh.errors.CALENDAR_IMPORT_INVALID).scrollIntoViewIfNeeded()
    await visit.shoot('admin-calendar-import-errors')
  })
})

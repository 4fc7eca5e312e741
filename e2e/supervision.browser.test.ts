import { residentIdCheckChar } from '@yimin/shared'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import ug from '../apps/web/src/i18n/ug.json'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { screenshotDir } from './support/browser'
import { passportName } from './support/catalog-fixture'
import { openJourney } from './support/journey'
import type { visitor } from './support/visit'

const { hasChromium, root } = inject('browser')
const shots = screenshotDir(root)

const first17 = '65010219850512234'
const idNumber = `${first17}${residentIdCheckChar(first17)}`
const phone = `1390992${String(Date.now()).slice(-4)}`
const departmentName = '乌鲁木齐市公安局出入境管理支队'

/**
 * Electronic supervision with the real clock: a fresh application's intake decision is due in
 * 5 working days, so it cannot be red today. The supervisor raises the yellow threshold to 10
 * working days (a setting the API allows), which makes the fresh case yellow; the journey then
 * runs the sweep, sees the case on the dashboard, issues a yellow card to the department, the
 * department's handler answers it on the workbench and the supervisor reads the answer.
 */
describe.skipIf(!hasChromium)('electronic supervision: a yellow case, a yellow card and its answer', () => {
  let closeBrowser: () => Promise<void>
  let page: Page
  let visit: ReturnType<typeof visitor>
  let caseNumber = ''
  const reason = `出入境窗口收件后未及时作出受理决定（${String(Date.now()).slice(-5)}）`
  const answer = '已督促窗口当日作出受理决定，并完善收件台账。'

  beforeAll(async () => {
    ;({ page, visit, close: closeBrowser } = await openJourney(root, shots))
  })

  afterAll(async () => {
    await closeBrowser?.()
  })

  const dialog = () => page.getByRole('dialog')

  it('the supervisor raises the yellow threshold to 10 working days', async () => {
    await visit.signedIn('supervisor', '/supervision?tab=settings')
    const box = page.getByLabel(zh.supervision.settings.yellowDays)
    await box.waitFor()
    await box.fill('10')
    await page.getByRole('button', { name: zh.common.save }).click()
    await page.getByText(zh.common.saved).first().waitFor()
    await visit.shoot('supervision-1-settings')
  })

  it('the clerk receives a passport application and leaves it waiting for the intake decision', async () => {
    await visit.signedIn('clerk', '/counter')
    const box = page.getByRole('searchbox', { name: zh.intake.findMatter })
    await box.fill('护照')
    await box.press('Enter')
    await page.getByRole('button', { name: passportName, exact: true }).click()
    await page.getByLabel(zh.case.applicantName).fill('古丽娜尔·艾买提')
    await page.getByLabel(zh.case.idNumber).fill(idNumber)
    await page.getByLabel(zh.case.phone).fill(phone)
    for (const n of [1, 2, 3])
      await page
        .locator('.ant-checkbox-wrapper')
        .nth(n - 1)
        .click()
    await page.getByRole('button', { name: zh.intake.receive }).click()
    await page.waitForURL(/\/cases\/[^/]+$/)
    caseNumber = (await page.locator('.ant-descriptions-item-content bdi').first().textContent()) ?? ''
    expect(caseNumber).toMatch(/^\d{10,24}$/)
  })

  it('the dashboard shows the case yellow after a sweep', async () => {
    await visit.signedIn('supervisor', '/supervision')
    await page.getByRole('button', { name: zh.supervision.sweep.run }).click()
    const link = page.getByRole('link', { name: caseNumber })
    await link.waitFor()
    const row = page.locator('tr', { has: link })
    await row.getByText(zh.caseLight.yellow).waitFor()
    await visit.shoot('supervision-2-dashboard-yellow')
  })

  it('the supervisor issues a yellow card to the department', async () => {
    await page.getByRole('tab', { name: zh.supervision.tabs.cards }).click()
    await page.getByRole('button', { name: zh.supervision.cards.issue }).click()
    const select = dialog().getByRole('combobox', { name: zh.supervision.cards.targets.department })
    await select.click()
    await select.fill('出入境')
    await page.locator('.ant-select-item-option', { hasText: departmentName }).first().click()
    await dialog().getByLabel(zh.supervision.cards.reason).fill(reason)
    await visit.shoot('supervision-3-issue-card')
    await dialog().getByRole('button', { name: zh.common.save }).click()
    await page.getByRole('cell', { name: reason }).waitFor()
    await dialog().waitFor({ state: 'detached' })
    await visit.shoot('supervision-4-card-issued')
  })

  it('the department’s handler answers the card on the workbench', async () => {
    await visit.signedIn('handler', '/workbench')
    const row = page.locator('tr', { has: page.getByRole('cell', { name: reason }) })
    await row.waitFor()
    await row.getByRole('button', { name: zh.supervision.cards.answer }).click()
    await dialog().getByLabel(zh.supervision.alerts.answerLabel).fill(answer)
    await dialog().getByRole('button', { name: zh.common.save }).click()
    // the dialog closes only when the answer was accepted; then the list shows it (after a fresh load
    // at the latest, so a slow live refresh on a busy machine cannot fail the test)
    await dialog().waitFor({ state: 'detached' })
    if (!(await row.getByText(zh.supervision.cards.statuses.answered).isVisible())) await page.reload()
    await row.getByText(zh.supervision.cards.statuses.answered).waitFor()
    await visit.shoot('supervision-5-handler-answered')
  })

  it('the supervisor reads the answer with the card’s history', async () => {
    await visit.signedIn('supervisor', '/supervision?tab=cards')
    const row = page.locator('tr', { has: page.getByRole('cell', { name: reason }) })
    await row.getByText(zh.supervision.cards.statuses.answered).waitFor()
    await row.getByRole('cell', { name: answer }).waitFor()
    await row.getByRole('button').first().click()
    await page.getByText(zh.supervision.history.actions.card_answered).first().waitFor()
    await visit.shoot('supervision-6-supervisor-reads-answer')
  })

  it('the public performance page fits a 360 px phone without signing in', async () => {
    await visit.fresh('/performance', { width: 360, height: 740 })
    await page.getByRole('heading', { level: 1, name: zh.performance.title }).waitFor()
    await page.locator('.yimin-perf-list li').first().waitFor()
    expect(await visit.overflow()).toBeLessThanOrEqual(0)
    const text = (await page.locator('main').textContent()) ?? ''
    expect(text).not.toContain(phone)
    expect(text).not.toContain(idNumber)
    await visit.shoot('supervision-7-performance-360')
  })

  it('the dashboard reads right-to-left in Uyghur', async () => {
    await visit.signedIn('supervisor', '/supervision', undefined, 'ug')
    await page.getByRole('heading', { level: 1, name: ug.supervision.title }).waitFor()
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    await page.getByText(ug.supervision.live.received).waitFor()
    await visit.shoot('supervision-8-dashboard-ug')
  })
})

import { creditCodeCheckChar, residentIdCheckChar } from '@yimin/shared'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { auditPage, describeFindings } from './support/axe'
import { screenshotDir } from './support/browser'
import { openJourney, type Journey } from './support/journey'
import { demoPassword } from './support/visit'

const { hasChromium, root } = inject('browser')
const shots = screenshotDir(root)

/**
 * A bidder registers in the browser, filling in the person's resident ID number (a wrong check
 * digit is caught on the form), then adds a colleague on the staff screen: the list shows both
 * with their ID numbers masked, never whole.
 */
describe.skipIf(!hasChromium)('bidder registration and staff', () => {
  let j: Journey
  const body17 = '91650104MA79TCH10'
  const creditCode = body17 + creditCodeCheckChar(body17)
  const id = (first17: string) => first17 + residentIdCheckChar(first17)
  const ownId = id('65010219880412301')
  const colleagueId = id('65010219920718402')
  const masked = (n: string) => `${n.slice(0, 3)}***********${n.slice(-4)}`
  const phone = '13899000077'

  beforeAll(async () => {
    j = await openJourney(root, shots)
  }, 90_000)
  afterAll(async () => j?.close())

  it('registers with the ID number, then adds a colleague on the staff screen', async () => {
    const { page, visit, server } = j
    await visit.fresh('/trading/bidder/register')
    await page.getByLabel(zh.bidding.register.name).fill('新疆天池建设工程有限公司')
    await page.getByLabel(zh.bidding.register.creditCode).fill(creditCode)
    await page.getByLabel(zh.bidding.register.phone).fill(phone)
    await page.getByRole('button', { name: zh.bidding.register.sendCode }).click()
    await page.getByText(zh.bidding.register.codeSent).waitFor()
    // the code arrives on the demo's virtual phone
    const messages = (await (
      await fetch(`${server.baseUrl}/api/v1/virtual-phone/numbers/${phone}/messages`)
    ).json()) as Array<{ body: string }>
    const otp = /(\d{6})/.exec(messages.at(-1)?.body ?? '')?.[1]
    expect(otp).toMatch(/^\d{6}$/)
    await page.getByLabel(zh.bidding.register.code).fill(otp!)
    await page.getByLabel(zh.bidding.register.username).fill('tianchi-admin')
    await page.getByLabel(zh.bidding.register.displayName).fill('马建国')
    const idField = page.getByLabel(zh.bidding.register.idNumber)
    // a wrong check digit is refused on the form before anything is sent
    const wrong = ownId.slice(0, 17) + (ownId.endsWith('0') ? '1' : '0')
    await idField.fill(wrong)
    await page.getByLabel(zh.bidding.register.password).fill(demoPassword)
    await page.getByRole('button', { name: zh.bidding.register.submit }).click()
    await page.getByText(zh.errors.BIDDER_ID_INVALID).waitFor()
    await idField.fill(ownId)
    await page.getByRole('button', { name: zh.bidding.register.submit }).click()
    await page.getByText(zh.bidding.register.done.replace('{{name}}', '新疆天池建设工程有限公司')).waitFor()

    await visit.signedIn('tianchi-admin', '/trading/bidder')
    await page.getByRole('link', { name: zh.bidding.staff.title }).click()
    await page.getByText(masked(ownId)).waitFor()
    await page.getByLabel(zh.bidding.register.username).fill('tianchi-clerk')
    await page.getByLabel(zh.bidding.register.displayName).fill('阿依古丽')
    await page.getByLabel(zh.bidding.register.idNumber).fill(colleagueId)
    await page.getByLabel(zh.bidding.register.password).fill(demoPassword)
    await page.getByRole('button', { name: zh.bidding.staff.submit }).click()
    await page.getByText(zh.bidding.staff.added).waitFor()
    await page.getByRole('cell', { name: masked(colleagueId) }).waitFor()
    await page.getByRole('cell', { name: 'tianchi-clerk' }).waitFor()
    const text = await page.locator('body').innerText()
    expect(text).not.toContain(ownId)
    expect(text).not.toContain(colleagueId)
    await visit.shoot('bidder-staff')
    expect(describeFindings('/trading/bidder/staff', await auditPage(page))).toEqual([])
    // the colleague signs in with the new account
    await visit.signedIn('tianchi-clerk', '/trading/bidder/staff')
    await page.getByRole('cell', { name: 'tianchi-admin' }).waitFor()
  }, 60_000)
})

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { auditPage, describeFindings } from './support/axe'
import { launchBrowser, screenshotDir } from './support/browser'
import { startServer, type RunningServer } from './support/server'
import { demoPassword, visitor } from './support/visit'

const { hasChromium, root } = inject('browser')
const shots = screenshotDir(root)

/**
 * The demo's voice outbox (VOICE_PROVIDER=outbox): a committee drawn through the API invites by
 * SMS and by voice; the virtual phone shows the call ringing with its words and keys, and pressing
 * 1 there accepts: the call shows the key, and the check-in code arrives by SMS.
 */
describe.skipIf(!hasChromium)('the virtual phone takes a voice call', () => {
  let server: RunningServer
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  beforeAll(async () => {
    server = await startServer(root, {
      VOICE_PROVIDER: 'outbox',
      YIMIN_CLOCK_START: '2026-06-01T02:00:00Z',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100',
    })
    browser = await launchBrowser()
  }, 90_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('rings with keys 1 and 2; pressing 1 accepts the invitation', async () => {
    const b = `${server.baseUrl}/api/v1`
    const json = { 'content-type': 'application/json' }
    const login = await fetch(`${b}/auth/login`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ username: 'trading-staff', password: demoPassword }),
    })
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const projects = (await (await fetch(`${b}/trading/projects`, { headers: { cookie } })).json()) as Array<{
      id: string
      status: string
      category: string
    }>
    const works = projects.find((p) => p.status === 'announced' && p.category === 'works')!
    const project = (await (
      await fetch(`${b}/trading/projects/${works.id}`, { headers: { cookie } })
    ).json()) as {
      lots: Array<{ id: string }>
    }
    const drawn = await fetch(`${b}/trading/lots/${project.lots[0]!.id}/committee/draw`, {
      method: 'POST',
      headers: { ...json, cookie },
      body: JSON.stringify({
        specialty: 'building',
        sessionAt: '2026-06-03T14:00:00+08:00',
        place: '第二评标室',
      }),
    })
    expect(drawn.status, await drawn.clone().text()).toBe(201)

    // the invited phones: the one whose call is ringing
    let phone = ''
    await expect
      .poll(
        async () => {
          const numbers = (await (await fetch(`${b}/virtual-phone/numbers`)).json()) as Array<{
            phone: string
          }>
          for (const n of numbers) {
            const calls = (await (
              await fetch(`${b}/virtual-phone/numbers/${n.phone}/calls`)
            ).json()) as Array<{
              status: string
            }>
            if (calls.some((c) => c.status === 'placed')) phone = n.phone
          }
          return phone
        },
        { timeout: 20_000, interval: 300 },
      )
      .not.toBe('')

    const page = browser.context.pages()[0] ?? (await browser.context.newPage())
    const visit = visitor(browser.context, page, server.baseUrl, shots)
    await visit.fresh('/virtual-phone')
    await page
      .getByText(`${phone.slice(0, 3)}****${phone.slice(-4)}`)
      .first()
      .click()
    await page.getByText(zh.virtualPhone.callRinging).waitFor()
    const call = page.locator('.vp-call')
    expect(await call.innerText()).toContain('参加请按1')
    expect(await call.innerText()).toContain('2026/06/03 14:00')
    await page.getByRole('button', { name: zh.virtualPhone.pressKey.replace('{{key}}', '2') }).waitFor()
    await page.getByRole('button', { name: zh.virtualPhone.pressKey.replace('{{key}}', '1') }).click()
    await page.getByText(zh.virtualPhone.keyPressed.replace('{{key}}', '1')).waitFor({ timeout: 20_000 })
    await page.getByText(/签到码 \d{6}/).waitFor({ timeout: 20_000 })
    await visit.shoot('virtual-phone-voice')
    expect(describeFindings('/virtual-phone', await auditPage(page))).toEqual([])
  }, 60_000)
})

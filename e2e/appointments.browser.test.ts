import { residentIdCheckChar } from '@yimin/shared'
import { request, type APIRequestContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import ug from '../apps/web/src/i18n/ug.json'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { formatDayWithWeekday } from '../apps/web/src/components/format'
import { auditPage, describeFindings } from './support/axe'
import { screenshotDir } from './support/browser'
import { openJourney, type Journey } from './support/journey'
import { demoPassword } from './support/visit'

const { hasChromium, root } = inject('browser')
const shots = screenshotDir(root)

const first17 = '65010219770303123'
const idNumber = `${first17}${residentIdCheckChar(first17)}`
const phone = `1390991${String(Date.now()).slice(-4)}`
const phoneSize = { width: 360, height: 740 }
/** tomorrow in the center: the browser tests run at the real time, a slot tomorrow is always ahead */
const centerTomorrow = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + 86_400_000))
const maskedPhone = `${phone.slice(0, 3)}****${phone.slice(-4)}`

/**
 * Appointments on the portal (预约办事), on a 360 px phone: the citizen signs in with the code
 * from the virtual phone, picks a service, a day and a time with places left, books, gets the
 * code by SMS, sees it under "my appointments" and cancels it; the place comes back.
 */
describe.skipIf(!hasChromium)('booking an appointment on the portal', () => {
  let journey: Journey
  let admin: APIRequestContext
  let category = { id: '', prefix: '', name: { zh: '' } }
  let slotId = ''
  const page = (): Page => journey.page
  const base = () => journey.server.baseUrl

  const smsTo = async (): Promise<string[]> => {
    const res = await page().request.get(`${base()}/api/v1/virtual-phone/numbers/${phone}/messages`)
    return ((await res.json()) as Array<{ direction: string; body: string }>)
      .filter((m) => m.direction === 'out')
      .map((m) => m.body)
  }

  beforeAll(async () => {
    journey = await openJourney(root, shots)
    journey.page.setDefaultTimeout(15_000)
    admin = await request.newContext({ baseURL: base() })
    expect(
      (await admin.post('/api/v1/auth/login', { data: { username: 'admin', password: demoPassword } })).ok(),
    ).toBe(true)
    const categories = (await (await admin.get('/api/v1/queue/categories')).json()) as Array<{
      id: string
      prefix: string
      name: { zh: string }
      isActive: boolean
    }>
    const a = categories.find((c) => c.prefix === 'A' && c.isActive)
    expect(a).toBeDefined()
    category = a!
    const put = await admin.put('/api/v1/queue/slots', {
      data: {
        categoryId: category.id,
        date: centerTomorrow(),
        slots: [{ startsAt: '16:30', endsAt: '17:00', capacity: 2 }],
      },
    })
    expect(put.ok(), await put.text()).toBe(true)
    slotId = ((await put.json()) as Array<{ id: string; startsAt: string }>).find(
      (s) => s.startsAt === '16:30',
    )!.id
  })
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail')
      await journey.visit
        .shoot(`appointments-failed-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}`)
        .catch(() => undefined)
  })
  afterAll(async () => {
    await admin?.dispose()
    await journey?.close()
  })

  it('the portal home links to appointments; they ask for the phone sign-in and come back', async () => {
    await journey.visit.fresh('/portal', phoneSize)
    await page()
      .getByRole('link', { name: new RegExp(zh.portal.appointments.title) })
      .click()
    await page().waitForURL(/\/portal\/sign-in\?next=%2Fportal%2Fappointments$/)
    await page().getByLabel(zh.online.signIn.phone).fill(phone)
    await page().getByRole('button', { name: zh.online.signIn.sendCode }).click()
    await page().getByText(zh.online.signIn.codeSent.replace('{{phone}}', maskedPhone)).waitFor()
    let code = ''
    await expect
      .poll(
        async () =>
          (code =
            (await smsTo())
              .map((b) => /(\d{6})/.exec(b)?.[1])
              .filter(Boolean)
              .at(-1) ?? ''),
      )
      .toMatch(/^\d{6}$/)
    await page().getByRole('textbox', { name: zh.online.signIn.code }).fill(code)
    await page().getByLabel(zh.online.signIn.idNumber).fill(idNumber)
    await page().getByRole('button', { name: zh.online.signIn.submit }).click()
    await page().waitForURL(/\/portal\/appointments$/)
    await page().getByRole('heading', { level: 1, name: zh.appointments.title }).waitFor()
    await page().getByText(zh.appointments.mine.empty).waitFor()
  })

  it('picks a service and a time with places left, books it, the code comes by SMS', async () => {
    await page().getByLabel(zh.appointments.book.category).click()
    await page()
      .locator('.ant-select-item-option', { hasText: `${category.prefix} ${category.name.zh}` })
      .click()
    await page().getByLabel(zh.appointments.book.day).click()
    await page()
      .locator('.ant-select-item-option', { hasText: formatDayWithWeekday(centerTomorrow(), 'zh-CN') })
      .click()
    await expect
      .poll(() => page().locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count())
      .toBe(0)
    const slot = page().getByRole('button', { name: /16:30–17:00/ })
    await slot.waitFor()
    expect(await slot.innerText()).toContain(zh.kiosk.appointment.placesLeft.replace('{{count}}', '2'))
    await slot.click()
    expect(await slot.getAttribute('aria-pressed')).toBe('true')
    // the ID was bound at sign-in: the booking uses it (masked), no field to fill
    await page().getByText(zh.appointments.book.withId.split('{{id}}')[0]!).waitFor()
    await journey.visit.shoot('appointments-1-pick-zh-CN')
    expect(await journey.visit.overflow()).toBeLessThanOrEqual(0)
    await page().getByRole('button', { name: zh.kiosk.appointment.confirm }).click()
    const code = (await page().getByTestId('appointment-code').innerText()).trim()
    expect(code).toMatch(/^\d{8}$/)
    await page().getByText(zh.kiosk.appointment.booked, { exact: true }).waitFor()
    await expect
      .poll(async () => (await smsTo()).some((b) => b.includes(code) && b.includes('16:30-17:00')))
      .toBe(true)
    await journey.visit.shoot('appointments-2-booked-zh-CN')
    expect(describeFindings('/portal/appointments (booked)', await auditPage(page()))).toEqual([])
    // listed as mine, booked, with its code
    const mine = page().getByTestId('my-appointment')
    await mine.filter({ hasText: code }).getByText(zh.appointments.status.booked).waitFor()
    const slots = (await (
      await admin.get(
        `/api/v1/queue/slots?from=${centerTomorrow()}&to=${centerTomorrow()}&categoryId=${category.id}`,
      )
    ).json()) as Array<{ id: string; booked: number }>
    expect(slots.find((s) => s.id === slotId)?.booked).toBe(1)
  })

  it('in Uyghur the page reads right to left with the date in Uyghur', async () => {
    await page().evaluate(() => localStorage.setItem('yimin.language', 'ug'))
    await page().reload()
    await page().getByRole('heading', { level: 1, name: ug.appointments.title }).waitFor()
    expect(await page().evaluate(() => document.documentElement.dir)).toBe('rtl')
    await page().getByTestId('my-appointment').getByText(ug.appointments.status.booked).waitFor()
    expect(await page().getByTestId('my-appointment').innerText()).toMatch(/\d{4}-يىلى \d{1,2}-/)
    // the list's loading veil fades out before the screenshot
    await expect
      .poll(() =>
        page()
          .locator('.ant-spin-container')
          .first()
          .evaluate((el) => getComputedStyle(el).opacity),
      )
      .toBe('1')
    await journey.visit.shoot('appointments-3-mine-ug')
    // the masked phone stays in its order inside the Uyghur sentence
    expect(
      await page()
        .getByText(/139\*{4}\d{4}/)
        .first()
        .evaluate((el) => el.textContent?.includes('\u2066139****')),
    ).toBe(true)
    expect(describeFindings('/portal/appointments (ug)', await auditPage(page()))).toEqual([])
    expect(await journey.visit.overflow()).toBeLessThanOrEqual(0)
    await page().evaluate(() => localStorage.setItem('yimin.language', 'zh-CN'))
    await page().reload()
  })

  it('cancels it after a confirmation; the place comes back', async () => {
    const mine = page().getByTestId('my-appointment').first()
    await mine.getByRole('button', { name: zh.appointments.mine.cancel }).click()
    await page().getByRole('button', { name: zh.appointments.mine.cancelYes }).last().click()
    await mine.getByText(zh.appointments.status.cancelled).waitFor()
    expect(await mine.getByRole('button', { name: zh.appointments.mine.cancel }).count()).toBe(0)
    await journey.visit.shoot('appointments-4-cancelled-zh-CN')
    const slots = (await (
      await admin.get(
        `/api/v1/queue/slots?from=${centerTomorrow()}&to=${centerTomorrow()}&categoryId=${category.id}`,
      )
    ).json()) as Array<{ id: string; booked: number }>
    expect(slots.find((s) => s.id === slotId)?.booked).toBe(0)
  })
})

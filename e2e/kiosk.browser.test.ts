import { residentIdCheckChar } from '@yimin/shared'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { APIRequestContext } from 'playwright-core'
import { request } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import en from '../apps/web/src/i18n/en.json'
import ug from '../apps/web/src/i18n/ug.json'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { screenshotDir } from './support/browser'
import { ensurePassportMatter } from './support/catalog-fixture'
import { openJourney, type Journey } from './support/journey'
import { demoPassword } from './support/visit'

const { hasChromium, root } = inject('browser')
const shots = screenshotDir(root)

/** The applicant of this run's case: a valid resident ID whose last four are the lookup's second factor. */
const first17 = '65010219620415302'
const idNumber = `${first17}${residentIdCheckChar(first17)}`
/** Short enough to wait for, long enough that the journey's own pauses never reach it. */
const idleSeconds = 8
const beijingToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date())

interface Category {
  id: string
  prefix: string
  queueHours: unknown
  isOpen: boolean
}

describe.skipIf(!hasChromium)(
  'the kiosk in Uyghur: scan a receipt, look up the case, take a ticket, back home when idle',
  () => {
    let journey: Journey
    let admin: APIRequestContext
    let categoryA: Category | undefined
    let madeWorkday = false
    let caseNumber = ''
    let progressUrl = ''
    let bridge: http.Server
    let bridgeUrl = ''
    let bridgeReads = 0

    beforeAll(async () => {
      journey = await openJourney(root, shots)
      journey.page.setDefaultTimeout(15_000)
      const base = journey.server.baseUrl
      admin = await request.newContext({ baseURL: base })
      expect(
        (
          await admin.post('/api/v1/auth/login', { data: { username: 'admin', password: demoPassword } })
        ).ok(),
      ).toBe(true)
      // the case the receipt belongs to, received at the counter
      const matterCode = await ensurePassportMatter(admin, base)
      const clerk = await request.newContext({ baseURL: base })
      expect(
        (
          await clerk.post('/api/v1/auth/login', { data: { username: 'clerk', password: demoPassword } })
        ).ok(),
      ).toBe(true)
      const created = await clerk.post('/api/v1/cases', {
        data: {
          matterCode,
          applicant: { kind: 'person', name: 'ئايگۈل مەمەت', idNumber, phone: '13909915678' },
        },
      })
      expect(created.ok(), await created.text()).toBe(true)
      caseNumber = ((await created.json()) as { number: string }).number
      progressUrl = `${base}/portal/progress?number=${caseNumber}`
      await clerk.dispose()
      // the browser tests run at the real time: open category A whatever the hour (and the day)
      const categories = (await (await admin.get('/api/v1/queue/categories')).json()) as Category[]
      categoryA = categories.find((c) => c.prefix === 'A')
      expect(categoryA).toBeDefined()
      expect(
        (
          await admin.patch(`/api/v1/queue/categories/${categoryA?.id}`, {
            data: { queueHours: null, isOpen: true },
          })
        ).ok(),
      ).toBe(true)
      const availability = (await (await admin.get('/api/v1/queue/availability')).json()) as Array<{
        prefix: string
        closedReason: string | null
      }>
      if (availability.find((a) => a.prefix === 'A')?.closedReason === 'not_working_day') {
        expect(
          (
            await admin.put(`/api/v1/calendar/days/${beijingToday()}`, {
              data: { kind: 'workday', name: '浏览器测试' },
            })
          ).ok(),
        ).toBe(true)
        madeWorkday = true
      }
      // a stand-in for the card-reader bridge on the kiosk PC: no card at first, then the applicant's card
      bridge = http.createServer((_req, res) => {
        bridgeReads++
        res.setHeader('access-control-allow-origin', '*')
        if (bridgeReads < 2) res.writeHead(204).end()
        else
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ idNumber, name: 'ئايگۈل مەمەت' }))
      })
      await new Promise<void>((resolve) => bridge.listen(0, '127.0.0.1', resolve))
      bridgeUrl = `http://127.0.0.1:${(bridge.address() as AddressInfo).port}/read`
      // the kiosk signs in with its device credential
      const res = await journey.context.request.post(`${base}/api/v1/device-session`, {
        data: { credential: 'demo-kiosk-0001-credential' },
      })
      expect(res.ok()).toBe(true)
      await journey.page.setViewportSize({ width: 1280, height: 1024 })
    })

    afterEach(async (ctx) => {
      if (ctx.task.result?.state === 'fail')
        await journey.visit
          .shoot(`kiosk-failed-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}`)
          .catch(() => undefined)
    })

    afterAll(async () => {
      if (admin && categoryA)
        await admin.patch(`/api/v1/queue/categories/${categoryA.id}`, {
          data: { queueHours: categoryA.queueHours, isOpen: categoryA.isOpen },
        })
      if (admin && madeWorkday) await admin.delete(`/api/v1/calendar/days/${beijingToday()}`)
      await admin?.dispose()
      await new Promise((resolve) => bridge?.close(resolve))
      await journey?.close()
    })

    const page = () => journey.page
    const home = async (language: string, query = '') => {
      await page().goto(`${journey.server.baseUrl}/device`)
      await page().evaluate((lng) => {
        localStorage.setItem('yimin.language', lng)
        sessionStorage.clear()
      }, language)
      await page().goto(`${journey.server.baseUrl}/kiosk${query}`)
    }

    it('the home in three languages and in elderly mode, large targets, the screenshots kept', async () => {
      for (const [language, texts, dir] of [
        ['zh-CN', zh, 'ltr'],
        ['ug', ug, 'rtl'],
        ['en', en, 'ltr'],
      ] as const) {
        await home(language)
        await page().getByRole('heading', { level: 2, name: texts.kiosk.welcome }).waitFor()
        expect(
          await page().evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
        ).toEqual([language, dir])
        // every tile is a large touch target (WCAG 2.5.5 asks 44 px; the kiosk gives far more)
        const sizes = await page()
          .locator('[data-kiosk-tile]')
          .evaluateAll((tiles) => tiles.map((t) => t.getBoundingClientRect().height))
        expect(sizes).toHaveLength(7)
        for (const h of sizes) expect(h).toBeGreaterThanOrEqual(150)
        await journey.visit.shoot(`kiosk-home-${language}`)
      }
      // elderly mode: one switch, larger type, stays a toggle a screen reader can read
      const switchButton = page().getByRole('button', { name: en.elderly.turnOn })
      const before = await page()
        .locator('[data-kiosk-tile="guide"]')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      await switchButton.click()
      await page().getByRole('button', { name: en.elderly.turnOff, pressed: true }).waitFor()
      const after = await page()
        .locator('[data-kiosk-tile="guide"]')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      expect(after).toBeGreaterThan(before)
      expect(await page().evaluate(() => document.documentElement.classList.contains('yimin-elderly'))).toBe(
        true,
      )
      await journey.visit.shoot('kiosk-home-en-elderly')
      await home('zh-CN')
      await page().getByRole('button', { name: zh.elderly.turnOn }).click()
      await page().getByRole('button', { name: zh.elderly.turnOff }).waitFor()
      await journey.visit.shoot('kiosk-home-zh-CN-elderly')
      await page().getByRole('button', { name: zh.elderly.turnOff }).click()
    })

    it('the hall guide answers "where do I go" for a matter found by its pinyin initials on the letter pad', async () => {
      await home('zh-CN')
      await page().locator('[data-kiosk-tile="hallGuide"]').click()
      await page().getByRole('heading', { level: 3, name: zh.hallGuide.whereTitle }).waitFor()
      for (const letter of ['H', 'Z'])
        await page()
          .getByRole('group', { name: new RegExp(zh.hallGuide.whereLabel) })
          .getByRole('button', { name: letter, exact: true })
          .click()
      expect(await page().locator('#hall-where-search').inputValue()).toBe('hz')
      await page()
        .getByRole('button', { name: new RegExp('普通护照签发') })
        .click()
      const answer = page().locator('.hall-where-answer')
      await answer.getByText(zh.guide.windows).waitFor()
      const text = await answer.innerText()
      expect(text).toMatch(/\d+ 层/)
      expect(text).toMatch(/\d+ 号窗口/)
      // every floor of the hall model is listed, with its facilities and their hours
      expect(await page().locator('.hall-floor h4').count()).toBeGreaterThan(0)
      await journey.visit.shoot('kiosk-hall-guide-zh-CN')
    })

    it('in Uyghur, the receipt’s QR scanned on the home opens the lookup; the card reader gives the last four; the case shows', async () => {
      await home('ug', `?idle=${idleSeconds}&cardReader=${encodeURIComponent(bridgeUrl)}`)
      await page().getByRole('heading', { level: 2, name: ug.kiosk.welcome }).waitFor()
      // the scanner types the QR's address and Enter, with no field focused
      await page().keyboard.type(progressUrl, { delay: 2 })
      await page().keyboard.press('Enter')
      await page().getByRole('heading', { level: 2, name: ug.kiosk.features.progress.title }).waitFor()
      expect(
        await page().getByRole('textbox', { name: ug.progress.numberOrBundle, exact: true }).inputValue(),
      ).toBe(caseNumber)
      // the second factor from the ID card on the reader (polled: no card at first)
      await page().getByRole('button', { name: ug.kiosk.cardReader.read }).click()
      await expect.poll(() => page().locator('#kiosk-progress-factor').inputValue()).toBe(idNumber.slice(-4))
      expect(bridgeReads).toBeGreaterThanOrEqual(2)
      await journey.visit.shoot('kiosk-ug-2-progress-form')
      await page().getByRole('button', { name: ug.progress.search }).click()
      // the matter's name in the reader's language (the case stores 普通护照签发; the catalog has the Uyghur)
      await page().getByRole('heading', { level: 3, name: 'ئادەتتىكى پاسپورت بېرىش' }).waitFor()
      await page().getByText(ug.caseStatus.received).first().waitFor()
      await page().getByText(caseNumber).first().waitFor()
      expect(await page().evaluate(() => document.documentElement.dir)).toBe('rtl')
      await journey.visit.shoot('kiosk-ug-3-progress-result')

      // the field also takes the address typed (scanned) into it, then Enter
      await page().getByRole('button', { name: ug.kiosk.progress.another }).click()
      const numberField = page().getByRole('textbox', { name: ug.progress.numberOrBundle, exact: true })
      await numberField.click()
      await numberField.pressSequentially(progressUrl, { delay: 2 })
      await numberField.press('Enter')
      expect(await numberField.inputValue()).toBe(caseNumber)
      // a wrong second factor tells nothing about the case
      for (const key of ['0', '0', '0', '0'])
        await page()
          .locator('.keypad-field', { has: page().locator('#kiosk-progress-factor') })
          .getByRole('button', { name: key, exact: true })
          .click()
      await page().getByRole('button', { name: ug.progress.search }).click()
      await page().getByRole('alert').filter({ hasText: ug.errors.CASE_LOOKUP_NOT_FOUND }).waitFor()

      // a bundle number (联办编号) typed on the keypad: the YJS key, then the digits; asked of the bundle lookup
      const numberPad = page().locator('.keypad-field', { has: page().locator('#kiosk-progress-number') })
      const factorPad = page().locator('.keypad-field', { has: page().locator('#kiosk-progress-factor') })
      await numberPad.getByRole('button', { name: ug.queue.kiosk.clear, exact: true }).click()
      await factorPad.getByRole('button', { name: ug.queue.kiosk.clear, exact: true }).click()
      await numberPad.getByRole('button', { name: 'YJS', exact: true }).click()
      for (const key of '6501002026010100099')
        await numberPad.getByRole('button', { name: key, exact: true }).click()
      expect(await numberField.inputValue()).toBe('YJS6501002026010100099')
      for (const key of ['1', '2', '3', '4'])
        await factorPad.getByRole('button', { name: key, exact: true }).click()
      const asked = page().waitForRequest(
        (r) =>
          r.url().endsWith('/api/v1/public/bundles/lookup') &&
          r.method() === 'POST' &&
          r.postData()?.includes('"number":"YJS6501002026010100099"') === true,
      )
      await page().getByRole('button', { name: ug.progress.search }).click()
      await asked
      await page().getByRole('alert').filter({ hasText: ug.errors.CASE_LOOKUP_NOT_FOUND }).waitFor()
      await journey.visit.shoot('kiosk-ug-3b-bundle-number-keypad')
    })

    it('in Uyghur, a ticket is taken at the kiosk', async () => {
      await page().locator('[data-kiosk-home]').click()
      await page().locator('[data-kiosk-tile="ticket"]').click()
      await page().getByRole('heading', { name: ug.queue.kiosk.pickCategory }).waitFor()
      await page()
        .locator('.queue-category', { has: page().locator('.queue-prefix', { hasText: /^A$/ }) })
        .click()
      await page().getByRole('button', { name: ug.queue.kiosk.takeTicket }).click()
      const number = (await page().locator('#ticket-number').innerText()).trim()
      expect(number).toMatch(/^A\d{3}$/)
      await page().getByText(ug.queue.ticket.yourNumber).waitFor()
      await journey.visit.shoot('kiosk-ug-4-ticket')
    })

    it(`left alone for ${idleSeconds} s, the kiosk clears everything and returns home in Chinese, elderly mode off`, async () => {
      await page().getByRole('button', { name: ug.queue.ticket.done }).click()
      await page().locator('[data-kiosk-tile="progress"]').click()
      await page().getByRole('textbox', { name: ug.progress.numberOrBundle, exact: true }).fill(caseNumber)
      await page().getByRole('button', { name: ug.elderly.turnOn }).click()
      expect(await page().evaluate(() => document.documentElement.classList.contains('yimin-elderly'))).toBe(
        true,
      )
      const leftAt = Date.now()
      await page()
        .getByRole('heading', { level: 2, name: zh.kiosk.welcome })
        .waitFor({ timeout: (idleSeconds + 10) * 1000 })
      expect(Date.now() - leftAt).toBeGreaterThanOrEqual((idleSeconds - 1) * 1000)
      expect(
        await page().evaluate(() => [
          document.documentElement.lang,
          document.documentElement.dir,
          document.documentElement.classList.contains('yimin-elderly'),
        ]),
      ).toEqual(['zh-CN', 'ltr', false])
      // nothing of the last visitor is left: the lookup opens empty
      await page().locator('[data-kiosk-tile="progress"]').click()
      expect(
        await page().getByRole('textbox', { name: zh.progress.numberOrBundle, exact: true }).inputValue(),
      ).toBe('')
      await journey.visit.shoot('kiosk-5-idle-home')
    }, 60_000)

    it('an appointment is booked on the kiosk tile with the keypad, then cancelled with its code; the place comes back', async () => {
      const slots = await admin.put('/api/v1/queue/slots', {
        data: {
          categoryId: categoryA?.id,
          date: beijingToday(),
          slots: [{ startsAt: '00:01', endsAt: '23:59', capacity: 3 }],
        },
      })
      expect(slots.ok(), await slots.text()).toBe(true)
      const slotId = ((await slots.json()) as Array<{ id: string; startsAt: string }>).find(
        (s) => s.startsAt === '00:01',
      )!.id
      const booked = async () =>
        (
          (await (
            await admin.get(
              `/api/v1/queue/slots?from=${beijingToday()}&to=${beijingToday()}&categoryId=${categoryA?.id}`,
            )
          ).json()) as Array<{ id: string; booked: number }>
        ).find((s) => s.id === slotId)?.booked
      await home('zh-CN')
      await page().locator('[data-kiosk-tile="appointment"]').click()
      await page()
        .getByRole('button', { name: new RegExp(zh.kiosk.appointment.bookNote) })
        .click()
      await page().getByRole('heading', { name: zh.kiosk.appointment.pickSlot }).waitFor()
      await page()
        .getByRole('button', { name: /00:01–23:59/ })
        .click()
      // the phone on the on-screen keypad, the ID typed into its field (a card reader types like a keyboard)
      const phoneKeypad = page().getByRole('group', {
        name: zh.queue.kiosk.keypad.replace('{{label}}', zh.queue.kiosk.phone),
      })
      for (const digit of '13909918888')
        await phoneKeypad.getByRole('button', { name: digit, exact: true }).click()
      expect(await page().locator('#appointment-phone').inputValue()).toBe('13909918888')
      await page().locator('#appointment-id').fill(idNumber)
      await journey.visit.shoot('kiosk-appointment-1-form-zh-CN')
      await page().getByRole('button', { name: zh.kiosk.appointment.confirm }).click()
      await page().getByText(zh.kiosk.appointment.booked, { exact: true }).waitFor()
      const code = (await page().locator('.kiosk-code').innerText()).trim()
      expect(code).toMatch(/^\d{8}$/)
      expect(await booked()).toBe(1)
      await journey.visit.shoot('kiosk-appointment-2-booked-zh-CN')

      await page().getByRole('button', { name: zh.queue.ticket.done }).click()
      await page().locator('[data-kiosk-tile="appointment"]').click()
      await page()
        .getByRole('button', { name: new RegExp(zh.kiosk.appointment.cancelNote) })
        .click()
      const codeKeypad = page().getByRole('group', {
        name: zh.queue.kiosk.keypad.replace('{{label}}', zh.kiosk.appointment.code),
      })
      for (const digit of code) await codeKeypad.getByRole('button', { name: digit, exact: true }).click()
      await page().locator('#appointment-cancel-id').fill(idNumber)
      await page().locator('form button[type=submit]').click()
      await page().getByText(zh.kiosk.appointment.cancelled, { exact: true }).waitFor()
      expect(await booked()).toBe(0)
      await journey.visit.shoot('kiosk-appointment-3-cancelled-zh-CN')
    })

    it('the rating panel takes the case number and the last four on on-screen keypads (no keyboard at a kiosk)', async () => {
      await home('zh-CN')
      await page().locator('[data-kiosk-tile="rate"]').click()
      const numberKeypad = page().getByRole('group', {
        name: zh.queue.kiosk.keypad.replace('{{label}}', zh.ratings.caseNumber),
      })
      for (const digit of caseNumber)
        await numberKeypad.getByRole('button', { name: digit, exact: true }).click()
      const factorKeypad = page().getByRole('group', {
        name: zh.queue.kiosk.keypad.replace('{{label}}', zh.ratings.factor),
      })
      for (const key of idNumber.slice(-4))
        await factorKeypad.getByRole('button', { name: key, exact: true }).click()
      expect([
        await page().locator('#kiosk-rate-number').inputValue(),
        await page().locator('#kiosk-rate-factor').inputValue(),
      ]).toEqual([caseNumber, idNumber.slice(-4)])
      await journey.visit.shoot('kiosk-rate-1-keypads-zh-CN')
      await page().getByRole('button', { name: zh.kiosk.rate.next }).click()
      // the shared rating panel asks only the rating now: no text field for the number is left
      await page().getByRole('radiogroup', { name: zh.ratings.overall }).waitFor()
      expect(await page().getByTestId('rate-number').count()).toBe(0)
      await page().getByText(caseNumber).first().waitFor()
      await journey.visit.shoot('kiosk-rate-2-panel-zh-CN')
    })
  },
)

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { residentIdCheckChar } from '@yimin/shared'
import { request, type APIRequestContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import en from '../apps/web/src/i18n/en.json'
import ug from '../apps/web/src/i18n/ug.json'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { formatDay } from '../apps/web/src/components/format'
import { auditPage, describeFindings } from './support/axe'
import { launchBrowser, screenshotDir } from './support/browser'
import { openJourney } from './support/journey'
import type { RunningServer } from './support/server'
import { demoPassword, type visitor } from './support/visit'

const { hasChromium, root } = inject('browser')
const shots = screenshotDir(root)

const first17 = '65010219880512345'
const idNumber = `${first17}${residentIdCheckChar(first17)}`
const phone = `1380991${String(Date.now()).slice(-4)}`
const phoneSize = { width: 360, height: 740 }
const pdf = (text: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`)

interface CaseRef {
  id: string
  number: string
  matterCode: string
}

/**
 * The online channel: a citizen signs in with the code from the virtual phone, applies for the
 * restaurant bundle with uploads, gets a correction notice from the market regulator's window,
 * uploads the item and resubmits, the case is accepted, and the citizen sees the due dates —
 * all on a 360 px wide phone screen.
 */
describe.skipIf(!hasChromium)('applying online for the restaurant bundle', () => {
  let server: RunningServer
  let close: () => Promise<void>
  let page: Page
  let visit: ReturnType<typeof visitor>
  let staff: APIRequestContext
  let cases: CaseRef[] = []
  let marketCase: CaseRef | undefined
  let bundleNumber = ''

  beforeAll(async () => {
    ;({ server, page, visit, close } = await openJourney(root, shots))
    // the window staff work through the API in a context of their own (the browser keeps the citizen's cookie)
    staff = await request.newContext({ baseURL: server.baseUrl })
  })
  afterAll(async () => {
    await staff?.dispose()
    await close?.()
  })

  const codeFromVirtualPhone = async (): Promise<string> => {
    for (let i = 0; i < 50; i++) {
      const res = await page.request.get(`${server.baseUrl}/api/v1/virtual-phone/numbers/${phone}/messages`)
      const messages = (await res.json()) as Array<{ direction: string; body: string }>
      const m = messages
        .filter((x) => x.direction === 'out')
        .map((x) => /(\d{6})/.exec(x.body)?.[1])
        .filter(Boolean)
        .at(-1)
      if (m) return m
      await page.waitForTimeout(200)
    }
    throw new Error('no code on the virtual phone')
  }

  it('signs in with the SMS code read from the virtual phone', async () => {
    await visit.fresh('/portal/sign-in', phoneSize)
    await page.getByLabel(zh.online.signIn.phone).fill(phone)
    await page.getByRole('button', { name: zh.online.signIn.sendCode }).click()
    await page
      .getByText(zh.online.signIn.codeSent.replace('{{phone}}', `${phone.slice(0, 3)}****${phone.slice(-4)}`))
      .waitFor()
    const code = await codeFromVirtualPhone()
    await page.getByRole('textbox', { name: zh.online.signIn.code }).fill(code)
    await visit.shoot('online-1-sign-in')
    expect(await visit.overflow()).toBeLessThanOrEqual(0)
    await page.getByRole('button', { name: zh.online.signIn.submit }).click()
    await page.waitForURL(/\/portal\/my-cases$/)
    await page.getByText(zh.online.myCases.empty).waitFor()
    // 个人信息保护法: my own data as a file
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: zh.online.myCases.downloadData }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^yimin-my-data-\d{4}-\d{2}-\d{2}\.json$/)
    const mine = JSON.parse(fs.readFileSync(await file.path(), 'utf8')) as { account: { phone: string } }
    expect(mine.account.phone).toBe(phone)
  })

  it('applies for the restaurant bundle with one upload per material', async () => {
    await page.goto(`${server.baseUrl}/portal/apply`)
    const bundle = page.locator('.ant-list-item', { hasText: '我要开餐馆' })
    await bundle.getByRole('button', { name: zh.online.apply.start }).click()
    await page.waitForURL(/\/portal\/apply\/[^/]+$/)
    await page.getByLabel(zh.case.applicantName).fill('买买提·艾力')
    await page.getByLabel(zh.case.idNumber).fill(idNumber)
    await page.getByLabel(zh.case.phone, { exact: true }).fill(phone)
    await page.getByLabel('拟用企业名称').fill('丝路拉面馆')
    await page.getByLabel('经营场所地址').fill('乌鲁木齐市天山区人民路 8 号')
    await page.getByLabel('经营场所面积（平方米）').fill('120')
    await page.getByLabel('餐饮类型').click()
    await page.locator('.ant-select-item-option', { hasText: '热食类' }).click()

    const inputs = page.locator('input[type=file]')
    const count = await inputs.count()
    expect(count).toBeGreaterThan(3)
    for (let i = 0; i < count; i++) {
      const uploaded = page.getByText(zh.online.material.uploaded, { exact: true })
      const before = await uploaded.count()
      await page
        .locator('input[type=file]')
        .nth(i)
        .setInputFiles({
          name: `material-${i + 1}.pdf`,
          mimeType: 'application/pdf',
          buffer: pdf(`material ${i}`),
        })
      await expect.poll(() => uploaded.count(), { timeout: 10_000 }).toBe(before + 1)
    }
    await visit.shoot('online-2-apply-form')
    expect(await visit.overflow()).toBeLessThanOrEqual(0)
    await page.getByRole('button', { name: zh.online.apply.submit }).click()
    const number = page.getByTestId('bundle-number')
    await number.waitFor({ timeout: 20_000 })
    bundleNumber = (await number.textContent()) ?? ''
    expect(bundleNumber).toMatch(/^YJS\d+$/)
    await visit.shoot('online-3-submitted')

    const id = page.url().split('/portal/apply/')[1] ?? ''
    const app = (await (
      await page.request.get(`${server.baseUrl}/api/v1/citizen/applications/${id}`)
    ).json()) as { cases: CaseRef[] }
    cases = app.cases
    expect(cases.length).toBe(7)
    marketCase = cases.find((c) => c.matterCode === 'SCJ-001')
    // the business licence the bundle issues (企业设立登记) was not among the uploads asked for
    const asked = (await (
      await page.request.get(`${server.baseUrl}/api/v1/citizen/applications/${id}`)
    ).json()) as { materials: Array<{ name: { zh: string } }> }
    expect(asked.materials.map((m) => m.name.zh)).not.toContain('营业执照')
    expect(marketCase).toBeDefined()

    // one printable receipt for the bundle: its number, every case, a QR code
    const receiptUrl = await page.getByTestId('bundle-receipt').getAttribute('href')
    await page.goto(`${server.baseUrl}${receiptUrl}`)
    const receipt = (await page.content()) ?? ''
    expect(receipt).toContain('一件事受理回执')
    expect(receipt).toContain(bundleNumber)
    for (const c of cases) expect(receipt).toContain(c.number)
    expect(await page.locator('svg').count()).toBeGreaterThan(0)
    await visit.shoot('online-3b-bundle-receipt')
    expect(await visit.overflow()).toBeLessThanOrEqual(0)
  })

  it('refuses a 50 MB file with a clear message: in the page before sending, and the server answers 413 the browser can read', async () => {
    await page.goto(`${server.baseUrl}/portal/apply`)
    await page
      .locator('.ant-list-item', { hasText: '我要开餐馆' })
      .getByRole('button', { name: zh.online.apply.start })
      .click()
    await page.waitForURL(/\/portal\/apply\/[^/]+$/)
    const id = page.url().split('/portal/apply/')[1] ?? ''
    const sent: string[] = []
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/materials/')) sent.push(r.url())
    })
    // playwright passes files over 50 MB by path
    const big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-upload-')), '扫描件-50MB.pdf')
    fs.writeFileSync(big, Buffer.concat([pdf('big'), Buffer.alloc(50 * 1024 * 1024, 0x20)]))
    await page.locator('input[type=file]').first().setInputFiles(big)
    const alert = page.getByTestId('file-too-large')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('扫描件-50MB.pdf')
    expect(await alert.textContent()).toContain('10 MB')
    expect(sent).toEqual([])
    fs.rmSync(path.dirname(big), { recursive: true, force: true })
    expect(describeFindings('/portal/apply file too large', await auditPage(page))).toEqual([])
    await visit.shoot('online-6-file-too-large')
    expect(await visit.overflow()).toBeLessThanOrEqual(0)

    // a client that sends it anyway (an old page, a script) gets the server's 413 with its code, not a reset connection
    const app = (await (
      await page.request.get(`${server.baseUrl}/api/v1/citizen/applications/${id}`)
    ).json()) as { materials: Array<{ key: string }> }
    const answer = await page.evaluate(
      async (url) => {
        const form = new FormData()
        form.append(
          'file',
          new Blob([new Uint8Array(50 * 1024 * 1024)], { type: 'application/pdf' }),
          'big.pdf',
        )
        try {
          const res = await fetch(url, {
            method: 'POST',
            body: form,
            credentials: 'same-origin',
            headers: { accept: 'application/json' },
          })
          return { status: res.status, body: (await res.json()) as { code?: string } }
        } catch (err) {
          return { status: 0, body: { code: String(err) } }
        }
      },
      `/api/v1/citizen/applications/${id}/materials/${encodeURIComponent(app.materials[0]!.key)}/file`,
    )
    expect(answer).toMatchObject({ status: 413, body: { code: 'ONLINE_FILE_TOO_LARGE' } })
  })

  it('takes an organisation as the applicant, checking the credit code’s check character', async () => {
    await page.goto(`${server.baseUrl}/portal/apply`)
    await page
      .locator('.ant-list-item', { hasText: '我要开餐馆' })
      .getByRole('button', { name: zh.online.apply.start })
      .click()
    await page.waitForURL(/\/portal\/apply\/[^/]+$/)
    const id = page.url().split('/portal/apply/')[1] ?? ''
    await page.getByText(zh.online.apply.organisation, { exact: true }).click()
    await page.getByLabel(zh.online.apply.orgName).fill('乌鲁木齐丝路餐饮有限公司')
    await page.getByLabel(zh.online.apply.creditCode).fill('91350100M000100Y44')
    await page.getByLabel(zh.online.apply.legalRepresentative, { exact: true }).fill('艾力')
    await page.getByLabel(zh.online.apply.contactPhone).fill(phone)
    await page.getByLabel(zh.online.apply.creditCode).blur()
    await page.getByText(zh.online.apply.creditCodeInvalid).waitFor()
    await page.getByLabel(zh.online.apply.creditCode).fill('91350100m000100y43')
    await page.getByText(zh.online.apply.creditCodeInvalid).waitFor({ state: 'detached' })
    expect(describeFindings('/portal/apply organisation', await auditPage(page))).toEqual([])
    await visit.shoot('online-7-organisation')
    expect(await visit.overflow()).toBeLessThanOrEqual(0)
    await page.getByRole('button', { name: zh.online.apply.saveDraft }).click()
    await page.getByText(zh.online.apply.saved).waitFor()
    const saved = (await (
      await page.request.get(`${server.baseUrl}/api/v1/citizen/applications/${id}`)
    ).json()) as { applicant: unknown }
    expect(saved.applicant).toEqual({
      kind: 'organisation',
      name: '乌鲁木齐丝路餐饮有限公司',
      creditCode: '91350100M000100Y43',
      legalRepresentative: '艾力',
      phone,
    })
  })

  it('applies for a matter with its own form fields (the passport’s 申请表), labelled in Uyghur, right to left', async () => {
    await page.evaluate(() => localStorage.setItem('yimin.language', 'ug'))
    await page.goto(`${server.baseUrl}/portal/apply`)
    await page.getByLabel(ug.online.apply.matterCode).fill('GA-CRJ-001')
    await page.getByRole('button', { name: ug.online.apply.start }).last().click()
    await page.waitForURL(/\/portal\/apply\/[^/]+$/)
    const id = page.url().split('/portal/apply/')[1] ?? ''
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    await page.getByLabel('بارىدىغان دۆلەت (رايون)').fill('哈萨克斯坦')
    await page.getByLabel('چىقىش سەۋەبى').click()
    // the choice reads in Uyghur; what is stored is the catalog's Chinese choice
    await page.locator('.ant-select-item-option', { hasText: 'تۇغقان-دوست يوقلاش' }).click()
    await visit.shoot('online-7b-matter-form-ug')
    expect(await visit.overflow()).toBeLessThanOrEqual(0)
    await page.getByRole('button', { name: ug.online.apply.saveDraft }).click()
    await page.getByText(ug.online.apply.saved).waitFor()
    const saved = (await (
      await page.request.get(`${server.baseUrl}/api/v1/citizen/applications/${id}`)
    ).json()) as { formData: Record<string, unknown> }
    expect(saved.formData).toEqual({ destinationCountry: '哈萨克斯坦', purpose: '探亲访友' })
    await page.evaluate(() => localStorage.setItem('yimin.language', 'zh-CN'))
  })

  it('the market regulator’s window sends a one-time correction notice; the citizen uploads and resubmits', async () => {
    expect(
      (await staff.post('/api/v1/auth/login', { data: { username: 'admin', password: demoPassword } })).ok(),
    ).toBe(true)
    const departments = (await (await staff.get('/api/v1/org/departments')).json()) as Array<{
      id: string
      code: string
    }>
    const market = departments.find((d) => d.code === 'SCJ')!
    const created = await staff.post('/api/v1/users', {
      data: {
        username: 'scj-online-clerk',
        displayName: '市场监管窗口',
        password: demoPassword,
        grants: [{ role: 'clerk', departmentId: market.id }],
      },
    })
    expect(created.ok()).toBe(true)
    expect(
      (
        await staff.post('/api/v1/auth/login', {
          data: { username: 'scj-online-clerk', password: demoPassword },
        })
      ).ok(),
    ).toBe(true)
    const queue = (await (await staff.get('/api/v1/cases/intake-queue')).json()) as Array<{ id: string }>
    expect(queue.map((c) => c.id)).toContain(marketCase!.id)
    const corrected = await staff.post(`/api/v1/cases/${marketCase!.id}/correction`, {
      data: { missingMaterials: [1], note: '公司章程需全体股东签字' },
    })
    expect(corrected.ok()).toBe(true)

    await page.goto(`${server.baseUrl}/portal/my-cases`)
    await page.getByText(zh.caseStatus.correction_requested).first().waitFor()
    await page.goto(`${server.baseUrl}/portal/my-cases/${marketCase!.id}`)
    await page.getByText(zh.online.correction.title).waitFor()
    await page.getByText('公司章程需全体股东签字').waitFor()
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({
        name: '公司章程-签字版.pdf',
        mimeType: 'application/pdf',
        buffer: pdf('signed articles'),
      })
    const resubmit = page.getByRole('button', { name: zh.online.correction.resubmit })
    await expect.poll(() => resubmit.isEnabled(), { timeout: 10_000 }).toBe(true)
    await visit.shoot('online-4-correction')
    expect(await visit.overflow()).toBeLessThanOrEqual(0)
    await resubmit.click()
    await page.getByText(zh.online.correction.title).waitFor({ state: 'detached' })
    await page.getByText(zh.caseEvents.resubmitted, { exact: true }).waitFor()
  })

  it('the case is accepted and the citizen sees its due dates', async () => {
    const accepted = await staff.post(`/api/v1/cases/${marketCase!.id}/accept`, { data: {} })
    expect(accepted.ok()).toBe(true)
    const { dueOn } = (await accepted.json()) as { dueOn: string }
    await page.reload()
    await page.getByText(zh.caseEvents.accepted, { exact: true }).waitFor()
    expect(await page.getByTestId('due-on').textContent()).toContain(formatDay(dueOn, 'zh-CN')) // dates in the reader's language
    await visit.shoot('online-5-accepted')
    expect(await visit.overflow()).toBeLessThanOrEqual(0)
    const receipt = await page.request.get(
      `${server.baseUrl}/api/v1/citizen/cases/${marketCase!.id}/documents/receipt`,
    )
    expect(await receipt.text()).toContain(marketCase!.number)
  })

  it('the bundle window’s clerk accepts every case of the bundle; the licence it issues was never asked for; one SMS per bundle event', async () => {
    // the citizen was never asked for the business licence 企业设立登记 issues within the bundle
    const tax = cases.find((c) => c.matterCode === 'SW-001')!
    const taxMaterials = (await (
      await page.request.get(`${server.baseUrl}/api/v1/citizen/cases/${tax.id}`)
    ).json()) as { materials: Array<{ name: { zh: string }; status: string; hasFile: boolean }> }
    expect(taxMaterials.materials.find((m) => m.name.zh === '营业执照')).toMatchObject({
      status: 'awaited',
      hasFile: false,
    })
    // the window clerk of 企业开办 (市场监管, 税务, 公安) takes in all seven, also 消防, 城管 and 水务's
    const clerk = await launchBrowser()
    try {
      const clerkPage = clerk.context.pages()[0] ?? (await clerk.context.newPage())
      const login = await clerk.context.request.post(`${server.baseUrl}/api/v1/auth/login`, {
        data: { username: 'scj-clerk', password: demoPassword },
      })
      expect(login.ok()).toBe(true)
      await clerkPage.goto(`${server.baseUrl}/counter`)
      const dialogButton = (name: string) =>
        clerkPage.getByRole('dialog').getByRole('button', { name, exact: true })
      for (const c of cases.filter((x) => x.id !== marketCase!.id)) {
        await clerkPage.goto(`${server.baseUrl}/cases/${c.id}`)
        await clerkPage.locator('.ant-tag', { hasText: zh.caseStatus.received }).first().waitFor()
        await clerkPage.getByRole('button', { name: zh.caseActions.accept, exact: true }).click()
        await dialogButton(zh.caseActions.accept).click()
        await clerkPage.locator('.ant-tag', { hasText: zh.caseStatus.in_progress }).first().waitFor()
        if (c.matterCode === 'SW-001') {
          // the licence waits for the bundle: shown in words, not asked of anyone
          await clerkPage.getByText(zh.case.materialStatus.awaited, { exact: true }).waitFor()
          await visit.shoot('online-5b-bundle-window-accepted')
        }
      }
    } finally {
      await clerk.close()
    }
    // the citizen's phone: one "received" and one "accepted" SMS for the bundle, none per case
    const bodies = async () =>
      (
        (await (
          await page.request.get(`${server.baseUrl}/api/v1/virtual-phone/numbers/${phone}/messages`)
        ).json()) as Array<{ direction: string; body: string }>
      )
        .filter((m) => m.direction === 'out')
        .map((m) => m.body)
    await expect
      .poll(async () => (await bodies()).filter((b) => b.includes('已全部受理')).length, {
        timeout: 15_000,
      })
      .toBe(1)
    const sent = await bodies()
    expect(sent.filter((b) => b.includes(bundleNumber) && b.includes('已接件'))).toHaveLength(1)
    expect(sent.filter((b) => b.includes('已全部受理') && b.includes(bundleNumber))).toHaveLength(1)
    expect(sent.filter((b) => b.includes('已接件，凭办件号'))).toEqual([])
    expect(sent.filter((b) => b.includes('已受理，承诺'))).toEqual([])
  })

  it('the public progress page takes the bundle number and shows every matter, in each language', async () => {
    for (const [lng, dict] of [
      ['zh-CN', zh],
      ['ug', ug],
      ['en', en],
    ] as const) {
      await visit.fresh(`/portal/progress?number=${bundleNumber}`, phoneSize, lng)
      await page.getByLabel(dict.progress.factor).fill(phone.slice(-4))
      await page.getByRole('button', { name: dict.progress.search }).click()
      await page.getByTestId('bundle-progress').waitFor()
      expect(await page.getByTestId('case-progress').count()).toBe(cases.length)
      await page.getByText(dict.progress.bundle.cases.replace('{{n}}', String(cases.length))).waitFor()
      await page.getByText(dict.progress.bundle.ratePending).waitFor()
      // each matter is named in the reader's language (cases store the Chinese name; the catalog has the others)
      const matterHeadings = await page.getByTestId('case-progress').locator('h3').allTextContents()
      if (lng !== 'zh-CN') expect(matterHeadings.filter((h) => /[\u4e00-\u9fff]/.test(h))).toEqual([])
      await visit.shoot(`online-8-bundle-progress-${lng}`)
      expect(await visit.overflow()).toBeLessThanOrEqual(0)
      expect(describeFindings(`/portal/progress bundle (${lng})`, await auditPage(page))).toEqual([])
    }
    await page.getByLabel(en.progress.factor).fill('0000')
    await page.getByRole('button', { name: en.progress.search }).click()
    await page.getByText(en.errors.CASE_LOOKUP_NOT_FOUND).waitFor()
  })

  it('the rating page takes the bundle number (one rating for the whole bundle): not before every matter ended', async () => {
    await visit.fresh(`/rate?number=${bundleNumber}`, phoneSize, 'ug')
    expect(await page.getByLabel(ug.progress.numberOrBundle).inputValue()).toBe(bundleNumber)
    await page.getByLabel(ug.ratings.factor).fill(phone.slice(-4))
    await page.getByTestId('level-satisfied').click()
    await page.getByTestId('rating-submit').click()
    // the server took the bundle number and the proof: the bundle's matters are still open
    await page.getByText(ug.errors.RATING_NOT_RATABLE, { exact: true }).waitFor()
    await visit.shoot('online-9-rate-bundle-ug')
    expect(await visit.overflow()).toBeLessThanOrEqual(0)
  })

  it('the kiosk scans the bundle receipt’s QR and shows every matter’s state, in Uyghur', async () => {
    await visit.fresh('/device', { width: 1280, height: 1024 }, 'ug')
    expect(
      (
        await page.request.post(`${server.baseUrl}/api/v1/device-session`, {
          data: { credential: 'demo-kiosk-0001-credential' },
        })
      ).ok(),
    ).toBe(true)
    await page.goto(`${server.baseUrl}/kiosk`)
    await page.getByRole('heading', { level: 2, name: ug.kiosk.welcome }).waitFor()
    // the scanner types the QR's address and Enter, with no field focused
    await page.keyboard.type(`${server.baseUrl}/portal/progress?number=${bundleNumber}`, { delay: 2 })
    await page.keyboard.press('Enter')
    const numberField = page.getByRole('textbox', { name: ug.progress.numberOrBundle, exact: true })
    await expect.poll(() => numberField.inputValue()).toBe(bundleNumber)
    for (const key of phone.slice(-4))
      await page
        .locator('.keypad-field', { has: page.locator('#kiosk-progress-factor') })
        .getByRole('button', { name: key, exact: true })
        .click()
    await page.getByRole('button', { name: ug.progress.search }).click()
    await page.getByTestId('bundle-progress').waitFor()
    expect(await page.getByTestId('case-progress').count()).toBe(cases.length)
    await page.getByText(ug.progress.bundle.cases.replace('{{n}}', String(cases.length))).waitFor()
    expect(await page.getByTestId('rate-bundle-link').count()).toBe(0) // the kiosk rates on its own tile
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    await visit.shoot('online-10-kiosk-bundle-ug')
    expect(describeFindings('/kiosk bundle progress (ug)', await auditPage(page))).toEqual([])
  })
})

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import ug from '../apps/web/src/i18n/ug.json'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { screenshotDir } from './support/browser'
import { ensurePassportMatter, passportName } from './support/catalog-fixture'
import type { RunningServer } from './support/server'
import { openJourney } from './support/journey'
import type { visitor } from './support/visit'

const { hasChromium, root } = inject('browser')
const shots = screenshotDir(root)

describe.skipIf(!hasChromium)('the service guide and the matter catalog', () => {
  let server: RunningServer
  let context: BrowserContext
  let closeBrowser: () => Promise<void>
  let page: Page
  let visit: ReturnType<typeof visitor>
  let passportCode: string

  beforeAll(async () => {
    ;({ server, context, page, visit, close: closeBrowser } = await openJourney(root, shots))
    await visit.signedIn('admin', '/')
    passportCode = await ensurePassportMatter(context.request, server.baseUrl)
  })

  afterAll(async () => {
    await closeBrowser?.()
  })

  it('the portal finds 普通护照签发 by its pinyin initials and opens its guide', async () => {
    await visit.fresh('/portal')
    const box = page.getByRole('searchbox', { name: zh.guide.searchLabel })
    await box.fill('hz')
    await box.press('Enter')
    await page.waitForURL('**/portal/guide?q=hz')
    const result = page.getByRole('link', { name: passportName, exact: true })
    await result.waitFor()
    await visit.shoot('portal-guide-search')
    await result.click()
    await page.waitForURL(`**/portal/guide/${passportCode}`)
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: passportName }).isVisible())
      .toBe(true)
    for (const heading of [
      zh.guide.limits,
      zh.guide.materials,
      zh.guide.fees,
      zh.guide.steps,
      zh.guide.where,
      zh.guide.legalBasis,
    ]) {
      await expect.poll(() => page.getByRole('heading', { level: 2, name: heading }).isVisible()).toBe(true)
    }
    await visit.shoot('portal-guide')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.yimin-header').isVisible()).toBe(false)
    await visit.shoot('portal-guide-print')
    await page.emulateMedia({ media: 'screen' })
  })

  it('the guide reads right-to-left in Uyghur and fits a 360 px phone', async () => {
    await visit.fresh(`/portal/guide/${passportCode}`, { width: 1280, height: 800 }, 'ug')
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: ug.guide.materials }).isVisible())
      .toBe(true)
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    await visit.shoot('portal-guide-ug')
    await visit.fresh(`/portal/guide/${passportCode}`, { width: 360, height: 740 })
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: zh.guide.materials }).isVisible())
      .toBe(true)
    expect(await visit.overflow()).toBeLessThanOrEqual(0)
    await visit.shoot('portal-guide-360')
  })

  it('an administrator edits a draft, publishes it, and the portal shows the new version', async () => {
    const guide = await (
      await context.request.get(`${server.baseUrl}/api/v1/catalog/matters/${passportCode}`)
    ).json()
    const before = guide.version as number
    const summary = `浏览器测试修改的简介 ${Date.now()}`
    await visit.signedIn('admin', '/admin/catalog')
    await page.getByRole('searchbox', { name: zh.catalogAdmin.search }).fill(passportName)
    await page.getByRole('searchbox', { name: zh.catalogAdmin.search }).press('Enter')
    await page.getByRole('link', { name: passportName, exact: true }).click()
    await page.getByLabel(zh.editor.fields.summary).fill(summary)
    await visit.shoot('admin-matter-editor')
    await page.getByRole('button', { name: zh.editor.saveDraft }).click()
    await page.getByText(zh.catalogAdmin.hasDraft).first().waitFor()
    await page.getByRole('button', { name: zh.editor.publish }).click()
    await page
      .getByText(zh.catalogAdmin.publishedV.replace('{{n}}', String(before + 1)))
      .first()
      .waitFor()

    await visit.fresh(`/portal/guide/${passportCode}`)
    await page.getByText(summary).waitFor()
    await expect
      .poll(() => page.getByText(zh.guide.versionN.replace('{{n}}', String(before + 1))).isVisible())
      .toBe(true)
  })

  it('each new admin screen and the working-day calculator render (screenshots)', async () => {
    const screens = [
      { url: '/admin/devices', heading: zh.admin.devices.title, name: 'admin-devices' },
      { url: '/admin/org', heading: zh.admin.org.departments, name: 'admin-org' },
      { url: '/admin/hall', heading: zh.admin.hall.floorsAndWindows, name: 'admin-hall' },
      { url: '/admin/catalog', heading: zh.catalogAdmin.title, name: 'admin-catalog' },
      { url: '/admin/bundles', heading: zh.bundle.adminTitle, name: 'admin-bundles' },
      { url: '/admin/calendar', heading: zh.calendarAdmin.title, name: 'admin-calendar' },
      { url: '/admin/catalog/new', heading: zh.editor.basic, name: 'admin-matter-new' },
    ]
    await visit.signedIn('admin', '/admin')
    for (const s of screens) {
      await page.goto(`${server.baseUrl}${s.url}`)
      await expect
        .poll(() => page.getByRole('heading', { name: s.heading }).first().isVisible(), {
          message: s.url,
          timeout: 15_000,
        })
        .toBe(true)
      await page.waitForLoadState('networkidle')
      await visit.shoot(s.name)
    }
  })

  it('the portal lists bundles and a bundle shows its merged materials', async () => {
    const bundles = (await (await context.request.get(`${server.baseUrl}/api/v1/catalog/bundles`)).json())
      .items as Array<{ code: string; name: { zh: string }; isComplete: boolean }>
    const bundle = bundles.find((b) => b.isComplete)
    await visit.fresh('/portal')
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: zh.portal.title }).isVisible())
      .toBe(true)
    await visit.shoot('portal-home')
    if (!bundle) return
    await page.getByRole('link', { name: bundle.name.zh }).click()
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: zh.bundle.materials }).isVisible())
      .toBe(true)
    await visit.shoot('portal-bundle')
  })
})

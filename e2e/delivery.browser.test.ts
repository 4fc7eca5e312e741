import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import en from '../apps/web/src/i18n/en.json'
import zh from '../apps/web/src/i18n/zh-CN.json'
import { launchBrowser } from './support/browser'
import { startServer, type RunningServer } from './support/server'

const { hasChromium, root } = inject('browser')

/** The chunks of the staff surfaces (admin, supervision with its charts, counter, workbench). */
const staffChunk =
  /\/assets\/(AdminLayout|UsersPanel|SupervisionHome|echarts|CounterHome|WorkbenchHome)-[\w-]+\.js$/

/** zod (request schemas) rides in the bid-crypto chunk: no display, kiosk or portal home needs it. */
const schemaChunk = /\/assets\/bid-crypto-[\w-]+\.js$/
/** A language whole (every screen's texts); a surface with a pack of its own loads `zh-CN-<pack>-…`. */
const wholeLanguage = /\/assets\/(zh-CN|ug|en)-[\w-]{8}\.js$/

describe.skipIf(!hasChromium)('the web app is delivered compressed, cached and per surface', () => {
  let server: RunningServer
  let context: BrowserContext
  let closeBrowser: () => Promise<void>
  let page: Page

  beforeAll(async () => {
    server = await startServer(root)
    ;({ context, close: closeBrowser } = await launchBrowser())
    page = context.pages()[0] ?? (await context.newPage())
  })

  afterAll(async () => {
    await closeBrowser?.()
    await server?.stop()
  })

  /** The script URLs the page asks for while it opens `url`: until `heading` shows and the network is quiet. */
  async function scriptsOf(url: string, heading: string): Promise<string[]> {
    const scripts: string[] = []
    const onRequest = (r: { url: () => string; resourceType: () => string }) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
    }
    page.on('request', onRequest)
    try {
      await page.goto(`${server.baseUrl}${url}`)
      await page.getByRole('heading', { name: heading }).first().waitFor()
      await page.waitForLoadState('networkidle')
    } finally {
      page.off('request', onRequest)
    }
    return scripts
  }

  it('serves brotli or gzip by Accept-Encoding, hashed assets immutable, the HTML no-cache', async () => {
    const html = await fetch(`${server.baseUrl}/kiosk`, { headers: { 'accept-encoding': 'br' } })
    expect(html.status).toBe(200)
    expect(html.headers.get('cache-control')).toBe('no-cache')
    expect(html.headers.get('content-type')).toContain('text/html')
    const text = await html.text()
    const entry = /src="(\/assets\/index-[\w-]+\.js)"/.exec(text)?.[1]
    expect(entry).toBeDefined()

    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const res = await fetch(`${server.baseUrl}${entry}`, { headers: { 'accept-encoding': accept } })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-encoding')).toBe(encoding)
      expect(res.headers.get('vary')?.toLowerCase()).toContain('accept-encoding')
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(res.headers.get('content-type')).toContain('javascript')
      // fetch decodes the body: the same script whatever the encoding on the wire
      expect(await res.text()).toContain('import')
    }

    // the SPA fallback of a client-side route is the HTML, revalidated every time
    const deep = await fetch(`${server.baseUrl}/portal/guide/x`, { headers: { 'accept-encoding': 'gzip' } })
    expect(deep.headers.get('cache-control')).toBe('no-cache')
    expect(deep.headers.get('content-encoding')).toBe('gzip')
    expect(await deep.text()).toBe(text)

    // a chunk that is not there is a 404, not the HTML (an old page reloads on it)
    const gone = await fetch(`${server.baseUrl}/assets/KioskHome-gone.js`)
    expect(gone.status).toBe(404)
  })

  it("the kiosk's first load requests no staff chunk; the admin's does", async () => {
    const kiosk = await context.request.post(`${server.baseUrl}/api/v1/device-session`, {
      data: { credential: 'demo-kiosk-0001-credential' },
    })
    expect(kiosk.ok()).toBe(true)
    const kioskScripts = await scriptsOf('/kiosk', zh.kiosk.welcome)
    expect(kioskScripts.some((s) => /\/KioskHome-/.test(s))).toBe(true)
    expect(kioskScripts.filter((s) => staffChunk.test(s))).toEqual([])
    // one language: Chinese, not the Uyghur or English texts
    expect(kioskScripts.filter((s) => /\/assets\/(ug|en)-/.test(s))).toEqual([])
    // the kiosk's texts, not every screen's; no request schemas, no trading or bidding screens
    expect(kioskScripts.some((s) => /\/assets\/zh-CN-kiosk-/.test(s))).toBe(true)
    expect(
      kioskScripts.filter(
        (s) =>
          wholeLanguage.test(s) ||
          schemaChunk.test(s) ||
          /\/assets\/(PortalHome|HallDisplay|TradingBoard|BidderWorkspace|AgencyWorkspace|CenterDesk)-/.test(
            s,
          ),
      ),
    ).toEqual([])

    // the control: the same pattern does find the admin's chunks when an admin opens /admin
    await context.clearCookies()
    const admin = await context.request.post(`${server.baseUrl}/api/v1/auth/login`, {
      data: { username: 'admin', password: 'yimin-demo-2016' },
    })
    expect(admin.ok()).toBe(true)
    const adminScripts = await scriptsOf('/admin', zh.admin.title)
    expect(adminScripts.filter((s) => staffChunk.test(s)).length).toBeGreaterThanOrEqual(2)
  })

  it('the hall display loads no antd, only its own screen', async () => {
    await context.clearCookies()
    const display = await context.request.post(`${server.baseUrl}/api/v1/device-session`, {
      data: { credential: 'demo-hall-display-credential' },
    })
    expect(display.ok()).toBe(true)
    const scripts = await scriptsOf('/display/hall', zh.hall.nowCalling)
    expect(scripts.some((s) => /\/HallDisplay-/.test(s))).toBe(true)
    expect(
      scripts.filter((s) => /\/assets\/(AntdProviders|KioskHome|PortalHome)-/.test(s) || staffChunk.test(s)),
    ).toEqual([])
    // the display's own texts, no request schemas (zod came with a shared name helper once)
    expect(scripts.some((s) => /\/assets\/zh-CN-display-/.test(s))).toBe(true)
    expect(scripts.filter((s) => wholeLanguage.test(s) || schemaChunk.test(s))).toEqual([])
  })

  it('the window display loads neither antd nor the request schemas', async () => {
    await context.clearCookies()
    const display = await context.request.post(`${server.baseUrl}/api/v1/device-session`, {
      data: { credential: 'demo-window-5-display-credential' },
    })
    expect(display.ok()).toBe(true)
    const scripts = await scriptsOf('/display/window', zh.windowDisplay.nowServing)
    expect(scripts.some((s) => /\/WindowDisplay-/.test(s))).toBe(true)
    expect(
      scripts.filter(
        (s) =>
          /\/assets\/(AntdProviders|KioskHome|PortalHome)-/.test(s) ||
          staffChunk.test(s) ||
          wholeLanguage.test(s) ||
          schemaChunk.test(s),
      ),
    ).toEqual([])
  })

  it('a page downloads only the language it shows', async () => {
    await context.clearCookies()
    await page.goto(`${server.baseUrl}/portal`)
    // this visit's lazy requests end before the measured one starts (one issued after its load
    // event, on a busy machine, was counted with the next)
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => localStorage.clear())
    const scripts = await scriptsOf('/portal', zh.portal.title)
    // the language's packs by name without their hash: the core and the portal's, in Chinese only
    const packs = scripts
      .map((s) => /\/assets\/((?:zh-CN|ug|en)(?:-[a-z]+)?)-[\w-]{8}\.js$/.exec(s)?.[1])
      .filter((n) => n !== undefined)
    expect([...new Set(packs)].sort()).toEqual(['zh-CN-core', 'zh-CN-portal'])
    // the portal home's texts (and the core), not every screen's; no request schemas
    expect(scripts.filter((s) => wholeLanguage.test(s) || schemaChunk.test(s))).toEqual([])
    // nor antd's heavy parts its home does not show (List brought Pagination and Select, Card
    // brought Tabs, the title Typography), nor the signed-in lists before a citizen signs in
    expect(
      scripts.filter((s) => /\/assets\/(select|pagination|card|tabs|typography|table|menu|MyLists)-/.test(s)),
    ).toEqual([])
    const later: string[] = []
    page.on('request', (r) => later.push(new URL(r.url()).pathname))
    await page.evaluate(() => localStorage.setItem('yimin.language', 'en'))
    await page.reload()
    await page.getByRole('heading', { name: en.portal.title }).first().waitFor()
    expect(later.some((s) => /\/assets\/en-portal-/.test(s))).toBe(true)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')

    // a screen without a pack of its own brings its language whole, with its texts shown
    await page.getByRole('link', { name: en.portal.guides.title }).first().click()
    await page.getByRole('heading', { name: en.guide.title }).first().waitFor()
    expect(later.some((s) => /\/assets\/en-[\w-]{8}\.js$/.test(s))).toBe(true)
  })
})

import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'

export const demoPassword = 'yimin-demo-2016'

/** Page helpers shared by the browser journeys: a fresh visit, sign-in, screenshots. */
export function visitor(context: BrowserContext, page: Page, baseUrl: string, shots: string) {
  return {
    /** A fresh visitor: no cookies, a given language (default zh-CN), a given window size. */
    async fresh(url: string, viewport = { width: 1280, height: 800 }, language?: string) {
      await context.clearCookies()
      await page.setViewportSize(viewport)
      await page.goto(`${baseUrl}/`)
      await page.evaluate((lng) => {
        localStorage.clear()
        if (lng) localStorage.setItem('yimin.language', lng)
      }, language)
      await page.goto(`${baseUrl}${url}`)
    },
    /** Signs in through the API (the browser context shares the cookie), then opens a page. */
    async signedIn(
      username: string,
      url: string,
      viewport = { width: 1280, height: 800 },
      language?: string,
    ) {
      await this.fresh('/', viewport, language)
      const res = await context.request.post(`${baseUrl}/api/v1/auth/login`, {
        data: { username, password: demoPassword },
      })
      if (!res.ok()) throw new Error(`sign-in of ${username} failed: ${res.status()} ${await res.text()}`)
      await page.goto(`${baseUrl}${url}`)
    },
    shoot: (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true }),
    /** Horizontal overflow in CSS pixels (0 when the page fits its width). */
    overflow: () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  }
}

import type { BrowserContext, Page } from 'playwright-core'
import { launchBrowser } from './browser'
import { startServer, type RunningServer } from './server'
import { visitor } from './visit'

export interface Journey {
  server: RunningServer
  context: BrowserContext
  page: Page
  visit: ReturnType<typeof visitor>
  /** closes the browser, then stops the server */
  close: () => Promise<void>
}

/** A demo server of its own and a fresh browser for one journey file. */
export async function openJourney(root: string, shots: string): Promise<Journey> {
  const server = await startServer(root, { LOGIN_RATE_LIMIT_PER_MINUTE: '100' })
  const browser = await launchBrowser()
  const page = browser.context.pages()[0] ?? (await browser.context.newPage())
  return {
    server,
    context: browser.context,
    page,
    visit: visitor(browser.context, page, server.baseUrl, shots),
    close: async () => {
      await browser.close()
      await server.stop()
    },
  }
}

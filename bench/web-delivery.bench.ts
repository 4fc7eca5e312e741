// Front-end delivery: the JavaScript each surface downloads on its first load (brotli bytes on the
// wire, as the built server sends them) and its time to first render on a throttled "fast 3G"
// network, in headless Chromium against the built server (`npm run build` first).
// Targets (issue 20.5): /portal and the kiosk ≤ 250 KB of JavaScript, a hall display ≤ 150 KB.
// Run: npx tsx bench/web-delivery.bench.ts   (ROUNDS=3 for more throttled rounds)
import os from 'node:os'
import path from 'node:path'
import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import { launchBrowser } from '../e2e/support/browser'
import { startServer } from '../e2e/support/server'

const root = path.resolve(import.meta.dirname, '..')
const rounds = Number(process.env.ROUNDS ?? 3)

interface Surface {
  name: string
  path: string
  /** the device credential the surface signs in with (a demo device) */
  credential?: string
  /** the most the first load may transfer in JavaScript (bytes) */
  budget: number
}

const KB = 1024
const surfaces: Surface[] = [
  { name: 'portal', path: '/portal', budget: 250 * KB },
  { name: 'kiosk', path: '/kiosk', credential: 'demo-kiosk-0001-credential', budget: 250 * KB },
  {
    name: 'hall display',
    path: '/display/hall',
    credential: 'demo-hall-display-credential',
    budget: 150 * KB,
  },
  {
    name: 'window display',
    path: '/display/window',
    credential: 'demo-window-5-display-credential',
    budget: 150 * KB,
  },
  { name: 'admin (staff, for comparison)', path: '/admin', budget: Infinity },
]

/** DevTools' "Fast 3G" preset: 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up. */
const fast3g = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
}

interface Load {
  scripts: number
  scriptBytes: number
  allBytes: number
  encodings: Set<string>
  firstRenderMs: number
}

/**
 * Counts what the page transfers (CDP): bytes on the wire of each response body (as sent, so
 * brotli bytes for a brotli answer), without the response headers.
 */
function meter(cdp: CDPSession) {
  const seen = new Map<string, { type: string; headerBytes: number }>()
  const load = { scripts: 0, scriptBytes: 0, allBytes: 0, encodings: new Set<string>() }
  cdp.on('Network.responseReceived', (e) => {
    seen.set(e.requestId, { type: e.type, headerBytes: e.response.encodedDataLength })
    if (e.type === 'Script') {
      const headers = e.response.headers as Record<string, string>
      const enc = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1]
      load.encodings.add(enc ?? 'identity')
    }
  })
  cdp.on('Network.loadingFinished', (e) => {
    const response = seen.get(e.requestId)
    const body = e.encodedDataLength - (response?.headerBytes ?? 0)
    load.allBytes += body
    if (response?.type === 'Script') {
      load.scripts++
      load.scriptBytes += body
    }
  })
  return load
}

async function signIn(context: BrowserContext, baseUrl: string, surface: Surface): Promise<void> {
  if (surface.credential) {
    const res = await context.request.post(`${baseUrl}/api/v1/device-session`, {
      data: { credential: surface.credential },
    })
    if (!res.ok()) throw new Error(`device sign-in failed: ${res.status()}`)
  } else if (surface.path.startsWith('/admin')) {
    const res = await context.request.post(`${baseUrl}/api/v1/auth/login`, {
      data: { username: 'admin', password: 'yimin-demo-2016' },
    })
    if (!res.ok()) throw new Error(`admin sign-in failed: ${res.status()}`)
  }
}

/** One first load in a fresh browser profile (nothing cached), optionally throttled. */
async function firstLoad(baseUrl: string, surface: Surface, throttled: boolean): Promise<Load> {
  const browser = await launchBrowser()
  try {
    await signIn(browser.context, baseUrl, surface)
    const page: Page = browser.context.pages()[0] ?? (await browser.context.newPage())
    const cdp = await browser.context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    if (throttled) await cdp.send('Network.emulateNetworkConditions', fast3g)
    const load = meter(cdp)
    await page.goto(`${baseUrl}${surface.path}`, { waitUntil: 'commit', timeout: 120_000 })
    // first render: the screen's own heading is on the page (not the loading status)
    await page.waitForSelector('#root h1', { timeout: 120_000 })
    const firstRenderMs = await page.evaluate(() => performance.now())
    await page.waitForLoadState('networkidle', { timeout: 120_000 })
    return { ...load, firstRenderMs }
  } finally {
    await browser.close()
  }
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

const server = await startServer(root, { LOGIN_RATE_LIMIT_PER_MINUTE: '1000' })
try {
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, ${os.cpus().length} cores`,
  )
  console.log(
    'surface                          JS files  JS (wire)   budget     all (wire)  encodings   first render fast 3G (median of ' +
      `${rounds})`,
  )
  let failed = false
  for (const surface of surfaces) {
    const quick = await firstLoad(server.baseUrl, surface, false)
    const renders: number[] = []
    for (let i = 0; i < rounds; i++)
      renders.push((await firstLoad(server.baseUrl, surface, true)).firstRenderMs)
    const within = quick.scriptBytes <= surface.budget
    if (!within) failed = true
    console.log(
      [
        surface.name.padEnd(32),
        String(quick.scripts).padStart(8),
        kb(quick.scriptBytes).padStart(10),
        (surface.budget === Infinity ? '—' : `${kb(surface.budget)} ${within ? 'ok' : 'OVER'}`).padStart(12),
        kb(quick.allBytes).padStart(12),
        [...quick.encodings].join(',').padStart(10),
        `${(median(renders) / 1000).toFixed(2)} s (${renders.map((r) => (r / 1000).toFixed(2)).join(', ')})`.padStart(
          30,
        ),
      ].join(' '),
    )
  }
  if (failed) process.exitCode = 1
} finally {
  await server.stop()
}

import fs from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
/** axe-core's browser bundle, injected into the page (no @axe-core/playwright: one script is all it needs). */
const axePath = require.resolve('axe-core/axe.min.js')
let axeSource: string | null = null

/** The WCAG 2.1 A and AA rules (axe's tags), which is what the product promises. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export interface AxeFinding {
  rule: string
  impact: string
  help: string
  /** CSS selectors of up to three offending nodes, and the first one's HTML */
  targets: string[]
  html: string
}

interface AxeResult {
  violations: Array<{
    id: string
    impact?: string | null
    help: string
    nodes: Array<{ target: unknown[]; html: string }>
  }>
}

/**
 * Runs axe-core on the page as it is now and answers the serious and critical violations
 * (moderate and minor ones are reported by axe too but do not fail the audit).
 */
export async function auditPage(page: Page): Promise<AxeFinding[]> {
  const hasAxe = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined',
  )
  // The app's CSP (script-src 'self') refuses an injected <script> tag (page.addScriptTag); an
  // evaluation through the DevTools protocol is not a page script, so the policy stays as shipped.
  if (!hasAxe) {
    axeSource ??= fs.readFileSync(axePath, 'utf8')
    await page.evaluate(axeSource)
  }
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
  }, wcagTags)
  return (result as AxeResult).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.map(String).join(' ')),
      html: (v.nodes[0]?.html ?? '').slice(0, 200),
    }))
}

/** One line per finding, readable in a test failure. */
export function describeFindings(route: string, findings: readonly AxeFinding[]): string[] {
  return findings.map(
    (f) => `${route}: [${f.impact}] ${f.rule} — ${f.help} at ${f.targets.join(' | ')} :: ${f.html}`,
  )
}

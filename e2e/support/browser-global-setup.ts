import fs from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

export const chromiumPath = '/usr/bin/chromium'
const root = path.resolve(import.meta.dirname, '../..')

/**
 * Runs once before the browser tier. It checks what the tests need and tells them, through
 * `inject('browser')`, whether to run: without Chromium they fail on CI and are skipped (with a
 * warning) elsewhere; without a build they always fail, since `npm test` builds first.
 */
export default function setup(project: TestProject): void {
  const missingBuild = ['apps/web/dist/index.html', 'apps/server/dist/main.js'].filter(
    (p) => !fs.existsSync(path.join(root, p)),
  )
  if (missingBuild.length > 0) {
    throw new Error(
      `browser tests need a build; missing ${missingBuild.join(', ')}. Run \`npm run build\` first (\`npm test\` does).`,
    )
  }
  const hasChromium = fs.existsSync(chromiumPath)
  if (!hasChromium) {
    if (process.env.CI)
      throw new Error(
        `browser tests need Chromium at ${chromiumPath} (apt-get install -y chromium fonts-noto-cjk fonts-noto-core)`,
      )
    console.warn(
      `\n⚠ ${chromiumPath} is missing: browser tests are skipped. Install it with: apt-get install -y chromium fonts-noto-cjk fonts-noto-core\n`,
    )
  }
  project.provide('browser', { hasChromium, root })
}

declare module 'vitest' {
  export interface ProvidedContext {
    browser: { hasChromium: boolean; root: string }
  }
}

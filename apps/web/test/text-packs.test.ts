import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import zh from '../src/i18n/zh-CN.json'
import { textPacks } from '../src/i18n/text-packs'
import { sectionsUsedBy } from './text-sections'

const src = path.resolve(import.meta.dirname, '../src')
const sections = Object.keys(zh)
const at = (...files: string[]) => files.map((f) => path.join(src, f))

/** The screens that load a pack of their own rather than their language whole (router.tsx). */
const screens = {
  display: at('screens/hall-display/HallDisplay.tsx', 'screens/window-display/WindowDisplay.tsx'),
  kiosk: at('screens/kiosk/KioskHome.tsx'),
  portal: at('screens/portal/home/PortalHome.tsx'),
} as const

const missing = (used: Set<string>, loaded: readonly string[]) =>
  [...used].filter((s) => !loaded.includes(s)).sort()

describe('text packs (each surface downloads the texts it shows)', () => {
  it('every pack names sections of the language files', () => {
    for (const pack of Object.values(textPacks)) expect(pack.filter((s) => !sections.includes(s))).toEqual([])
  })

  it('core holds what renders before any screen: the app, the router, the guards, antd layout', () => {
    const used = sectionsUsedBy(at('main.tsx', 'app/AntdProviders.tsx'), sections, { followDynamic: false })
    expect(used.files.length).toBeGreaterThan(5)
    expect(missing(used.sections, textPacks.core)).toEqual([])
  })

  it.each(Object.entries(screens))('the %s pack holds every section its screens use', (pack, files) => {
    const used = sectionsUsedBy([...files], sections)
    expect(used.sections.size).toBeGreaterThan(0)
    expect(missing(used.sections, [...textPacks.core, ...textPacks[pack as keyof typeof screens]])).toEqual(
      [],
    )
  })

  it('the router loads each pack for its screens, every other screen its whole language', () => {
    const router = fs.readFileSync(path.join(src, 'app/router.tsx'), 'utf8')
    for (const [pack, files] of Object.entries(screens))
      for (const file of files) {
        const module = `../${path.relative(src, file).replace(/\.tsx$/, '')}`
        expect(router).toContain(`withTexts('${pack}', import('${module}'))`)
      }
    // a screen imported without its texts would render keys
    const screenImports = router.match(/import\('\.\.\/screens\/[^']+'\)/g) ?? []
    const withTexts = router.match(/withTexts\('\w+', import\('\.\.\/screens\/[^']+'\)\)/g) ?? []
    expect(screenImports.length).toBeGreaterThan(50)
    expect(withTexts.length).toBe(screenImports.length)
  })
})

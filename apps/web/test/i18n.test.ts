import { deviceKinds, errorCodes, roles } from '@yimin/shared'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '../src/i18n/en.json'
import ug from '../src/i18n/ug.json'
import zhCN from '../src/i18n/zh-CN.json'
import { flatten, usedKeys } from './i18n-keys'

const locales = { 'zh-CN': flatten(zhCN), ug: flatten(ug), en: flatten(en) }
const reference = Object.keys(locales['zh-CN']).sort()
const srcDir = path.resolve(import.meta.dirname, '../src')

describe('translations', () => {
  it.each(Object.entries(locales))('%s has exactly the same keys as zh-CN', (_lng, flat) => {
    const keys = Object.keys(flat).sort()
    expect(
      keys.filter((k) => !reference.includes(k)),
      'extra keys',
    ).toEqual([])
    expect(
      reference.filter((k) => !keys.includes(k)),
      'missing keys',
    ).toEqual([])
  })

  it.each(Object.entries(locales))('%s has no empty or non-string values', (_lng, flat) => {
    const bad = Object.entries(flat).filter(([, v]) => typeof v !== 'string' || v.trim() === '')
    expect(bad.map(([k]) => k)).toEqual([])
  })

  it('every key used in apps/web/src exists in every language', () => {
    const used = usedKeys(srcDir)
    expect(used.length).toBeGreaterThan(50)
    for (const [lng, flat] of Object.entries(locales)) {
      const missing = used.filter((u) => !(u.key in flat)).map((u) => `${u.key} (${u.file})`)
      expect([...new Set(missing)], `missing in ${lng}`).toEqual([])
    }
  })

  it('every error code, role and device kind has a message in every language', () => {
    const dynamic = [
      ...errorCodes.map((c) => `errors.${c}`),
      ...roles.map((r) => `roles.${r}`),
      ...deviceKinds.map((k) => `deviceKinds.${k}`),
    ]
    for (const [lng, flat] of Object.entries(locales)) {
      expect(
        dynamic.filter((k) => !(k in flat)),
        `missing in ${lng}`,
      ).toEqual([])
    }
  })

  it('Uyghur is written in Arabic script, not left in English or Chinese', () => {
    const values = Object.values(locales.ug).filter((v): v is string => typeof v === 'string')
    const arabic = values.filter((v) => /[\u0600-\u06FF]/.test(v))
    expect(arabic.length / values.length).toBeGreaterThan(0.95)
  })
})

import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { alertText, ruleParams } from './alert-text'

describe("an alert's message", () => {
  it("shows an instant param on the center's clock in the reader's language, never the raw UTC text", () => {
    // 02:30 UTC is 10:30 in the center (Asia/Shanghai)
    const params = { lot: '一标段', openingAt: '2026-12-28T02:30:00.000Z', days: 3, note: null }
    expect(ruleParams(params, 'en')).toEqual({
      lot: '一标段',
      openingAt: '28 Dec 2026, 10:30',
      days: 3,
      note: null,
    })
    expect(ruleParams(params, 'ug').openingAt).toBe('2026-يىلى 28-دېكابىر 10:30')
    // a day or a plain text is left as it is
    expect(ruleParams({ dueOn: '2026-12-28', code: 'T' }, 'en')).toEqual({ dueOn: '2026-12-28', code: 'T' })
  })

  it('passes the formatted params to the translation', () => {
    const seen: Array<[string, Record<string, unknown>]> = []
    const t = ((key: string, opts: Record<string, unknown>) => {
      seen.push([key, opts])
      return key
    }) as unknown as TFunction
    alertText(
      t,
      {
        code: 'TRADING_OPENING_WITHOUT_VENUE',
        params: { lot: 'A', openingAt: '2026-12-28T02:30:00.000Z' },
        message: 'x',
      },
      'zh-CN',
    )
    expect(seen[0]![0]).toBe('supervision.rules.TRADING_OPENING_WITHOUT_VENUE')
    expect(seen[0]![1].openingAt).toMatch(/^2026年12月28日 10:30$/)
  })
})

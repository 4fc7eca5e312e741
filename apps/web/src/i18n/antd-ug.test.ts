import enUS from 'antd/es/locale/en_US'
import { describe, expect, it } from 'vitest'
import { ugUG } from './antd-ug'

describe('the Uyghur antd locale', () => {
  it('is a locale, not a module object antd would unwrap to English', () => {
    // antd's ConfigProvider takes `locale.default` when it has a `locale` (a CommonJS module object)
    expect(Object.keys(ugUG)).not.toContain('default')
    expect(ugUG.locale).toBe('ug')
  })

  it('gives the common texts in Uyghur and every other component English', () => {
    expect(ugUG.Empty?.description).toBe('سانلىق مەلۇمات يوق')
    expect(ugUG.Table?.emptyText).toBe('سانلىق مەلۇمات يوق')
    expect(ugUG.Table?.filterCheckAll).toBe(enUS.Table?.filterCheckAll)
    for (const key of Object.keys(enUS)) expect(ugUG, key).toHaveProperty(key)
  })
})

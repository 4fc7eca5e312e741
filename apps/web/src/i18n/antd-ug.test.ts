import enUS from 'antd/es/locale/en_US'
import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import '../components/picker-locales'
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

  it("names the pickers' months in Uyghur through dayjs's ug-cn locale", () => {
    // rc-picker formats with the dayjs locale named by lang.locale (up to its first '_')
    const locale = ugUG.DatePicker!.lang.locale
    expect(locale).toBe('ug-cn')
    expect(dayjs('2026-01-01').locale(locale).format('MMMM')).toBe('يانۋار')
    expect(ugUG.DatePicker!.lang.monthPlaceholder).toBe('ئاي تاللاڭ')
    // the day panel's cells give the day's number alone
    expect(dayjs('2026-01-07').locale(locale).format(ugUG.DatePicker!.lang.cellDateFormat)).toBe('7')
  })
})

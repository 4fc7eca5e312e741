import type { Locale } from 'antd/es/locale'
import enUSModule from 'antd/locale/en_US'

/**
 * English, the locale itself: `antd/locale/en_US` is CommonJS, and the bundler may hand over its
 * module object (`{ default: locale }`). Spread into ours, that `default` made antd's
 * ConfigProvider take it for the locale (it unwraps a `default` that has a `locale`), so every
 * antd text showed in English under Uyghur.
 */
const enUS: Locale = (enUSModule as Locale & { default?: Locale }).default ?? enUSModule

/**
 * antd has no Uyghur locale. Its texts a reader meets most (pagination, empty lists, tables,
 * confirmations, the password's show/hide, the date pickers) are given here in Uyghur; the rest
 * (rare widgets) follow English rather than Chinese (issue 21 point 7: no Chinese where a
 * translation is expected).
 */
export const ugUG: Locale = {
  ...enUS,
  locale: 'ug',
  Pagination: {
    ...enUS.Pagination,
    items_per_page: '/ بەت',
    jump_to: 'ئاتلاش',
    jump_to_confirm: 'جەزملەش',
    page: 'بەت',
    prev_page: 'ئالدىنقى بەت',
    next_page: 'كېيىنكى بەت',
    prev_5: 'ئالدىدىكى 5 بەت',
    next_5: 'كېيىنكى 5 بەت',
    prev_3: 'ئالدىدىكى 3 بەت',
    next_3: 'كېيىنكى 3 بەت',
    page_size: 'بەت چوڭلۇقى',
  },
  global: {
    ...enUS.global,
    placeholder: 'تاللاڭ',
    close: 'تاقاش',
    sortable: 'رەتلىگىلى بولىدۇ',
    show: 'كۆرسىتىش',
    hide: 'يوشۇرۇش',
  },
  Table: {
    ...enUS.Table,
    filterTitle: 'سۈزگۈچ',
    filterConfirm: 'جەزملەش',
    filterReset: 'ئەسلىگە قايتۇرۇش',
    filterEmptyText: 'سۈزگۈچ يوق',
    emptyText: 'سانلىق مەلۇمات يوق',
    selectAll: 'مۇشۇ بەتنى تاللاش',
    selectNone: 'ھەممىنى بىكار قىلىش',
    sortTitle: 'رەتلەش',
    expand: 'قۇرنى يېيىش',
    collapse: 'قۇرنى يىغىش',
    triggerDesc: 'كېمىيىش بويىچە رەتلەش',
    triggerAsc: 'ئېشىش بويىچە رەتلەش',
    cancelSort: 'رەتلەشنى بىكار قىلىش',
  },
  Modal: { okText: 'جەزملەش', cancelText: 'بىكار قىلىش', justOkText: 'جەزملەش' },
  Popconfirm: { okText: 'جەزملەش', cancelText: 'بىكار قىلىش' },
  Empty: { description: 'سانلىق مەلۇمات يوق' },
  // the pickers' words (rc-picker's ug_CN) and, through `locale`, dayjs's Uyghur month names
  DatePicker: {
    ...enUS.DatePicker!,
    lang: {
      ...enUS.DatePicker!.lang,
      // the dayjs locale the picker formats with: `ug-cn` (loaded by components/picker-locales)
      locale: 'ug-cn',
      placeholder: 'چېسلا تاللاڭ',
      yearPlaceholder: 'يىل تاللاڭ',
      quarterPlaceholder: 'پەسىل تاللاڭ',
      monthPlaceholder: 'ئاي تاللاڭ',
      weekPlaceholder: 'ھەپتە تاللاڭ',
      rangePlaceholder: ['باشلىنىش چېسلاسى', 'ئاخىرلىشىش چېسلاسى'],
      rangeYearPlaceholder: ['باشلىنىش يىلى', 'ئاخىرلىشىش يىلى'],
      rangeQuarterPlaceholder: ['باشلىنىش پەسلى', 'ئاخىرلىشىش پەسلى'],
      rangeMonthPlaceholder: ['باشلىنىش ئېيى', 'ئاخىرلىشىش ئېيى'],
      rangeWeekPlaceholder: ['باشلىنىش ھەپتىسى', 'ئاخىرلىشىش ھەپتىسى'],
      today: 'بۈگۈن',
      now: 'ھازىر',
      backToToday: 'بۈگۈنگە قايتىش',
      ok: 'مۇقىملاشتۇرۇش',
      timeSelect: 'ۋاقىت تاللاش',
      dateSelect: 'كۈن تاللاش',
      clear: 'تازىلاش',
      week: 'ھەپتە',
      month: 'ئاي',
      year: 'يىل',
      previousMonth: 'ئالدىنقى ئاي',
      nextMonth: 'كېلەر ئاي',
      monthSelect: 'ئاي تاللاش',
      yearSelect: 'يىل تاللاش',
      decadeSelect: 'يىللارنى تاللاش',
      yearFormat: 'YYYY-يىلى',
      dayFormat: 'D-كۈنى',
      // a day's cell gives its bare number (as zh_CN's): 'D-كۈنى' overflowed the cells
      cellDateFormat: 'D',
      previousYear: 'ئالدىنقى يىلى',
      nextYear: 'كېلەركى يىلى',
      previousDecade: 'ئالدىنقى يىللار',
      nextDecade: 'كېيىنكى يىللار',
      previousCentury: 'ئالدىنقى ئەسىر',
      nextCentury: 'كېيىنكى ئەسىر',
      monthBeforeYear: false,
    },
  },
  Text: { ...enUS.Text, edit: 'تەھرىرلەش', copy: 'كۆچۈرۈش', copied: 'كۆچۈرۈلدى', expand: 'يېيىش' },
}

import type { SeedQueueCategory } from './types'

/** Queue categories: the letter on the ticket ("今天我是 82 号" → A082 at the 出入境 windows). */
export const queueCategories: SeedQueueCategory[] = [
  {
    code: 'CRJ',
    prefix: 'A',
    name: { zh: '出入境证件', ug: 'چېگرىدىن چىقىش-كىرىش گۇۋاھنامىلىرى', en: 'Exit and entry documents' },
  },
  {
    code: 'HZ',
    prefix: 'B',
    name: { zh: '户籍与身份证', ug: 'نوپۇس ۋە كىملىك', en: 'Household registration and ID cards' },
  },
  {
    code: 'CJG',
    prefix: 'C',
    name: { zh: '车辆与驾驶证', ug: 'ماشىنا ۋە شوپۇرلۇق كىنىشكىسى', en: 'Vehicles and driving licences' },
  },
  {
    code: 'SBJY',
    prefix: 'D',
    name: {
      zh: '社保就业医保',
      ug: 'ئىجتىمائىي سۇغۇرتا، ئىشقا ئورۇنلىشىش ۋە داۋالاش سۇغۇرتىسى',
      en: 'Social insurance, employment and medical insurance',
    },
  },
  { code: 'WSJK', prefix: 'E', name: { zh: '卫生健康', ug: 'سەھىيە ۋە ساغلاملىق', en: 'Health' } },
  {
    code: 'QYKB',
    prefix: 'F',
    name: {
      zh: '企业开办与市场主体登记',
      ug: 'كارخانا ئېچىش ۋە بازار گەۋدىسى تىزىملىتىش',
      en: 'Starting a business and market entity registration',
    },
  },
  { code: 'SW', prefix: 'G', name: { zh: '税务', ug: 'باج ئىشلىرى', en: 'Tax' } },
  {
    code: 'BDC',
    prefix: 'H',
    name: { zh: '不动产登记', ug: 'كۆچمەس مۈلۈك تىزىملىتىش', en: 'Real estate registration' },
  },
  {
    code: 'GJJ',
    prefix: 'J',
    name: { zh: '住房公积金', ug: 'تۇرالغۇ جامائەت زاپاس پۇلى', en: 'Housing provident fund' },
  },
  {
    code: 'MZ',
    prefix: 'K',
    name: {
      zh: '民政与残疾人服务',
      ug: 'خەلق ئىشلىرى ۋە مېيىپلار مۇلازىمىتى',
      en: 'Civil affairs and disability services',
    },
  },
  { code: 'JTYS', prefix: 'L', name: { zh: '交通运输', ug: 'قاتناش-تىرانسپورت', en: 'Transport' } },
  {
    code: 'JSGC',
    prefix: 'M',
    name: { zh: '建设工程', ug: 'قۇرۇلۇش قۇرۇلۇشى', en: 'Construction projects' },
  },
  {
    code: 'SMG',
    prefix: 'N',
    name: { zh: '水磨沟区业务', ug: 'سۇمۇخو رايونى ئىشلىرى', en: 'Shuimogou District services' },
  },
  { code: 'ZH', prefix: 'P', name: { zh: '综合受理', ug: 'ئۇنىۋېرسال قوبۇل قىلىش', en: 'General intake' } },
  {
    code: 'KCJ',
    prefix: 'Q',
    name: {
      zh: '跨层级（自治区级事项）',
      ug: 'دەرىجىدىن ھالقىش (ئاپتونوم رايون دەرىجىلىك ئىشلار)',
      en: 'Cross-level (region-level matters)',
    },
  },
]

import type { SeedQueueCategory } from './types'

/** Queue categories: the letter on the ticket ("今天我是 82 号" → A082 at the 出入境 windows). */
export const queueCategories: SeedQueueCategory[] = [
  { code: 'CRJ', prefix: 'A', name: '出入境证件', nameUg: 'چېگرىدىن چىقىش-كىرىش گۇۋاھنامىلىرى', nameEn: 'Exit and entry documents' },
  { code: 'HZ', prefix: 'B', name: '户籍与身份证', nameUg: 'نوپۇس ۋە كىملىك', nameEn: 'Household registration and ID cards' },
  { code: 'CJG', prefix: 'C', name: '车辆与驾驶证', nameUg: 'ماشىنا ۋە شوپۇرلۇق كىنىشكىسى', nameEn: 'Vehicles and driving licences' },
  { code: 'SBJY', prefix: 'D', name: '社保就业医保', nameUg: 'ئىجتىمائىي سۇغۇرتا، ئىشقا ئورۇنلىشىش ۋە داۋالاش سۇغۇرتىسى', nameEn: 'Social insurance, employment and medical insurance' },
  { code: 'WSJK', prefix: 'E', name: '卫生健康', nameUg: 'سەھىيە ۋە ساغلاملىق', nameEn: 'Health' },
  { code: 'QYKB', prefix: 'F', name: '企业开办与市场主体登记', nameUg: 'كارخانا ئېچىش ۋە بازار گەۋدىسى تىزىملىتىش', nameEn: 'Starting a business and market entity registration' },
  { code: 'SW', prefix: 'G', name: '税务', nameUg: 'باج ئىشلىرى', nameEn: 'Tax' },
  { code: 'BDC', prefix: 'H', name: '不动产登记', nameUg: 'كۆچمەس مۈلۈك تىزىملىتىش', nameEn: 'Real estate registration' },
  { code: 'GJJ', prefix: 'J', name: '住房公积金', nameUg: 'تۇرالغۇ جامائەت زاپاس پۇلى', nameEn: 'Housing provident fund' },
  { code: 'MZ', prefix: 'K', name: '民政与残疾人服务', nameUg: 'خەلق ئىشلىرى ۋە مېيىپلار مۇلازىمىتى', nameEn: 'Civil affairs and disability services' },
  { code: 'JTYS', prefix: 'L', name: '交通运输', nameUg: 'قاتناش-تىرانسپورت', nameEn: 'Transport' },
  { code: 'JSGC', prefix: 'M', name: '建设工程', nameUg: 'قۇرۇلۇش قۇرۇلۇشى', nameEn: 'Construction projects' },
  { code: 'SMG', prefix: 'N', name: '水磨沟区业务', nameUg: 'سۇمۇخو رايونى ئىشلىرى', nameEn: 'Shuimogou District services' },
  { code: 'ZH', prefix: 'P', name: '综合受理', nameUg: 'ئۇنىۋېرسال قوبۇل قىلىش', nameEn: 'General intake' },
  { code: 'KCJ', prefix: 'Q', name: '跨层级（自治区级事项）', nameUg: 'دەرىجىدىن ھالقىش (ئاپتونوم رايون دەرىجىلىك ئىشلار)', nameEn: 'Cross-level (region-level matters)' },
]

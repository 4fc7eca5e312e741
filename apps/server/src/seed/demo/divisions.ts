import type { SeedDivision } from './types'

/** GB/T 2260: the region, Urumqi and its seven districts and one county. */
export const divisions: SeedDivision[] = [
  {
    code: '650000',
    name: {
      zh: '新疆维吾尔自治区',
      ug: 'شىنجاڭ ئۇيغۇر ئاپتونوم رايونى',
      en: 'Xinjiang Uyghur Autonomous Region',
    },
    level: 'region',
    parentCode: null,
  },
  {
    code: '650100',
    name: { zh: '乌鲁木齐市', ug: 'ئۈرۈمچى شەھىرى', en: 'Urumqi' },
    level: 'city',
    parentCode: '650000',
  },
  {
    code: '650102',
    name: { zh: '天山区', ug: 'تەڭرىتاغ رايونى', en: 'Tianshan District' },
    level: 'district',
    parentCode: '650100',
  },
  {
    code: '650103',
    name: { zh: '沙依巴克区', ug: 'سايباغ رايونى', en: 'Saybagh District' },
    level: 'district',
    parentCode: '650100',
  },
  {
    code: '650104',
    name: { zh: '新市区', ug: 'يېڭىشەھەر رايونى', en: 'Xinshi District' },
    level: 'district',
    parentCode: '650100',
  },
  {
    code: '650105',
    name: { zh: '水磨沟区', ug: 'سۇمۇخو رايونى', en: 'Shuimogou District' },
    level: 'district',
    parentCode: '650100',
  },
  {
    code: '650106',
    name: { zh: '头屯河区', ug: 'تۇدۇڭخابا رايونى', en: 'Toutunhe District' },
    level: 'district',
    parentCode: '650100',
  },
  {
    code: '650107',
    name: { zh: '达坂城区', ug: 'داۋانچىڭ رايونى', en: 'Dabancheng District' },
    level: 'district',
    parentCode: '650100',
  },
  {
    code: '650109',
    name: { zh: '米东区', ug: 'مىدۇڭ رايونى', en: 'Midong District' },
    level: 'district',
    parentCode: '650100',
  },
  {
    code: '650121',
    name: { zh: '乌鲁木齐县', ug: 'ئۈرۈمچى ناھىيىسى', en: 'Urumqi County' },
    level: 'district',
    parentCode: '650100',
  },
]

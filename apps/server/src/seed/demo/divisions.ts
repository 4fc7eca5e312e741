import type { SeedDivision } from './types'

/** GB/T 2260: the region, Urumqi and its seven districts and one county. */
export const divisions: SeedDivision[] = [
  { code: '650000', name: '新疆维吾尔自治区', nameUg: 'شىنجاڭ ئۇيغۇر ئاپتونوم رايونى', nameEn: 'Xinjiang Uyghur Autonomous Region', level: 'region', parentCode: null },
  { code: '650100', name: '乌鲁木齐市', nameUg: 'ئۈرۈمچى شەھىرى', nameEn: 'Urumqi', level: 'city', parentCode: '650000' },
  { code: '650102', name: '天山区', nameUg: 'تەڭرىتاغ رايونى', nameEn: 'Tianshan District', level: 'district', parentCode: '650100' },
  { code: '650103', name: '沙依巴克区', nameUg: 'سايباغ رايونى', nameEn: 'Saybagh District', level: 'district', parentCode: '650100' },
  { code: '650104', name: '新市区', nameUg: 'يېڭىشەھەر رايونى', nameEn: 'Xinshi District', level: 'district', parentCode: '650100' },
  { code: '650105', name: '水磨沟区', nameUg: 'سۇمۇخو رايونى', nameEn: 'Shuimogou District', level: 'district', parentCode: '650100' },
  { code: '650106', name: '头屯河区', nameUg: 'تۇدۇڭخابا رايونى', nameEn: 'Toutunhe District', level: 'district', parentCode: '650100' },
  { code: '650107', name: '达坂城区', nameUg: 'داۋانچىڭ رايونى', nameEn: 'Dabancheng District', level: 'district', parentCode: '650100' },
  { code: '650109', name: '米东区', nameUg: 'مىدۇڭ رايونى', nameEn: 'Midong District', level: 'district', parentCode: '650100' },
  { code: '650121', name: '乌鲁木齐县', nameUg: 'ئۈرۈمچى ناھىيىسى', nameEn: 'Urumqi County', level: 'district', parentCode: '650100' },
]

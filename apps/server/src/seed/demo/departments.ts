import type { AdminLevel } from '@yimin/shared'
import type { SeedDepartment } from './types'

/**
 * The 33 departments (units) at the center (2016 news report: "首批33个部门(单位)进驻"):
 * city departments and their units, the Shuimogou district offices in the district area, and
 * three region-level departments whose matters the center takes in for cross-level work
 * (自治区、市、县跨层级联动办理).
 */
const U = 'ئۈرۈمچى شەھەرلىك'
const city = (
  code: string,
  name: string,
  ug: string,
  en: string,
  parentCode: string | null = null,
): SeedDepartment => ({
  code,
  name: { zh: name, ug, en },
  level: 'city',
  divisionCode: '650100',
  parentCode,
})
const at =
  (level: AdminLevel, divisionCode: string) =>
  (code: string, name: string, ug: string, en: string): SeedDepartment => ({
    code,
    name: { zh: name, ug, en },
    level,
    divisionCode,
    parentCode: null,
  })
const shuimogou = at('district', '650105')
const region = at('region', '650000')

export const departments: SeedDepartment[] = [
  city('GA', '乌鲁木齐市公安局', `${U} جامائەت خەۋپسىزلىك ئىدارىسى`, 'Urumqi Public Security Bureau'),
  city(
    'GA-CRJ',
    '乌鲁木齐市公安局出入境管理支队',
    `${U} جامائەت خەۋپسىزلىك ئىدارىسى چېگرىدىن چىقىش-كىرىشنى باشقۇرۇش ئەترىتى`,
    'Exit and Entry Administration Detachment, Urumqi PSB',
    'GA',
  ),
  city(
    'GA-HZ',
    '乌鲁木齐市公安局户政管理支队',
    `${U} جامائەت خەۋپسىزلىك ئىدارىسى نوپۇس باشقۇرۇش ئەترىتى`,
    'Household Registration Detachment, Urumqi PSB',
    'GA',
  ),
  city(
    'GA-JJ',
    '乌鲁木齐市公安局交通管理支队',
    `${U} جامائەت خەۋپسىزلىك ئىدارىسى قاتناش باشقۇرۇش ئەترىتى`,
    'Traffic Police Detachment, Urumqi PSB',
    'GA',
  ),
  city(
    'RS',
    '乌鲁木齐市人力资源和社会保障局',
    `${U} ئادەم كۈچى بايلىقى ۋە ئىجتىمائىي كاپالەت ئىدارىسى`,
    'Urumqi Human Resources and Social Security Bureau',
  ),
  city('YB', '乌鲁木齐市医疗保障局', `${U} داۋالاش كاپالىتى ئىدارىسى`, 'Urumqi Healthcare Security Bureau'),
  city('WJW', '乌鲁木齐市卫生健康委员会', `${U} سەھىيە ۋە ساغلاملىق كومىتېتى`, 'Urumqi Health Commission'),
  city(
    'SCJ',
    '乌鲁木齐市市场监督管理局',
    `${U} بازار نازارەت قىلىش-باشقۇرۇش ئىدارىسى`,
    'Urumqi Administration for Market Regulation',
  ),
  city(
    'SW',
    '国家税务总局乌鲁木齐市税务局',
    `دۆلەتلىك باج ئومۇمىي ئىدارىسى ${U} باج ئىدارىسى`,
    'Urumqi Tax Service, State Taxation Administration',
  ),
  city(
    'ZJ',
    '乌鲁木齐市住房和城乡建设局',
    `${U} تۇرالغۇ ۋە شەھەر-يېزا قۇرۇلۇش ئىدارىسى`,
    'Urumqi Housing and Urban-Rural Development Bureau',
  ),
  city('ZRZY', '乌鲁木齐市自然资源局', `${U} تەبىئىي بايلىق ئىدارىسى`, 'Urumqi Natural Resources Bureau'),
  city(
    'BDC',
    '乌鲁木齐市不动产登记中心',
    `${U} كۆچمەس مۈلۈك تىزىملاش مەركىزى`,
    'Urumqi Real Estate Registration Center',
    'ZRZY',
  ),
  city(
    'GJJ',
    '乌鲁木齐住房公积金管理中心',
    'ئۈرۈمچى تۇرالغۇ جامائەت زاپاس پۇلىنى باشقۇرۇش مەركىزى',
    'Urumqi Housing Provident Fund Management Center',
  ),
  city('MZ', '乌鲁木齐市民政局', `${U} خەلق ئىشلىرى ئىدارىسى`, 'Urumqi Civil Affairs Bureau'),
  city('JT', '乌鲁木齐市交通运输局', `${U} قاتناش-تىرانسپورت ئىدارىسى`, 'Urumqi Transport Bureau'),
  city(
    'STHJ',
    '乌鲁木齐市生态环境局',
    `${U} ئېكولوگىيە-مۇھىت ئىدارىسى`,
    'Urumqi Ecology and Environment Bureau',
  ),
  city(
    'FGW',
    '乌鲁木齐市发展和改革委员会',
    `${U} تەرەققىيات ۋە ئىسلاھات كومىتېتى`,
    'Urumqi Development and Reform Commission',
  ),
  city(
    'WHLY',
    '乌鲁木齐市文化体育广电和旅游局',
    `${U} مەدەنىيەت، تەنتەربىيە، رادىيو-تېلېۋىزىيە ۋە ساياھەت ئىدارىسى`,
    'Urumqi Culture, Sports, Radio, Television and Tourism Bureau',
  ),
  city('JY', '乌鲁木齐市教育局', `${U} مائارىپ ئىدارىسى`, 'Urumqi Education Bureau'),
  city('SL', '乌鲁木齐市水务局', `${U} سۇ ئىشلىرى ئىدارىسى`, 'Urumqi Water Affairs Bureau'),
  city(
    'CG',
    '乌鲁木齐市城市管理委员会',
    `${U} شەھەر باشقۇرۇش كومىتېتى`,
    'Urumqi Urban Management Commission',
  ),
  city('RF', '乌鲁木齐市人民防空办公室', `${U} خەلق مۇداپىئەسى ئىشخانىسى`, 'Urumqi Civil Air Defence Office'),
  city(
    'XF',
    '乌鲁木齐市消防救援支队',
    `${U} ئوت ئۆچۈرۈش-قۇتقۇزۇش ئەترىتى`,
    'Urumqi Fire and Rescue Detachment',
  ),
  city(
    'YJ',
    '乌鲁木齐市应急管理局',
    `${U} جىددىي ئىشلارنى باشقۇرۇش ئىدارىسى`,
    'Urumqi Emergency Management Bureau',
  ),
  city(
    'NY',
    '乌鲁木齐市农业农村局',
    `${U} يېزا ئىگىلىكى ۋە يېزا ئىشلىرى ئىدارىسى`,
    'Urumqi Agriculture and Rural Affairs Bureau',
  ),
  city('CL', '乌鲁木齐市残疾人联合会', `${U} مېيىپلار بىرلەشمىسى`, 'Urumqi Disabled Persons’ Federation'),
  shuimogou(
    'SMG-SW',
    '国家税务总局乌鲁木齐市水磨沟区税务局',
    'دۆلەتلىك باج ئومۇمىي ئىدارىسى ئۈرۈمچى شەھىرى سۇمۇخو رايونلۇق باج ئىدارىسى',
    'Shuimogou District Tax Service',
  ),
  shuimogou(
    'SMG-SCJ',
    '乌鲁木齐市水磨沟区市场监督管理局',
    'ئۈرۈمچى شەھىرى سۇمۇخو رايونلۇق بازار نازارەت قىلىش-باشقۇرۇش ئىدارىسى',
    'Shuimogou District Administration for Market Regulation',
  ),
  shuimogou(
    'SMG-MZ',
    '乌鲁木齐市水磨沟区民政局',
    'ئۈرۈمچى شەھىرى سۇمۇخو رايونلۇق خەلق ئىشلىرى ئىدارىسى',
    'Shuimogou District Civil Affairs Bureau',
  ),
  shuimogou(
    'SMG-RS',
    '乌鲁木齐市水磨沟区人力资源和社会保障局',
    'ئۈرۈمچى شەھىرى سۇمۇخو رايونلۇق ئادەم كۈچى بايلىقى ۋە ئىجتىمائىي كاپالەت ئىدارىسى',
    'Shuimogou District Human Resources and Social Security Bureau',
  ),
  region(
    'XJ-ZJT',
    '新疆维吾尔自治区住房和城乡建设厅',
    'شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق تۇرالغۇ ۋە شەھەر-يېزا قۇرۇلۇش نازارىتى',
    'Housing and Urban-Rural Development Department of Xinjiang',
  ),
  region(
    'XJ-STHJT',
    '新疆维吾尔自治区生态环境厅',
    'شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق ئېكولوگىيە-مۇھىت نازارىتى',
    'Ecology and Environment Department of Xinjiang',
  ),
  region(
    'XJ-SCJ',
    '新疆维吾尔自治区市场监督管理局',
    'شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق بازار نازارەت قىلىش-باشقۇرۇش ئىدارىسى',
    'Xinjiang Administration for Market Regulation',
  ),
]

import type { LocalizedText, OpeningHours } from '@yimin/shared'
import type { SeedArea, SeedFacility, SeedFloor, SeedName, SeedWindow } from './types'

/**
 * The Yimin Building (益民大厦) on 准噶尔街, 水磨沟区: six floors, of which 1, 3, 5 and 6 are
 * service floors and 2 and 4 offices; the areas the 2016 report names; numbered windows; and
 * the convenience facilities (canteen for 1,200 on B1, 1,500+ parking spaces).
 */
export const hall: SeedName & { address: LocalizedText; divisionCode: string; openingHours: OpeningHours } = {
  name: {
    zh: '乌鲁木齐市政务服务中心',
    ug: 'ئۈرۈمچى شەھەرلىك ھۆكۈمەت ئىشلىرى مۇلازىمەت مەركىزى',
    en: 'Urumqi Government Service Center',
  },
  address: {
    zh: '乌鲁木齐市水磨沟区准噶尔街 益民大厦',
    ug: 'ئۈرۈمچى شەھىرى سۇمۇخو رايونى جۇڭغار كوچىسى، يىمىن بىناسى',
    en: 'Yimin Building, Junggar Street, Shuimogou District, Urumqi',
  },
  divisionCode: '650105',
  // Xinjiang's working hours, in Beijing time (the center's time zone)
  openingHours: [
    { days: [1, 2, 3, 4, 5], open: '10:00', close: '14:00' },
    { days: [1, 2, 3, 4, 5], open: '15:30', close: '19:30' },
  ],
}

export const floors: SeedFloor[] = [
  {
    number: 1,
    name: {
      zh: '一楼 市级综合业务区',
      ug: '1-قەۋەت شەھەر دەرىجىلىك ئۇنىۋېرسال مۇلازىمەت رايونى',
      en: 'Floor 1 — City services',
    },
    isServiceFloor: true,
  },
  {
    number: 2,
    name: { zh: '二楼 行政管理办公区', ug: '2-قەۋەت مەمۇرىي باشقۇرۇش ئىشخانىلىرى', en: 'Floor 2 — Offices' },
    isServiceFloor: false,
  },
  {
    number: 3,
    name: {
      zh: '三楼 建设工程领域业务区',
      ug: '3-قەۋەت قۇرۇلۇش ساھەسى مۇلازىمەت رايونى',
      en: 'Floor 3 — Construction projects',
    },
    isServiceFloor: true,
  },
  {
    number: 4,
    name: { zh: '四楼 行政管理办公区', ug: '4-قەۋەت مەمۇرىي باشقۇرۇش ئىشخانىلىرى', en: 'Floor 4 — Offices' },
    isServiceFloor: false,
  },
  {
    number: 5,
    name: {
      zh: '五楼 公共资源交易中心',
      ug: '5-قەۋەت ئاممىۋى بايلىق سودا مەركىزى',
      en: 'Floor 5 — Public Resource Trading Center',
    },
    isServiceFloor: true,
  },
  {
    number: 6,
    name: {
      zh: '六楼 水磨沟区业务区',
      ug: '6-قەۋەت سۇمۇخو رايونى مۇلازىمەت رايونى',
      en: 'Floor 6 — Shuimogou District services',
    },
    isServiceFloor: true,
  },
]

export const areas: SeedArea[] = [
  {
    code: 'CITY',
    floor: 1,
    name: { zh: '市级综合业务区', ug: 'شەھەر دەرىجىلىك ئۇنىۋېرسال مۇلازىمەت رايونى', en: 'City departments' },
  },
  {
    code: 'SERVICE',
    floor: 1,
    name: { zh: '配套服务区', ug: 'قوشۇمچە مۇلازىمەت رايونى', en: 'Convenience services' },
  },
  {
    code: 'BUILD',
    floor: 3,
    name: { zh: '建设工程领域业务区', ug: 'قۇرۇلۇش ساھەسى مۇلازىمەت رايونى', en: 'Construction projects' },
  },
  {
    code: 'SMG',
    floor: 6,
    name: { zh: '水磨沟区业务区', ug: 'سۇمۇخو رايونى مۇلازىمەت رايونى', en: 'Shuimogou District' },
  },
]

/** The windows' names in Uyghur and English, by their Chinese name. */
const windowNames: Record<string, [ug: string, en: string]> = {
  综合受理窗口: ['ئۇنىۋېرسال قوبۇل قىلىش كۆزنىكى', 'General intake'],
  出入境窗口: ['چېگرىدىن چىقىش-كىرىش كۆزنىكى', 'Exit and entry'],
  户政窗口: ['نوپۇس كۆزنىكى', 'Household registration'],
  车驾管窗口: ['قاتناش ۋاسىتىسى ۋە شوپۇرلار كۆزنىكى', 'Vehicles and drivers'],
  社保就业窗口: ['ئىجتىمائىي سۇغۇرتا ۋە ئىشقا ئورۇنلىشىش كۆزنىكى', 'Social insurance and employment'],
  医保窗口: ['داۋالاش سۇغۇرتىسى كۆزنىكى', 'Medical insurance'],
  卫生健康窗口: ['سەھىيە ۋە ساغلاملىق كۆزنىكى', 'Health'],
  企业开办综合窗口: ['كارخانا قۇرۇش ئۇنىۋېرسال كۆزنىكى', 'Starting a business'],
  市场主体登记窗口: ['بازار گەۋدىسى تىزىملاش كۆزنىكى', 'Business registration'],
  食品药品许可窗口: ['يېمەكلىك ۋە دورا ئىجازەت كۆزنىكى', 'Food and drug licences'],
  税务窗口: ['باج كۆزنىكى', 'Tax'],
  不动产登记窗口: ['كۆچمەس مۈلۈك تىزىملاش كۆزنىكى', 'Real estate registration'],
  住房公积金窗口: ['تۇرالغۇ ئامانەت فوندى كۆزنىكى', 'Housing provident fund'],
  民政窗口: ['خەلق ئىشلىرى كۆزنىكى', 'Civil affairs'],
  交通运输窗口: ['قاتناش-تىرانسپورت كۆزنىكى', 'Transport'],
  工程建设项目综合受理窗口: [
    'قۇرۇلۇش تۈرلىرى ئۇنىۋېرسال قوبۇل قىلىش كۆزنىكى',
    'Construction projects intake',
  ],
  施工许可窗口: ['قۇرۇلۇش ئىجازەت كۆزنىكى', 'Building permits'],
  房地产开发与预售窗口: ['ئۆي-مۈلۈك ئېچىش ۋە ئالدىن سېتىش كۆزنىكى', 'Property development and pre-sale'],
  规划与用地窗口: ['پىلانلاش ۋە يەر ئىشلىتىش كۆزنىكى', 'Planning and land use'],
  人防窗口: ['خەلق مۇداپىئەسى كۆزنىكى', 'Civil air defence'],
  消防窗口: ['ئوت مۇداپىئە كۆزنىكى', 'Fire safety'],
  生态环境窗口: ['ئېكولوگىيە ۋە مۇھىت كۆزنىكى', 'Ecology and environment'],
  水务与市政窗口: ['سۇ ئىشلىرى ۋە شەھەر قۇرۇلۇشى كۆزنىكى', 'Water and municipal works'],
  投资项目窗口: ['مەبلەغ سېلىش تۈرلىرى كۆزنىكى', 'Investment projects'],
  自治区级事项受理窗口: ['ئاپتونوم رايون دەرىجىلىك ئىشلارنى قوبۇل قىلىش كۆزنىكى', 'Regional matters intake'],
  水磨沟区税务窗口: ['سۇمۇخو رايونى باج كۆزنىكى', 'Shuimogou District tax'],
  水磨沟区市场监管窗口: ['سۇمۇخو رايونى بازار نازارىتى كۆزنىكى', 'Shuimogou District market regulation'],
  水磨沟区民政窗口: ['سۇمۇخو رايونى خەلق ئىشلىرى كۆزنىكى', 'Shuimogou District civil affairs'],
  水磨沟区人社窗口: [
    'سۇمۇخو رايونى كىشىلىك بايلىق ۋە ئىجتىمائىي كاپالەت كۆزنىكى',
    'Shuimogou District human resources and social security',
  ],
}

const w = (
  number: number,
  area: string,
  name: string,
  departments: string[],
  categories: string[],
  staff: string[] = [],
): SeedWindow => ({
  number,
  area,
  name: { zh: name, ug: windowNames[name]?.[0] ?? name, en: windowNames[name]?.[1] ?? name },
  departments,
  categories,
  staff,
})
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

export const windows: SeedWindow[] = [
  // floor 1 — 市级综合业务区
  w(1, 'CITY', '综合受理窗口', ['FGW', 'WHLY', 'JY', 'NY', 'YJ'], ['ZH']),
  w(2, 'CITY', '综合受理窗口', ['FGW', 'WHLY', 'JY', 'NY', 'YJ'], ['ZH']),
  ...range(3, 8).map((n) => w(n, 'CITY', '出入境窗口', ['GA-CRJ'], ['CRJ'], n === 5 ? ['clerk'] : [])),
  w(9, 'CITY', '户政窗口', ['GA-HZ'], ['HZ'], ['hz-clerk']),
  w(10, 'CITY', '户政窗口', ['GA-HZ'], ['HZ']),
  w(11, 'CITY', '车驾管窗口', ['GA-JJ'], ['CJG']),
  w(12, 'CITY', '车驾管窗口', ['GA-JJ'], ['CJG']),
  w(13, 'CITY', '社保就业窗口', ['RS', 'YB'], ['SBJY'], ['rs-clerk']),
  w(14, 'CITY', '社保就业窗口', ['RS', 'YB'], ['SBJY']),
  w(15, 'CITY', '医保窗口', ['YB'], ['SBJY']),
  w(16, 'CITY', '卫生健康窗口', ['WJW'], ['WSJK']),
  w(17, 'CITY', '企业开办综合窗口', ['SCJ', 'SW', 'GA'], ['QYKB'], ['scj-clerk']),
  w(18, 'CITY', '市场主体登记窗口', ['SCJ'], ['QYKB']),
  w(19, 'CITY', '食品药品许可窗口', ['SCJ', 'WJW'], ['QYKB', 'WSJK']),
  w(20, 'CITY', '税务窗口', ['SW'], ['SW'], ['sw-clerk']),
  w(21, 'CITY', '税务窗口', ['SW'], ['SW']),
  w(22, 'CITY', '不动产登记窗口', ['BDC', 'SW'], ['BDC'], ['bdc-clerk']),
  w(23, 'CITY', '不动产登记窗口', ['BDC', 'SW'], ['BDC']),
  w(24, 'CITY', '住房公积金窗口', ['GJJ'], ['GJJ'], ['gjj-clerk']),
  w(25, 'CITY', '民政窗口', ['MZ', 'CL'], ['MZ']),
  w(26, 'CITY', '交通运输窗口', ['JT'], ['JTYS']),
  // floor 3 — 建设工程领域业务区
  w(31, 'BUILD', '工程建设项目综合受理窗口', ['ZJ', 'ZRZY', 'RF', 'XF'], ['JSGC'], ['zj-clerk']),
  w(32, 'BUILD', '施工许可窗口', ['ZJ'], ['JSGC']),
  w(33, 'BUILD', '房地产开发与预售窗口', ['ZJ'], ['JSGC']),
  w(34, 'BUILD', '规划与用地窗口', ['ZRZY'], ['JSGC']),
  w(35, 'BUILD', '人防窗口', ['RF'], ['JSGC']),
  w(36, 'BUILD', '消防窗口', ['XF'], ['JSGC']),
  w(37, 'BUILD', '生态环境窗口', ['STHJ'], ['JSGC']),
  w(38, 'BUILD', '水务与市政窗口', ['SL', 'CG'], ['JSGC']),
  w(39, 'BUILD', '投资项目窗口', ['FGW'], ['JSGC']),
  w(40, 'BUILD', '自治区级事项受理窗口', ['XJ-ZJT', 'XJ-STHJT', 'XJ-SCJ'], ['KCJ']),
  // floor 6 — 水磨沟区业务区
  w(61, 'SMG', '水磨沟区税务窗口', ['SMG-SW'], ['SMG'], ['smg-clerk']),
  w(62, 'SMG', '水磨沟区税务窗口', ['SMG-SW'], ['SMG']),
  w(63, 'SMG', '水磨沟区市场监管窗口', ['SMG-SCJ'], ['SMG']),
  w(64, 'SMG', '水磨沟区市场监管窗口', ['SMG-SCJ', 'SMG-SW'], ['SMG']),
  w(65, 'SMG', '水磨沟区民政窗口', ['SMG-MZ'], ['SMG']),
  w(66, 'SMG', '水磨沟区人社窗口', ['SMG-RS'], ['SMG']),
]

const f = (
  kind: SeedFacility['kind'],
  name: string,
  ug: string,
  en: string,
  place: { floor: number | null; area: string | null },
  more: Partial<Pick<SeedFacility, 'hours' | 'capacity' | 'note'>> = {},
): SeedFacility => ({
  kind,
  name: { zh: name, ug, en },
  floor: place.floor,
  area: place.area,
  hours: more.hours ?? null,
  capacity: more.capacity ?? null,
  note: more.note ?? null,
})
const everywhere = { floor: null, area: null }
const serviceArea = { floor: 1, area: 'SERVICE' }

export const facilities: SeedFacility[] = [
  f('wifi', '免费无线网络', 'ھەقسىز سىمسىز تور', 'Free WiFi', everywhere, {
    note: {
      zh: '全楼覆盖，网络名 YiminDasha-Free',
      ug: 'پۈتۈن بىنادا بار، تور نامى YiminDasha-Free',
      en: 'Throughout the building; network YiminDasha-Free',
    },
  }),
  f(
    'consultation',
    '咨询导办台',
    'مەسلىھەت ۋە يېتەكلەش سۇپىسى',
    'Information and guidance desk',
    { floor: 1, area: 'CITY' },
    { hours: '10:00–19:30' },
  ),
  f('print', '打印复印室', 'بېسىش ۋە كۆپەيتىش ئۆيى', 'Print and copy room', serviceArea, {
    hours: '10:00–19:30',
    note: {
      zh: '免费打印、复印办事材料',
      ug: 'ئىش ماتېرىياللىرىنى ھەقسىز بېسىش ۋە كۆپەيتىش',
      en: 'Free printing and copying of application papers',
    },
  }),
  f('bank', '银行网点', 'بانكا تارمىقى', 'Bank branch', serviceArea, {
    hours: '10:00–19:30',
    note: {
      zh: '缴纳税费、不动产登记费',
      ug: 'باج ۋە كۆچمەس مۈلۈك تىزىملاش ھەققى تاپشۇرۇش',
      en: 'Pay taxes and property registration fees',
    },
  }),
  f(
    'post',
    '邮政综合业务办理区',
    'پوچتا ئۇنىۋېرسال مۇلازىمەت رايونى',
    'Post office (EMS result delivery)',
    serviceArea,
    {
      hours: '10:00–19:30',
      note: {
        zh: '证照邮寄送达',
        ug: 'گۇۋاھنامىلەرنى پوچتا ئارقىلىق يەتكۈزۈش',
        en: 'Certificates sent by post',
      },
    },
  ),
  f('certificate', '证照室', 'گۇۋاھنامە تارقىتىش ئۆيى', 'Certificate pick-up room', serviceArea, {
    hours: '10:00–19:30',
    note: {
      zh: '凭受理回执和身份证领取证照',
      ug: 'قوبۇل قىلىش تالونى ۋە كىملىك بىلەن گۇۋاھنامە ئېلىش',
      en: 'Collect certificates with the receipt and your ID card',
    },
  }),
  f('clinic', '医务室', 'داۋالاش ئۆيى', 'First-aid room', serviceArea, { hours: '10:00–19:30' }),
  f('other', '便民服务箱', 'قولايلىق مۇلازىمەت ساندۇقى', 'Convenience kits', everywhere, {
    note: {
      zh: '各服务区配备医药箱、针线包、告知单；各填单区备有纸张、胶水、老花镜',
      ug: 'ھەر مۇلازىمەت رايونىدا دورا ساندۇقى، يىڭنە-يىپ ۋە ئۇقتۇرۇش؛ جەدۋەل تولدۇرۇش ئورنىدا قەغەز، يېلىم ۋە كۆزەينەك بار',
      en: 'First-aid kits, sewing kits and notices in every area; paper, glue and reading glasses at the form desks',
    },
  }),
  f('canteen', '职工及办事群众餐厅', 'ئاشخانا', 'Canteen', everywhere, {
    capacity: 1200,
    hours: '13:30–15:30',
    note: {
      zh: '大厦负一层，可同时容纳1200人就餐',
      ug: 'بىنانىڭ يەر ئاستى 1-قەۋىتىدە، بىرلا ۋاقىتتا 1200 ئادەم تاماق يېيەلەيدۇ',
      en: 'Basement level 1, seats 1,200',
    },
  }),
  f(
    'parking',
    '地上地下停车场',
    'يەر ئۈستى ۋە يەر ئاستى ماشىنا توختىتىش مەيدانى',
    'Parking (above and below ground)',
    everywhere,
    {
      capacity: 1500,
      note: { zh: '1500多个停车位', ug: '1500 دىن ئارتۇق ماشىنا ئورنى', en: 'Over 1,500 spaces' },
    },
  ),
]

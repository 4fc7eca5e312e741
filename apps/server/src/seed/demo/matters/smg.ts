import type { SeedMatter } from '../types'
import { ID, L, LICENCE, PHOTO, copy, defer, form, matters, opt, orig } from './kit'

/** The Shuimogou district offices on floor 6 (windows 61–66, tickets N): district-level matters. */
const base = {
  level: 'district' as const,
  area: 'SMG',
  category: 'SMG',
  online: 'full' as const,
  delivery: ['window' as const, 'electronic' as const],
}
const sw = matters({ ...base, department: 'SMG-SW', location: '六楼 61–62 号窗口' })
const scj = matters({ ...base, department: 'SMG-SCJ', location: '六楼 63–64 号窗口' })
const mz = matters({
  ...base,
  department: 'SMG-MZ',
  location: '六楼 65 号窗口',
  online: 'prereview',
  delivery: ['window'],
})
const rs = matters({ ...base, department: 'SMG-RS', location: '六楼 66 号窗口' })
const individual = [L.market, '《促进个体工商户发展条例》']
const marriage = [L.civilCode, L.marriage, '《婚姻登记工作规范》']

export default [
  scj({
    code: 'SMG-SCJ-001',
    name: [
      '个体工商户设立登记',
      'يەككە سودا-سانائەتچى قۇرۇشنى تىزىملىتىش',
      'Registering a sole proprietorship (individual business)',
    ],
    type: 'licensing',
    limits: [3, 0],
    summary: '在水磨沟区从事经营的个体工商户，当场登记、当场领取营业执照，并可同步完成税务信息确认。',
    keywords: ['个体户', '个体工商户', '营业执照', '开店'],
    conditions: ['有经营能力的自然人', '经营场所在水磨沟区'],
    materials: [
      form('个体工商户登记（备案）申请书'),
      ID,
      copy('经营场所使用证明'),
      opt('委托代理人身份证件及委托书', 'original'),
    ],
    basis: individual,
  }),
  scj({
    code: 'SMG-SCJ-002',
    name: [
      '个体工商户变更登记',
      'يەككە سودا-سانائەتچى ئۆزگەرتىشنى تىزىملىتىش',
      'Registering changes to a sole proprietorship',
    ],
    type: 'licensing',
    limits: [3, 0],
    keywords: ['个体户变更'],
    materials: [
      form('个体工商户登记（备案）申请书'),
      ID,
      orig('营业执照正副本'),
      opt('变更后的经营场所使用证明', 'copy'),
    ],
    basis: individual,
  }),
  scj({
    code: 'SMG-SCJ-003',
    name: [
      '个体工商户注销登记',
      'يەككە سودا-سانائەتچى ئەمەلدىن قالدۇرۇشنى تىزىملىتىش',
      'Deregistering a sole proprietorship',
    ],
    type: 'licensing',
    limits: [3, 0],
    keywords: ['个体户注销'],
    materials: [form('个体工商户注销登记申请书'), ID, orig('营业执照正副本')],
    basis: individual,
  }),
  scj({
    code: 'SMG-SCJ-004',
    name: ['小餐饮经营许可（小型餐饮）', 'كىچىك ئاشخانا تىجارىتى ئىجازىتى', 'Licence for small eateries'],
    type: 'licensing',
    limits: [10, 5],
    keywords: ['小餐馆', '小吃店', '食品经营许可证'],
    materials: [
      form('食品经营许可申请书'),
      LICENCE,
      ID,
      copy('经营场所平面图和设备布局图'),
      defer('从业人员健康证明', 10, 'copy', '可于受理后补交'),
    ],
    basis: [
      L.food,
      '《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）',
      '《新疆维吾尔自治区食品小作坊、小餐饮店、小食杂店和食品摊贩管理条例》',
    ],
    special: [{ kind: 'site_inspection', maxDays: 5 }],
    online: 'prereview',
  }),
  sw({
    code: 'SMG-SW-001',
    name: [
      '个体工商户税务信息确认',
      'يەككە سودا-سانائەتچىلەرنىڭ باج ئۇچۇرىنى جەزملەشتۈرۈش',
      'Confirming tax details of a sole proprietorship',
    ],
    type: 'other_power',
    limits: [0, 0],
    summary:
      '个体工商户领取营业执照后，在区税务窗口完成信息确认与税种认定（2016年中心启用当天即在水磨沟区国税局窗口向个体工商户发放执照和税务登记证）。',
    keywords: ['个体户报税', '税务登记', '个体户'],
    materials: [LICENCE, ID],
    basis: [L.taxAdmin, L.taxAdminRules],
  }),
  sw({
    code: 'SMG-SW-002',
    name: [
      '个体工商户定期定额核定',
      'يەككە سودا-سانائەتچىلەرنىڭ مۇقىم مىقدارلىق بېجىنى بېكىتىش',
      'Fixed-quota tax assessment for sole proprietorships',
    ],
    type: 'levy',
    limits: [20, 5],
    keywords: ['定额', '双定户'],
    materials: [form('个体工商户定额信息采集表'), LICENCE, ID],
    basis: [L.taxAdmin, '《个体工商户税收定期定额征收管理办法》（国家税务总局令第16号）'],
    special: [{ kind: 'public_notice', maxDays: 5, note: '定额公示' }],
  }),
  sw({
    code: 'SMG-SW-003',
    name: [
      '代开增值税发票',
      'قوشۇلما قىممەت بېجى تالونىنى ۋاكالىتەن بېرىش',
      'Issuing a VAT invoice on a taxpayer’s behalf',
    ],
    type: 'public_service',
    limits: [0, 0],
    keywords: ['代开发票', '自然人代开'],
    materials: [ID, copy('书面合同或付款方证明')],
    basis: ['《中华人民共和国发票管理办法》'],
  }),
  sw({
    code: 'SMG-SW-004',
    name: [
      '个体工商户清税注销',
      'يەككە سودا-سانائەتچىلەرنىڭ بېجىنى تازىلاپ ئەمەلدىن قالدۇرۇش',
      'Tax clearance for a sole proprietorship',
    ],
    type: 'other_power',
    limits: [20, 0],
    keywords: ['个体户注销', '清税'],
    materials: [ID, LICENCE],
    basis: [L.taxAdmin, L.taxAdminRules],
  }),
  mz({
    code: 'SMG-MZ-001',
    name: ['内地居民结婚登记', 'ئىچكىرى ئاھالىلىرىنىڭ نىكاھ تىزىملىتىشى', 'Marriage registration'],
    type: 'confirmation',
    limits: [0, 0],
    summary: '男女双方共同到婚姻登记机关申请，符合结婚条件的当场予以登记，发给结婚证。',
    keywords: ['结婚', '领证', '结婚证', '婚姻登记'],
    conditions: ['男年满22周岁、女年满20周岁', '双方均无配偶', '双方自愿', '无禁止结婚的亲属关系'],
    materials: [
      orig('双方居民身份证'),
      orig('双方居民户口簿'),
      orig('双方近期半身免冠合影照片（2寸，3张）'),
      form('申请结婚登记声明书'),
    ],
    basis: marriage,
  }),
  mz({
    code: 'SMG-MZ-002',
    name: ['内地居民离婚登记', 'ئىچكىرى ئاھالىلىرىنىڭ ئاجرىشىش تىزىملىتىشى', 'Divorce registration'],
    type: 'confirmation',
    limits: [30, 30],
    summary:
      '依照《民法典》第一千零七十七条，婚姻登记机关收到离婚登记申请之日起三十日内（离婚冷静期），任何一方可撤回申请；期满后三十日内双方亲自到场申请发给离婚证。',
    keywords: ['离婚', '离婚冷静期'],
    materials: [
      orig('双方居民身份证'),
      orig('双方居民户口簿'),
      orig('结婚证'),
      form('离婚协议书'),
      orig('双方近期半身免冠照片（2寸，各2张）'),
    ],
    basis: marriage,
    steps: [
      { name: '申请受理', limitDays: 0 },
      { name: '离婚冷静期', limitDays: 30 },
      { name: '审查登记', limitDays: 0 },
    ],
    extensionMaxDays: 0,
  }),
  mz({
    code: 'SMG-MZ-003',
    name: [
      '补领婚姻登记证',
      'نىكاھ گۇۋاھنامىسىنى تولۇقلاپ ئېلىش',
      'Replacing a marriage or divorce certificate',
    ],
    type: 'confirmation',
    limits: [0, 0],
    keywords: ['补结婚证', '结婚证丢失'],
    materials: [ID, orig('居民户口簿'), PHOTO, opt('婚姻登记档案证明', 'original', '档案不在本机关的提供')],
    basis: marriage,
  }),
  mz({
    code: 'SMG-MZ-004',
    name: [
      '最低生活保障审核确认',
      'ئەڭ تۆۋەن تۇرمۇش كاپالىتىنى تەستىقلاش',
      'Approving minimum living allowance',
    ],
    type: 'payment',
    limits: [30, 20],
    keywords: ['低保', '困难救助'],
    materials: [
      ID,
      orig('居民户口簿'),
      form('最低生活保障申请书'),
      form('家庭经济状况核对授权书'),
      opt('残疾证、病历等证明材料', 'copy'),
    ],
    basis: ['《社会救助暂行办法》', '《新疆维吾尔自治区最低生活保障办法》'],
    special: [{ kind: 'public_notice', maxDays: 7, note: '社区公示' }],
    delivery: ['window', 'post'],
  }),
  rs({
    code: 'SMG-RS-001',
    name: [
      '灵活就业人员参保登记',
      'ئەۋرىشىم ئىشقا ئورۇنلاشقانلارنىڭ سۇغۇرتىغا تىزىملىتىشى',
      'Social insurance enrolment for flexible workers',
    ],
    type: 'public_service',
    limits: [0, 0],
    keywords: ['灵活就业', '个人交社保'],
    materials: [ID],
    basis: [L.socialInsurance],
  }),
  rs({
    code: 'SMG-RS-002',
    name: [
      '城乡居民基本养老保险参保登记',
      'شەھەر-يېزا ئاھالىلىرى ئاساسىي پېنسىيە سۇغۇرتىسىغا تىزىملىتىش',
      'Enrolling in residents’ basic pension insurance',
    ],
    type: 'public_service',
    limits: [0, 0],
    keywords: ['居民养老', '城乡居民养老保险'],
    materials: [ID, orig('居民户口簿')],
    basis: [L.socialInsurance, '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）'],
  }),
  rs({
    code: 'SMG-RS-003',
    name: [
      '就业困难人员认定',
      'ئىشقا ئورۇنلىشىشتا قىيىنچىلىقى بار كىشىلەرنى بېكىتىش',
      'Recognising persons with employment difficulties',
    ],
    type: 'confirmation',
    limits: [20, 10],
    keywords: ['就业困难', '就业援助'],
    materials: [ID, form('就业困难人员认定申请表'), opt('残疾证、低保证等相关证明', 'copy')],
    basis: ['《中华人民共和国就业促进法》', '《就业服务与就业管理规定》'],
    special: [{ kind: 'public_notice', maxDays: 5 }],
    online: 'prereview',
  }),
] satisfies SeedMatter[]

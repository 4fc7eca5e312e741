import type { SeedMatter } from '../types'
import { AUTHORIZATION, ID, L, LEGAL_REP_ID, LICENCE, copy, defer, form, matters, opt, orig } from './kit'

/** 住房公积金管理中心 (window 24, tickets J). */
const m = matters({
  department: 'GJJ',
  level: 'city',
  area: 'CITY',
  category: 'GJJ',
  location: '一楼 24 号窗口',
  online: 'full',
  delivery: ['window', 'electronic'],
})
const bankCard = orig('本人银行借记卡')

export default [
  m({
    code: 'GJJ-001',
    name: [
      '单位住房公积金缴存登记',
      'ئورۇنلارنىڭ تۇرالغۇ جامائەت زاپاس پۇلى تاپشۇرۇش تىزىملىتىشى',
      'Registering an employer for the housing provident fund',
    ],
    type: 'public_service',
    limits: [0, 0],
    keywords: ['公积金开户', '单位开户', '企业开办'],
    materials: [form('住房公积金单位登记表'), LICENCE, LEGAL_REP_ID, AUTHORIZATION],
    basis: [L.fund],
    visits: 0,
  }),
  m({
    code: 'GJJ-002',
    name: [
      '购买自住住房提取住房公积金',
      'ئۆي سېتىۋېلىش ئۈچۈن جامائەت زاپاس پۇلىنى ئېلىش',
      'Withdrawing the provident fund to buy a home',
    ],
    type: 'public_service',
    limits: [3, 0],
    keywords: ['公积金提取', '买房提取'],
    materials: [
      ID,
      copy('购房合同或不动产权证书'),
      copy('购房发票或契税完税凭证'),
      bankCard,
      opt('结婚证', 'copy', '配偶共同提取的提供'),
    ],
    basis: [L.fund, '《乌鲁木齐住房公积金提取管理办法》'],
  }),
  m({
    code: 'GJJ-003',
    name: [
      '租赁住房提取住房公积金',
      'ئۆي ئىجارىگە ئېلىش ئۈچۈن جامائەت زاپاس پۇلىنى ئېلىش',
      'Withdrawing the provident fund to pay rent',
    ],
    type: 'public_service',
    limits: [3, 0],
    keywords: ['租房提取', '公积金提取'],
    materials: [ID, orig('无房情况承诺'), bankCard],
    basis: [L.fund],
    visits: 0,
  }),
  m({
    code: 'GJJ-004',
    name: [
      '离休、退休提取住房公积金',
      'پېنسىيەگە چىققاندا جامائەت زاپاس پۇلىنى ئېلىش',
      'Withdrawing the provident fund on retirement',
    ],
    type: 'public_service',
    limits: [3, 0],
    keywords: ['退休提取', '销户提取'],
    materials: [ID, copy('退休证明或养老保险待遇核定材料'), bankCard],
    basis: [L.fund],
  }),
  m({
    code: 'GJJ-005',
    name: [
      '住房公积金个人住房贷款',
      'تۇرالغۇ جامائەت زاپاس پۇلى شەخسىي ئۆي قەرزى',
      'Provident fund home loan',
    ],
    type: 'public_service',
    limits: [15, 10],
    keywords: ['公积金贷款', '房贷'],
    materials: [
      ID,
      orig('居民户口簿'),
      opt('结婚证', 'copy', '已婚的提供'),
      copy('购房合同'),
      copy('首付款证明'),
      copy('收入证明'),
      defer('抵押物评估报告', 5, 'original', '二手房贷款可于受理后补交'),
    ],
    basis: [L.fund, '《乌鲁木齐住房公积金个人住房贷款管理办法》'],
    online: 'prereview',
    special: [{ kind: 'appraisal', maxDays: 5, note: '抵押物评估' }],
  }),
  m({
    code: 'GJJ-006',
    name: [
      '住房公积金异地转移接续',
      'جامائەت زاپاس پۇلىنى باشقا جايغا يۆتكەش',
      'Transferring the provident fund between cities',
    ],
    type: 'public_service',
    limits: [3, 3],
    keywords: ['公积金转移', '异地转移'],
    materials: [ID],
    basis: [L.fund, '《住房城乡建设部关于住房公积金异地个人住房贷款有关操作问题的通知》'],
    visits: 0,
  }),
] satisfies SeedMatter[]

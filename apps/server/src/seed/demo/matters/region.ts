import type { SeedMatter } from '../types'
import { AUTHORIZATION, L, LICENCE, copy, form, matters, opt, orig } from './kit'

/**
 * Region-level (自治区级) matters the center takes in at window 40 on floor 3 (tickets Q) and
 * sends on to the region's departments (跨层级, 就近办); some with the city department's
 * preliminary review (初审) as a parallel task.
 */
const at = (department: string) =>
  matters({
    department,
    level: 'region',
    area: 'BUILD',
    category: 'KCJ',
    location: '三楼 40 号自治区级事项受理窗口（就近办）',
    online: 'full',
    delivery: ['post', 'electronic'],
  })
const zjt = at('XJ-ZJT')
const sthjt = at('XJ-STHJT')
const scj = at('XJ-SCJ')

export default [
  zjt({
    code: 'XJ-ZJT-001',
    name: [
      '建筑业企业资质核准（施工总承包二级）',
      'قۇرۇلۇش كارخانىسى سالاھىيىتى (ئومۇمىي ھۆددە 2-دەرىجە)',
      'Construction enterprise qualification (general contracting, grade 2)',
    ],
    type: 'licensing',
    limits: [20, 20],
    keywords: ['二级资质', '建筑资质'],
    materials: [
      form('建筑业企业资质申请表'),
      LICENCE,
      copy('企业章程'),
      copy('注册建造师注册证书及社保证明'),
      copy('技术负责人职称证书及代表工程业绩'),
      copy('企业安全生产许可证'),
    ],
    basis: [L.construction, '《建筑业企业资质管理规定》（住房和城乡建设部令第22号）'],
    parallel: [{ department: 'ZJ', limitDays: 5, onRefusal: 'lead_decides' }],
    special: [
      { kind: 'expert_review', maxDays: 20 },
      { kind: 'public_notice', maxDays: 10 },
    ],
  }),
  zjt({
    code: 'XJ-ZJT-002',
    name: [
      '建筑施工企业安全生产许可证核发',
      'قۇرۇلۇش كارخانىلىرىنىڭ بىخەتەر ئىشلەپچىقىرىش ئىجازەتنامىسى',
      'Work safety licence for construction enterprises',
    ],
    type: 'licensing',
    limits: [45, 20],
    keywords: ['安许证', '安全生产许可证'],
    materials: [
      form('建筑施工企业安全生产许可证申请表'),
      LICENCE,
      copy('各级安全生产责任制和安全生产规章制度目录'),
      copy('主要负责人、项目负责人、专职安全生产管理人员安全生产考核合格证书'),
      copy('从业人员工伤保险缴费证明'),
    ],
    basis: ['《安全生产许可证条例》', '《建筑施工企业安全生产许可证管理规定》'],
  }),
  zjt({
    code: 'XJ-ZJT-003',
    name: [
      '二级建造师执业资格注册',
      'ئىككىنچى دەرىجىلىك قۇرۇلۇشچى كەسپىي سالاھىيىتىنى تىزىملىتىش',
      'Registering a grade-2 constructor',
    ],
    type: 'licensing',
    limits: [20, 10],
    keywords: ['二建', '建造师注册'],
    materials: [
      form('二级建造师注册申请表'),
      copy('资格证书'),
      copy('与聘用企业签订的劳动合同'),
      opt('继续教育证明', 'copy', '延续注册提供'),
    ],
    basis: ['《注册建造师管理规定》（建设部令第153号）'],
    visits: 0,
  }),
  sthjt({
    code: 'XJ-STHJT-001',
    name: [
      '危险废物经营许可证核发',
      'خەتەرلىك ئەخلەت تىجارىتى ئىجازەتنامىسى',
      'Licence for hazardous waste operations',
    ],
    type: 'licensing',
    limits: [20, 20],
    keywords: ['危废', '危险废物'],
    materials: [
      form('危险废物经营许可证申请书'),
      LICENCE,
      copy('环境影响评价审批文件'),
      copy('贮存、利用、处置设施情况'),
      copy('专业技术人员证明'),
      copy('事故应急预案'),
    ],
    basis: ['《中华人民共和国固体废物污染环境防治法》', '《危险废物经营许可证管理办法》'],
    parallel: [{ department: 'STHJ', limitDays: 10, onRefusal: 'lead_decides' }],
    special: [
      { kind: 'expert_review', maxDays: 20 },
      { kind: 'public_notice', maxDays: 10 },
      { kind: 'site_inspection', maxDays: 10 },
    ],
  }),
  sthjt({
    code: 'XJ-STHJT-002',
    name: [
      '辐射安全许可证核发（生产、销售、使用Ⅰ类射线装置）',
      'رادىئاتسىيە بىخەتەرلىك ئىجازەتنامىسى',
      'Radiation safety licence (Class I devices)',
    ],
    type: 'licensing',
    limits: [20, 15],
    keywords: ['辐射安全许可证', '射线装置'],
    materials: [
      form('辐射安全许可证申请表'),
      LICENCE,
      copy('环境影响评价文件批复'),
      copy('辐射安全管理制度'),
      copy('辐射工作人员培训合格证明'),
    ],
    basis: ['《放射性同位素与射线装置安全和防护条例》', '《放射性同位素与射线装置安全许可管理办法》'],
    special: [{ kind: 'site_inspection', maxDays: 5 }],
  }),
  scj({
    code: 'XJ-SCJ-001',
    name: [
      '重要工业产品生产许可证核发',
      'مۇھىم سانائەت مەھسۇلاتلىرى ئىشلەپچىقىرىش ئىجازەتنامىسى',
      'Production licence for key industrial products',
    ],
    type: 'licensing',
    limits: [30, 20],
    keywords: ['生产许可证', 'QS', '工业产品'],
    materials: [form('全国工业产品生产许可证申请书'), LICENCE, orig('申请人承诺书'), AUTHORIZATION],
    basis: ['《中华人民共和国工业产品生产许可证管理条例》', '《工业产品生产许可证管理条例实施办法》'],
    special: [
      { kind: 'site_inspection', maxDays: 30, note: '企业实地核查' },
      { kind: 'testing', maxDays: 20, note: '产品检验' },
    ],
    visits: 0,
  }),
  scj({
    code: 'XJ-SCJ-002',
    name: [
      '检验检测机构资质认定',
      'تەكشۈرۈش-سىناش ئورگانلىرىنىڭ سالاھىيىتىنى ئېتىراپ قىلىش',
      'Accreditation of inspection and testing bodies',
    ],
    type: 'licensing',
    limits: [10, 10],
    keywords: ['CMA', '检验检测', '资质认定'],
    materials: [
      form('检验检测机构资质认定申请书'),
      LICENCE,
      copy('检验检测机构管理体系文件'),
      copy('检验检测能力申请表'),
    ],
    basis: ['《中华人民共和国计量法》', '《检验检测机构资质认定管理办法》'],
    special: [{ kind: 'expert_review', maxDays: 45, note: '技术评审' }],
    visits: 0,
  }),
] satisfies SeedMatter[]

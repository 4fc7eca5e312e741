import type { SeedMatter } from '../types'
import { AUTHORIZATION, L, LEGAL_REP_ID, LICENCE, copy, defer, form, matters, opt, orig } from './kit'

/** The other departments of the construction area on floor 3 (windows 35–39, tickets M). */
const at = (department: string, window: string) =>
  matters({
    department,
    level: 'city',
    area: 'BUILD',
    category: 'JSGC',
    location: `三楼 ${window} 号窗口`,
    online: 'prereview',
    delivery: ['window', 'post', 'electronic'],
  })
const rf = at('RF', '35')
const xf = at('XF', '36')
const sthj = at('STHJ', '37')
const sl = at('SL', '38')
const cg = at('CG', '38')
const fgw = at('FGW', '39')
const airDefence = [
  '《中华人民共和国人民防空法》',
  '《新疆维吾尔自治区实施〈中华人民共和国人民防空法〉办法》',
]
const investment = [
  '《企业投资项目核准和备案管理条例》',
  '《企业投资项目核准和备案管理办法》（国家发展改革委令第2号）',
]
const water = '《中华人民共和国水法》'

export default [
  rf({
    code: 'RF-001',
    name: [
      '应建防空地下室的民用建筑项目报建审批',
      'يەر ئاستى ھاۋا ھۇجۇمىدىن مۇداپىئەلىنىش ئۆيى سېلىنىشى كېرەك بولغان تۈرلەرنى تەستىقلاش',
      'Civil air defence approval for civil buildings',
    ],
    type: 'licensing',
    limits: [20, 5],
    keywords: ['人防', '防空地下室', '易地建设'],
    materials: [
      form('人防工程建设审批申请表'),
      copy('建设工程规划许可证或设计方案'),
      copy('人防工程施工图设计文件'),
      opt('易地建设费缴纳凭证', 'copy', '易地建设的提供'),
    ],
    basis: airDefence,
  }),
  rf({
    code: 'RF-002',
    name: [
      '人防工程竣工验收备案',
      'خەلق مۇداپىئە قۇرۇلۇشىنىڭ پۈتكەندىن كېيىنكى تەكشۈرۈشىنى ئەنگە ئالدۇرۇش',
      'Filing the completion of civil air defence works',
    ],
    type: 'other_power',
    limits: [15, 5],
    keywords: ['人防验收'],
    materials: [form('人防工程竣工验收备案表'), copy('竣工验收报告'), copy('人防工程质量监督报告')],
    basis: airDefence,
  }),
  xf({
    code: 'XF-001',
    name: [
      '公众聚集场所投入使用、营业前消防安全检查',
      'ئاممىۋى توپلىنىش سورۇنلىرىنى ئىشلىتىشتىن بۇرۇن ئوت مۇداپىئە تەكشۈرۈشى',
      'Fire safety inspection before opening a public venue',
    ],
    type: 'licensing',
    limits: [10, 5],
    summary:
      '宾馆、饭店、商场、集贸市场、客运车站候车室、医院、学校、公共娱乐场所等公众聚集场所投入使用、营业前，向所在地消防救援机构申请消防安全检查；可选择告知承诺方式办理。',
    keywords: ['消防检查', '开业消防', '餐馆消防'],
    materials: [
      form('公众聚集场所投入使用、营业消防安全告知承诺书'),
      LICENCE,
      copy('场所平面布置图、场所消防设施平面图'),
      copy('消防安全制度、灭火和应急疏散预案'),
      defer('员工岗前消防安全教育培训记录', 10, 'copy'),
    ],
    basis: [L.fireLaw, '《消防监督检查规定》（公安部令第120号）'],
    special: [{ kind: 'site_inspection', maxDays: 3, note: '现场检查（告知承诺的事后核查）' }],
  }),
  xf({
    code: 'XF-002',
    name: [
      '大型群众性活动消防安全检查',
      'چوڭ تىپتىكى ئاممىۋى پائالىيەتلەرنىڭ ئوت مۇداپىئە تەكشۈرۈشى',
      'Fire safety check for large public events',
    ],
    type: 'other_power',
    limits: [7, 5],
    keywords: ['大型活动', '演唱会消防'],
    materials: [
      form('大型群众性活动消防安全检查申请表'),
      copy('活动方案及场地平面图'),
      copy('消防安全工作方案和应急预案'),
      LEGAL_REP_ID,
    ],
    basis: [L.fireLaw, '《大型群众性活动安全管理条例》'],
    special: [{ kind: 'site_inspection', maxDays: 2 }],
  }),
  sthj({
    code: 'STHJ-001',
    name: [
      '建设项目环境影响报告书审批',
      'قۇرۇلۇش تۈرىنىڭ مۇھىتقا تەسىر دوكلاتىنى تەستىقلاش',
      'Approving an environmental impact report',
    ],
    type: 'licensing',
    limits: [60, 20],
    keywords: ['环评', '环评报告书', '环境影响评价'],
    materials: [
      form('建设项目环境影响评价文件审批申请书'),
      copy('环境影响报告书（全本）'),
      copy('公众参与说明'),
      opt('删除涉及国家秘密、商业秘密内容的说明', 'original'),
    ],
    basis: [L.eia, '《建设项目环境保护管理条例》'],
    special: [
      { kind: 'public_notice', maxDays: 10, note: '受理公示和拟审批公示' },
      { kind: 'expert_review', maxDays: 30, note: '技术评估' },
    ],
    extensionMaxDays: 30,
  }),
  sthj({
    code: 'STHJ-002',
    name: [
      '建设项目环境影响报告表审批',
      'قۇرۇلۇش تۈرىنىڭ مۇھىتقا تەسىر جەدۋىلىنى تەستىقلاش',
      'Approving an environmental impact form',
    ],
    type: 'licensing',
    limits: [30, 10],
    keywords: ['环评', '环评报告表'],
    materials: [form('建设项目环境影响评价文件审批申请书'), copy('环境影响报告表')],
    basis: [L.eia, '《建设项目环境保护管理条例》'],
    special: [
      { kind: 'public_notice', maxDays: 5 },
      { kind: 'expert_review', maxDays: 15, note: '技术评估' },
    ],
  }),
  sthj({
    code: 'STHJ-003',
    name: ['排污许可证核发', 'پاسكىنا قويۇپ بېرىش ئىجازەتنامىسى', 'Issuing a pollutant discharge permit'],
    type: 'licensing',
    limits: [20, 15],
    keywords: ['排污许可', '排污证'],
    materials: [
      form('排污许可证申请表'),
      copy('环境影响评价审批文件或备案材料'),
      copy('自行监测方案'),
      orig('守法承诺书'),
    ],
    basis: ['《排污许可管理条例》', '《中华人民共和国环境保护法》'],
    special: [{ kind: 'public_notice', maxDays: 5, note: '申请前信息公开' }],
    online: 'full',
    visits: 0,
  }),
  sl({
    code: 'SL-001',
    name: ['取水许可', 'سۇ ئېلىش ئىجازىتى', 'Water abstraction permit'],
    type: 'licensing',
    limits: [45, 20],
    keywords: ['取水证', '打井', '地下水'],
    materials: [
      form('取水许可申请书'),
      copy('建设项目水资源论证报告'),
      copy('与第三者利害关系的相关说明'),
      LICENCE,
    ],
    basis: [water, '《取水许可和水资源费征收管理条例》'],
    special: [{ kind: 'expert_review', maxDays: 20, note: '水资源论证报告书技术审查' }],
  }),
  sl({
    code: 'SL-002',
    name: [
      '生产建设项目水土保持方案审批',
      'ئىشلەپچىقىرىش-قۇرۇلۇش تۈرلىرىنىڭ سۇ-تۇپراق ساقلاش لايىھىسىنى تەستىقلاش',
      'Approving a soil and water conservation plan',
    ],
    type: 'licensing',
    limits: [20, 10],
    keywords: ['水保方案', '水土保持'],
    materials: [form('水土保持方案审批申请文件'), copy('水土保持方案报告书或报告表')],
    basis: ['《中华人民共和国水土保持法》', '《生产建设项目水土保持方案管理办法》'],
    special: [{ kind: 'expert_review', maxDays: 15 }],
  }),
  sl({
    code: 'SL-003',
    name: [
      '城镇污水排入排水管网许可',
      'شەھەر-بازارلارنىڭ ھىجىل سۇيىنى تۇرۇبا تورىغا قويۇپ بېرىش ئىجازىتى',
      'Permit to discharge wastewater into the sewer network',
    ],
    type: 'licensing',
    limits: [15, 5],
    keywords: ['排水许可', '排水证', '餐饮排水'],
    materials: [
      form('城镇污水排入排水管网许可申请表'),
      LICENCE,
      copy('排水户内部排水管网、专用检测井、排放口位置和口径的图纸及说明'),
      opt('排水水质、水量检测报告', 'copy', '列入重点排污单位的提供'),
    ],
    basis: ['《城镇排水与污水处理条例》', '《城镇污水排入排水管网许可管理办法》'],
    special: [{ kind: 'site_inspection', maxDays: 3 }],
  }),
  cg({
    code: 'CG-001',
    name: [
      '城市建筑垃圾处置核准',
      'شەھەر قۇرۇلۇش ئەخلىتىنى بىر تەرەپ قىلىشنى تەستىقلاش',
      'Approving construction waste disposal',
    ],
    type: 'licensing',
    limits: [20, 3],
    keywords: ['建筑垃圾', '渣土'],
    materials: [
      form('建筑垃圾处置核准申请表'),
      copy('建筑垃圾处置方案'),
      copy('与运输单位签订的运输合同'),
      copy('消纳场地证明'),
    ],
    basis: [
      '《国务院对确需保留的行政审批项目设定行政许可的决定》',
      '《城市建筑垃圾管理规定》（建设部令第139号）',
    ],
    online: 'full',
    visits: 0,
  }),
  cg({
    code: 'CG-002',
    name: [
      '设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批',
      'چوڭ تىپتىكى سىرتقى ئېلان ۋە تەشۋىقات بۇيۇملىرىنى ئېسىشنى تەستىقلاش',
      'Approving large outdoor advertising and signs',
    ],
    type: 'licensing',
    limits: [20, 5],
    keywords: ['广告牌', '招牌', '门头'],
    materials: [
      form('户外广告设置申请表'),
      LICENCE,
      copy('设置位置图和效果图'),
      copy('场地使用权证明'),
      opt('结构安全检测报告', 'copy', '大型户外广告提供'),
    ],
    basis: ['《城市市容和环境卫生管理条例》', '《乌鲁木齐市城市市容和环境卫生管理条例》'],
  }),
  cg({
    code: 'CG-003',
    name: [
      '临时占用城市道路审批',
      'شەھەر يوللىرىنى ۋاقىتلىق ئىگىلەشنى تەستىقلاش',
      'Approving temporary occupation of city roads',
    ],
    type: 'licensing',
    limits: [20, 3],
    keywords: ['占道', '挖掘道路'],
    materials: [form('临时占用城市道路申请表'), copy('占道位置平面图'), copy('交通组织方案'), AUTHORIZATION],
    basis: ['《城市道路管理条例》'],
  }),
  fgw({
    code: 'FGW-001',
    name: [
      '企业投资项目备案',
      'كارخانا مەبلەغ سېلىش تۈرىنى ئەنگە ئالدۇرۇش',
      'Filing an enterprise investment project',
    ],
    type: 'other_power',
    limits: [0, 0],
    keywords: ['项目备案', '投资备案'],
    materials: [form('企业投资项目备案信息表'), LICENCE],
    basis: investment,
    online: 'full',
    visits: 0,
    delivery: ['electronic'],
  }),
  fgw({
    code: 'FGW-002',
    name: [
      '企业投资项目核准',
      'كارخانا مەبلەغ سېلىش تۈرىنى تەستىقلاش',
      'Approving an enterprise investment project',
    ],
    type: 'licensing',
    limits: [20, 15],
    keywords: ['项目核准'],
    materials: [
      form('项目申请报告'),
      copy('城乡规划行政主管部门出具的选址意见书'),
      copy('用地预审意见'),
      LEGAL_REP_ID,
    ],
    basis: investment,
    special: [
      { kind: 'expert_review', maxDays: 30, note: '委托评估' },
      { kind: 'hearing', maxDays: 20, note: '涉及重大公共利益的听证' },
    ],
  }),
  fgw({
    code: 'FGW-003',
    name: [
      '政府投资项目可行性研究报告审批',
      'ھۆكۈمەت مەبلەغ سالغان تۈرلەرنىڭ ئىمكانىيەت تەتقىقات دوكلاتىنى تەستىقلاش',
      'Approving feasibility studies of government-funded projects',
    ],
    type: 'licensing',
    limits: [20, 15],
    keywords: ['可研', '可研批复', '政府投资'],
    materials: [
      form('可行性研究报告审批申请文件'),
      copy('可行性研究报告'),
      copy('项目建议书批复'),
      copy('选址意见书及用地预审意见'),
      defer('节能审查意见', 10, 'copy'),
    ],
    basis: ['《政府投资条例》'],
    parallel: [{ department: 'ZRZY', limitDays: 10, onRefusal: 'refuse_case' }],
    special: [{ kind: 'expert_review', maxDays: 30, note: '评估论证' }],
  }),
] satisfies SeedMatter[]

import type { SeedMatter } from '../types'
import { LEGAL_REP_ID, LICENCE, PHOTO, copy, defer, form, matters, orig } from './kit'

/** 卫健委 (window 16, tickets E). */
const m = matters({ department: 'WJW', level: 'city', area: 'CITY', category: 'WSJK', location: '一楼 16 号窗口', online: 'prereview', delivery: ['window', 'post'] })
const institutions = '《医疗机构管理条例》'

export default [
  m({
    code: 'WJW-001',
    name: ['医疗机构执业登记', 'داۋالاش ئورنى كەسپىي تىزىملىتىش', 'Registering a medical institution'],
    type: 'licensing',
    limits: [45, 20],
    keywords: ['诊所', '医院', '医疗机构执业许可证'],
    materials: [form('医疗机构申请执业登记注册书'), copy('设置医疗机构批准书或备案回执'), copy('医疗机构用房产权证明或使用证明'), copy('建筑设计平面图'), copy('验资证明、资产评估报告'), copy('医疗机构规章制度'), copy('医务人员执业资格证书')],
    basis: [institutions, '《医疗机构管理条例实施细则》'],
    special: [{ kind: 'site_inspection', maxDays: 10, note: '现场审核' }],
    extensionMaxDays: 15,
  }),
  m({
    code: 'WJW-002',
    name: ['医师执业注册', 'دوختۇرلۇق كەسپىنى تىزىملىتىش', 'Registering a physician'],
    type: 'licensing',
    limits: [20, 5],
    keywords: ['医师注册', '医师执业证书'],
    materials: [form('医师执业注册申请审核表'), copy('医师资格证书'), orig('近6个月内的健康体检证明'), copy('拟执业机构的聘用证明'), PHOTO],
    basis: ['《中华人民共和国医师法》', '《医师执业注册管理办法》'],
    online: 'full',
    visits: 0,
    delivery: ['electronic'],
  }),
  m({
    code: 'WJW-003',
    name: ['护士执业注册', 'سېستىرالىق كەسپىنى تىزىملىتىش', 'Registering a nurse'],
    type: 'licensing',
    limits: [20, 5],
    keywords: ['护士注册', '护士执业证书'],
    materials: [form('护士注册申请审核表'), copy('护士执业资格考试成绩合格证明'), copy('学历证书及专业学习中的临床实习证明'), orig('健康体检证明'), copy('医疗卫生机构拟聘用的相关材料')],
    basis: ['《护士条例》', '《护士执业注册管理办法》'],
    online: 'full',
    visits: 0,
    delivery: ['electronic'],
  }),
  m({
    code: 'WJW-004',
    name: ['出生医学证明首次签发', 'تۇغۇلۇش تېببىي ئىسپاتى بېرىش', 'Issuing a medical birth certificate'],
    type: 'public_service',
    limits: [0, 0],
    summary: '在医疗机构内出生的新生儿，由助产机构签发《出生医学证明》；窗口受理院外出生等情形的申请。',
    keywords: ['出生证', '出生医学证明', '新生儿'],
    materials: [orig('父母双方居民身份证'), orig('分娩医疗机构出具的分娩记录或住院病历')],
    basis: ['《中华人民共和国母婴保健法》', '《国家卫生计生委 公安部关于启用和规范管理新版〈出生医学证明〉的通知》'],
    delivery: ['window'],
  }),
  m({
    code: 'WJW-005',
    name: ['公共场所卫生许可', 'ئاممىۋى سورۇنلارنىڭ ساغلاملىق ئىجازىتى', 'Health licence for public places'],
    type: 'licensing',
    limits: [20, 10],
    keywords: ['卫生许可证', '理发店', '美容院', '宾馆卫生'],
    materials: [form('公共场所卫生许可申请表'), LICENCE, LEGAL_REP_ID, copy('公共场所地址方位示意图、平面图和卫生设施平面布局图'), copy('公共场所卫生检测或者评价报告'), copy('公共场所卫生管理制度'), defer('从业人员健康合格证明', 10, 'copy', '可于受理后补交')],
    basis: ['《公共场所卫生管理条例》', '《公共场所卫生管理条例实施细则》'],
    special: [{ kind: 'site_inspection', maxDays: 5 }],
  }),
  m({
    code: 'WJW-006',
    name: ['放射诊疗许可', 'رادىئاتسىيە ئارقىلىق تەكشۈرۈش-داۋالاش ئىجازىتى', 'Licence for radiological diagnosis and treatment'],
    type: 'licensing',
    limits: [20, 15],
    keywords: ['放射', 'X光', '放射诊疗许可证'],
    materials: [form('放射诊疗许可申请表'), copy('医疗机构执业许可证'), copy('放射诊疗建设项目竣工验收合格证明'), copy('放射诊疗设备清单及检测报告'), copy('放射工作人员资格证书及个人剂量监测资料')],
    basis: ['《中华人民共和国职业病防治法》', '《放射诊疗管理规定》'],
    special: [{ kind: 'testing', maxDays: 20, note: '放射防护检测' }],
  }),
] satisfies SeedMatter[]

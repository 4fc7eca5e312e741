import type {
  DeliveryMethod,
  MaterialForm,
  MatterLevel,
  MatterType,
  OnlineLevel,
  ParallelRefusalPolicy,
  SpecialProcedureKind,
} from '@yimin/shared'
import { materialNames } from '../material-names'
import type { SeedMatter } from '../types'

/**
 * Building blocks for the matter data files: a matter with sensible defaults (its department,
 * hall area and queue category per file; standard steps derived from the promised limit) and
 * the materials most service guides ask for. A file reads like the published guide.
 */

type Mat = NonNullable<SeedMatter['materials']>[number]

/** A material, named in Uyghur and English from the glossary (material-names.ts) where it has the Chinese name. */
const material = (name: string, form: MaterialForm, copies: number, more: Partial<Mat> = {}): Mat => ({
  name: { zh: name, ...materialNames[name] },
  form,
  copies,
  isRequired: true,
  isDeferrable: false,
  deferralDays: null,
  source: '申请人自备',
  note: '',
  ...more,
})

/** a required original (to be checked and returned unless kept) */
export const orig = (name: string, more: Partial<Mat> = {}) => material(name, 'original', 1, more)
/** a required copy */
export const copy = (name: string, copies = 1, more: Partial<Mat> = {}) =>
  material(name, 'copy', copies, more)
/** original to check and a copy to keep */
export const both = (name: string, more: Partial<Mat> = {}) => material(name, 'original_and_copy', 1, more)
/** an optional material ("如有", "需要时") */
export const opt = (name: string, form: MaterialForm = 'copy', note = '') =>
  material(name, form, 1, { isRequired: false, note })
/** 容缺: required, but the case may be accepted without it and it is supplied within `days` working days */
export const defer = (name: string, days: number, form: MaterialForm = 'copy', note = '') =>
  material(name, form, 1, { isDeferrable: true, deferralDays: days, note })
/** a form the department provides (申请表 …) */
export const form = (name: string) => material(name, 'original', 1, { source: '窗口领取或网上下载' })

// the materials nearly every guide asks for
export const ID = orig('申请人居民身份证')
export const ID_COPY = both('申请人居民身份证', { note: '核验原件，留存复印件' })
export const HUKOU = orig('居民户口簿')
export const PHOTO = orig('近期免冠彩色照片', { note: '符合证件照标准；窗口可免费现场采集' })
export const LICENCE = copy('营业执照', 1, { note: '加盖公章' })
export const LEGAL_REP_ID = copy('法定代表人身份证件')
export const AUTHORIZATION = opt('授权委托书及受托人身份证件', 'original', '委托他人办理时提供')
export const MARRIAGE = opt('结婚证', 'original_and_copy', '已婚的提供')

export const FREE: SeedMatter['fees'] = []

/** Standard steps for a promised limit (受理 → 审查 → 决定 → 送达); instant matters are done on the spot. */
export function stepsFor(promised: number): NonNullable<SeedMatter['steps']> {
  if (promised === 0)
    return [
      { name: '受理', limitDays: 0 },
      { name: '办结', limitDays: 0 },
    ]
  if (promised === 1)
    return [
      { name: '受理', limitDays: 0 },
      { name: '审查决定', limitDays: 1 },
      { name: '送达', limitDays: 0 },
    ]
  if (promised === 2)
    return [
      { name: '受理', limitDays: 1 },
      { name: '审查决定', limitDays: 1 },
      { name: '送达', limitDays: 0 },
    ]
  return [
    { name: '受理', limitDays: 1 },
    { name: '审查', limitDays: promised - 2 },
    { name: '决定', limitDays: 1 },
    { name: '送达', limitDays: 0 },
  ]
}

export interface MatterSpec {
  code: string
  /** Chinese (official), Uyghur, English */
  name: [string, string, string]
  type: MatterType
  /** 法定 and 承诺 working days (0 = 即办) */
  limits: [number, number]
  basis: string[]
  materials: NonNullable<SeedMatter['materials']>
  summary?: string
  keywords?: string[]
  conditions?: string[]
  fees?: SeedMatter['fees']
  steps?: SeedMatter['steps']
  parallel?: Array<{ department: string; limitDays: number; onRefusal?: ParallelRefusalPolicy }>
  special?: Array<{ kind: SpecialProcedureKind; maxDays: number; note?: string }>
  delivery?: DeliveryMethod[]
  online?: OnlineLevel
  visits?: number
  extensionMaxDays?: number
  intakeLimitDays?: number
  area?: string | null
  category?: string | null
  location?: string
  department?: string
  level?: MatterLevel
}

export interface FileDefaults {
  department: string
  level: MatterLevel
  area: string | null
  category: string | null
  location?: string
  delivery?: DeliveryMethod[]
  online?: OnlineLevel
}

/** A department's matter maker: `const m = matters({...}); export default [m({...}), …]`. */
export function matters(defaults: FileDefaults) {
  return (s: MatterSpec): SeedMatter => {
    const [legal, promised] = s.limits
    return {
      code: s.code,
      name: { zh: s.name[0], ug: s.name[1], en: s.name[2] },
      type: s.type,
      department: s.department ?? defaults.department,
      level: s.level ?? defaults.level,
      summary: s.summary ?? '',
      keywords: s.keywords ?? [],
      legalLimitDays: legal,
      promisedLimitDays: promised,
      intakeLimitDays: s.intakeLimitDays ?? (promised === 0 ? 0 : Math.min(5, promised)),
      extensionMaxDays: s.extensionMaxDays ?? (promised === 0 ? 0 : null),
      extensionApproverRole: 'approver',
      conditions: s.conditions ?? [],
      materials: s.materials,
      fees: s.fees ?? FREE,
      legalBasis: s.basis,
      steps: s.steps ?? stepsFor(promised),
      parallel: (s.parallel ?? []).map((p) => ({
        department: p.department,
        limitDays: p.limitDays,
        onRefusal: p.onRefusal ?? 'refuse_case',
      })),
      specialProcedures: (s.special ?? []).map((p) => ({
        kind: p.kind,
        maxDays: p.maxDays,
        note: p.note ?? '',
      })),
      delivery: s.delivery ?? defaults.delivery ?? ['window', 'post'],
      onlineLevel: s.online ?? defaults.online ?? 'prereview',
      visits: s.visits ?? 1,
      area: s.area === undefined ? defaults.area : s.area,
      locationNote: s.location ?? defaults.location ?? '',
      category: s.category === undefined ? defaults.category : s.category,
    }
  }
}

// legal bases cited by many matters
export const L = {
  licensing: '《中华人民共和国行政许可法》',
  passport: '《中华人民共和国护照法》',
  exitEntry: '《中华人民共和国出境入境管理法》',
  idCard: '《中华人民共和国居民身份证法》',
  hukou: '《中华人民共和国户口登记条例》',
  market: '《中华人民共和国市场主体登记管理条例》',
  marketRules: '《中华人民共和国市场主体登记管理条例实施细则》',
  taxAdmin: '《中华人民共和国税收征收管理法》',
  taxAdminRules: '《中华人民共和国税收征收管理法实施细则》',
  realEstate: '《不动产登记暂行条例》',
  realEstateRules: '《不动产登记暂行条例实施细则》',
  civilCode: '《中华人民共和国民法典》',
  fund: '《住房公积金管理条例》',
  socialInsurance: '《中华人民共和国社会保险法》',
  construction: '《中华人民共和国建筑法》',
  planning: '《中华人民共和国城乡规划法》',
  food: '《中华人民共和国食品安全法》',
  roadTransport: '《中华人民共和国道路运输条例》',
  eia: '《中华人民共和国环境影响评价法》',
  marriage: '《婚姻登记条例》',
  fireLaw: '《中华人民共和国消防法》',
  optimise: '《优化营商环境条例》',
}

// fees with their basis (most matters are free)
export const FEE = {
  passport: {
    name: '普通护照工本费',
    amount: 120,
    unit: '元/本',
    legalBasis: '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）',
  },
  hkMacauPass: {
    name: '往来港澳通行证工本费',
    amount: 60,
    unit: '元/证',
    legalBasis: '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）',
  },
  taiwanPass: {
    name: '往来台湾通行证工本费',
    amount: 80,
    unit: '元/证',
    legalBasis: '国家发展改革委、财政部 发改价格〔2017〕1186号',
  },
  endorsement: {
    name: '一次有效签注费',
    amount: 15,
    unit: '元/次',
    legalBasis: '国家发展改革委、财政部 发改价格〔2017〕1186号',
  },
  idCard: {
    name: '居民身份证工本费',
    amount: 20,
    unit: '元/证',
    legalBasis: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）',
  },
  idCardLost: {
    name: '居民身份证工本费（丢失补领、损坏换领）',
    amount: 40,
    unit: '元/证',
    legalBasis: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）',
  },
  tempIdCard: {
    name: '临时居民身份证工本费',
    amount: 10,
    unit: '元/证',
    legalBasis: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）',
  },
  estateHome: {
    name: '不动产登记费（住宅）',
    amount: 80,
    unit: '元/件',
    legalBasis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）',
  },
  estateOther: {
    name: '不动产登记费（非住宅）',
    amount: 550,
    unit: '元/件',
    legalBasis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）',
  },
  estateCert: {
    name: '不动产权属证书工本费（第一本免收，每增加一本）',
    amount: 10,
    unit: '元/本',
    legalBasis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）',
  },
}

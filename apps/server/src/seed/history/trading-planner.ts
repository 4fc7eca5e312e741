import type { ExpertSpecialtyName, TradingCategory, TradingMethod } from '@yimin/shared'
import { Random } from './random'

/**
 * The plan of the trading center's season in the demo history: which projects start on which
 * working day, what they buy or build, the bids of the three demo bidders and how each project
 * ends. Pure: the same seed and days give the same plan; the trading actor plays it through the
 * services at the legal timetable (the later steps of the latest projects fall on today or later
 * and do not happen, so those projects stand at every stage today).
 */

export interface TradingTemplate {
  /** the project's name; {d} is the district */
  name: string
  category: TradingCategory
  method: TradingMethod
  /** the supervising department's code (住建局 for works, 水务局 for water works, 发改委 for procurement) */
  department: 'ZJ' | 'SL' | 'FGW'
  specialty: ExpertSpecialtyName
  /** the tenderee's name after the district */
  owner: string
  /** budget range, yuan */
  budget: readonly [number, number]
  isLegallyRequired: boolean
  lot: string
  durationDays: number
}

export const TEMPLATES: readonly TradingTemplate[] = [
  {
    name: '{d}老旧小区市政道路改造工程施工',
    category: 'works',
    method: 'open_tender',
    department: 'ZJ',
    specialty: 'municipal',
    owner: '城市建设投资有限公司',
    budget: [6_000_000, 28_000_000],
    isLegallyRequired: true,
    lot: '施工',
    durationDays: 240,
  },
  {
    name: '{d}第二中学风雨操场新建工程施工',
    category: 'works',
    method: 'open_tender',
    department: 'ZJ',
    specialty: 'building',
    owner: '教育局',
    budget: [4_000_000, 12_000_000],
    isLegallyRequired: true,
    lot: '土建及安装工程',
    durationDays: 180,
  },
  {
    name: '{d}城乡供水管网改造工程施工',
    category: 'works',
    method: 'open_tender',
    department: 'SL',
    // 市政公用工程: the demo pool has six water engineers only, too few for committees of five week after week
    specialty: 'municipal',
    owner: '水务局',
    budget: [3_500_000, 15_000_000],
    isLegallyRequired: true,
    lot: '管网施工',
    durationDays: 150,
  },
  {
    name: '{d}农村公路提升改造工程施工',
    category: 'works',
    method: 'open_tender',
    department: 'ZJ',
    specialty: 'transport',
    owner: '交通运输局',
    budget: [5_000_000, 20_000_000],
    isLegallyRequired: true,
    lot: '路基路面工程',
    durationDays: 200,
  },
  {
    name: '{d}社区卫生服务中心医疗设备采购',
    category: 'procurement',
    method: 'open_tender',
    department: 'FGW',
    specialty: 'medical',
    owner: '卫生健康委员会',
    budget: [1_200_000, 6_000_000],
    isLegallyRequired: false,
    lot: '医疗设备',
    durationDays: 45,
  },
  {
    name: '{d}中小学教室照明改造采购',
    category: 'procurement',
    method: 'inquiry',
    department: 'FGW',
    specialty: 'electrical',
    owner: '教育局',
    budget: [300_000, 900_000],
    isLegallyRequired: false,
    lot: 'LED护眼灯具及安装',
    durationDays: 30,
  },
  {
    name: '{d}政务服务一网通办平台运维服务采购',
    category: 'procurement',
    method: 'competitive_consultation',
    department: 'FGW',
    specialty: 'it',
    owner: '政务服务和大数据管理局',
    budget: [800_000, 2_400_000],
    isLegallyRequired: false,
    lot: '运维服务',
    durationDays: 365,
  },
  {
    name: '{d}冬季除雪物资采购',
    category: 'procurement',
    method: 'inquiry',
    department: 'FGW',
    specialty: 'goods',
    owner: '城市管理局',
    budget: [400_000, 1_100_000],
    isLegallyRequired: false,
    lot: '融雪剂及除雪工具',
    durationDays: 20,
  },
  {
    name: '{d}政府投资项目全过程造价咨询服务采购',
    category: 'procurement',
    method: 'competitive_consultation',
    department: 'FGW',
    specialty: 'cost',
    owner: '财政投资评审中心',
    budget: [500_000, 1_500_000],
    isLegallyRequired: false,
    lot: '造价咨询服务',
    durationDays: 365,
  },
  {
    name: '{d}法律顾问服务采购',
    category: 'procurement',
    method: 'competitive_negotiation',
    department: 'FGW',
    specialty: 'law',
    owner: '司法局',
    budget: [200_000, 600_000],
    isLegallyRequired: false,
    lot: '常年法律顾问',
    durationDays: 365,
  },
]

export const DISTRICTS: ReadonlyArray<readonly [string, string]> = [
  ['天山区', '650102'],
  ['沙依巴克区', '650103'],
  ['新市区', '650104'],
  ['水磨沟区', '650105'],
  ['头屯河区', '650106'],
  ['达坂城区', '650107'],
  ['米东区', '650109'],
  ['乌鲁木齐县', '650121'],
]

/** How a project ends (when the history is long enough for it to end). */
export type TradingFate =
  /** awarded, contract signed, deposits returned */
  | 'complete'
  /** fewer than three bids: the opening fails (流标) and the project is terminated to re-tender */
  | 'failed'
  /** awarded, the contract not signed (the board's 30-day alert) */
  | 'no_contract'

export interface BidPlan {
  /** index of the demo bidder */
  bidder: number
  priceFen: number
  /** technical points (of 30) and credit points (of 10) the committee gives, before each member's own spread */
  tech: number
  credit: number
  /** replaces its first upload by a second version the next day */
  replaces: boolean
}

export interface TradingPlan {
  serial: number
  /** the working day the agency enters it, the center registers it and the announcement is published */
  start: string
  template: number
  district: number
  budgetFen: number
  /** the demo bidders that obtain documents; the first `bids.length` of them bid */
  holders: number
  bids: BidPlan[]
  fate: TradingFate
  /** an objection to the candidates during publicity, answered by the agency */
  objection: boolean
  /** a losing bidder's complaint to the supervising department, accepted and dismissed */
  complaint: boolean
  /** one invited expert declines (a replacement is drawn) */
  decline: boolean
  /** a deposit returned after the 5-day limit */
  lateDeposit: boolean
  /** working days from the award to the contract */
  contractAfter: number
}

export interface TradingPlanOptions {
  seed: number
  /** the history's working days, in order */
  dates: readonly string[]
  /** demo bidders (three) */
  bidders: number
}

/** Working days a project needs from its start to the contract (then it has surely ended). */
export const PIPELINE_WORKING_DAYS = 40

export function planTrading(o: TradingPlanOptions): TradingPlan[] {
  const r = new Random((o.seed ^ 0x7a3d1c5) >>> 0)
  const plans: TradingPlan[] = []
  /** working days from a plan's start to the end of the history */
  const left = new Map<TradingPlan, number>()
  for (const [i, date] of o.dates.entries()) {
    // two or three a week (and the quotations below): a working day starts one with this chance
    if (!r.chance(0.5)) continue
    const template = r.int(0, TEMPLATES.length - 1)
    const t = TEMPLATES[template]!
    const budgetYuan = Math.round(r.int(t.budget[0], t.budget[1]) / 1000) * 1000
    const bids = Array.from({ length: o.bidders }, (_, b): BidPlan => {
      const discount = 0.8 + 0.17 * r.next()
      return {
        bidder: b,
        priceFen: Math.round((budgetYuan * discount) / 100) * 10_000,
        tech: r.int(18, 28),
        credit: r.int(6, 10),
        replaces: r.chance(0.15),
      }
    })
    const plan: TradingPlan = {
      serial: plans.length + 1,
      start: date,
      template,
      district: r.int(0, DISTRICTS.length - 1),
      budgetFen: budgetYuan * 100,
      holders: o.bidders,
      bids,
      fate: 'complete',
      objection: false,
      complaint: false,
      decline: r.chance(0.2),
      lateDeposit: false,
      contractAfter: r.int(4, 14),
    }
    plans.push(plan)
    left.set(plan, o.dates.length - i)
  }
  // the events of the season that happen once, on projects old enough to end within the history
  const ending = plans.filter((p) => left.get(p)! >= PIPELINE_WORKING_DAYS)
  const pick = (pred: (p: TradingPlan) => boolean, from: number) =>
    ending.slice(from).find((p) => pred(p) && p.fate === 'complete' && !p.objection && !p.complaint)
  const failed = pick(() => true, Math.floor(ending.length / 3))
  if (failed) {
    failed.fate = 'failed'
    failed.bids = failed.bids.slice(0, 2)
  }
  const objection = pick(() => true, Math.floor(ending.length / 2))
  if (objection) objection.objection = true
  const complaint = pick((p) => TEMPLATES[p.template]!.department === 'ZJ', 1)
  if (complaint) complaint.complaint = true
  const late = pick((p) => !p.lateDeposit, 2)
  if (late) late.lateDeposit = true
  const unsigned = pick((p) => !p.lateDeposit, Math.floor((ending.length * 2) / 3))
  if (unsigned) unsigned.fate = 'no_contract'
  // quick quotations (询价: bids 4 working days after the announcement, evaluated the next day,
  // three days of publicity) placed so that today one stands at each stage: [working days before
  // today it starts, working days from its award to the contract]
  const inquiries = TEMPLATES.flatMap((t, i) => (t.method === 'inquiry' ? [i] : []))
  for (const [k, [back, contractAfter]] of STAGES_TODAY.entries()) {
    const date = o.dates[o.dates.length - back]
    if (!date) continue
    const template = inquiries[k % inquiries.length]!
    const t = TEMPLATES[template]!
    const budgetYuan = Math.round(r.int(t.budget[0], t.budget[1]) / 1000) * 1000
    plans.push({
      serial: 0,
      start: date,
      template,
      district: r.int(0, DISTRICTS.length - 1),
      budgetFen: budgetYuan * 100,
      holders: o.bidders,
      bids: Array.from({ length: o.bidders }, (_, b) => ({
        bidder: b,
        priceFen: Math.round((budgetYuan * (0.82 + 0.15 * r.next())) / 100) * 10_000,
        tech: r.int(18, 28),
        credit: r.int(6, 10),
        replaces: false,
      })),
      fate: 'complete',
      objection: false,
      complaint: false,
      decline: false,
      lateDeposit: false,
      contractAfter,
    })
  }
  plans.sort((a, b) => a.start.localeCompare(b.start))
  for (const [i, p] of plans.entries()) p.serial = i + 1
  return plans
}

/**
 * The quotations that stand at each stage today, by the working day they start (1 = yesterday):
 * announced; bids in, opening today; opened and the committee drawn, evaluation today; in
 * publicity; awarded, the contract to come; the contract signed.
 */
export const STAGES_TODAY: ReadonlyArray<readonly [number, number]> = [
  [1, 10],
  [4, 10],
  [5, 10],
  [6, 10],
  [11, 14],
  [16, 4],
]

/** The project's name in its district. */
export function projectName(p: TradingPlan): string {
  return TEMPLATES[p.template]!.name.replace('{d}', DISTRICTS[p.district]![0])
}

/** The tenderee's name: the district's body that owns the project. */
export function ownerName(p: TradingPlan): string {
  const t = TEMPLATES[p.template]!
  return `乌鲁木齐市${DISTRICTS[p.district]![0]}${t.owner}`
}

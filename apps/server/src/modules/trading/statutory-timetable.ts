import type { TimetableRule, TradingCategory, TradingMethod } from '@yimin/shared'

/**
 * The legal timetable of the trading center as shipped (version 0): the statutory minimum
 * periods and time limits, one row per step and category/method, each with its legal basis.
 * Administrators may publish later versions that make a rule stricter, never laxer (see
 * `assertNotLaxer`). docs/trading-center.md lists the table with notes on disputed readings.
 *
 * Abbreviations in `basis`:
 * - 招标投标法 (2017), 实施条例 = 招标投标法实施条例 (2019)
 * - 政府采购法 (2014), 采购条例 = 政府采购法实施条例 (2015)
 * - 87号令 = 政府采购货物和服务招标投标管理办法 (财政部令第87号)
 * - 74号令 = 政府采购非招标采购方式管理办法 (财政部令第74号)
 * - 磋商办法 = 政府采购竞争性磋商采购方式管理暂行办法 (财库〔2014〕214号)
 * - 94号令 = 政府采购质疑和投诉办法 (财政部令第94号)
 * - 39号令 = 招标拍卖挂牌出让国有建设用地使用权规定 (国土资源部令第39号)
 * - 矿业权规则 = 矿业权出让交易规则 (国土资规〔2017〕7号)
 * - 32号令 = 企业国有资产交易监督管理办法 (国资委 财政部令第32号)
 */
type Row = Omit<TimetableRule, 'note' | 'legallyRequiredOnly'> & {
  note?: string
  legallyRequiredOnly?: boolean
}

const TENDERS: TradingMethod[] = ['open_tender', 'invited_tender']
const NON_TENDER: TradingMethod[] = ['competitive_negotiation', 'inquiry']

const rows: Row[] = [
  // --- documents on sale (发售期) ---
  {
    id: 'works.documents_on_sale',
    step: 'documents_on_sale',
    categories: ['works'],
    methods: TENDERS,
    kind: 'min_after',
    days: 5,
    unit: 'calendar',
    basis: '招标投标法实施条例 第16条',
  },
  {
    id: 'procurement.tender.documents_on_sale',
    step: 'documents_on_sale',
    categories: ['procurement'],
    methods: TENDERS,
    kind: 'min_after',
    days: 5,
    unit: 'working',
    basis: '87号令 第24条',
  },
  {
    id: 'procurement.consultation.documents_on_sale',
    step: 'documents_on_sale',
    categories: ['procurement'],
    methods: ['competitive_consultation'],
    kind: 'min_after',
    days: 5,
    unit: 'working',
    basis: '磋商办法 第10条',
  },
  // --- from the documents' issue to the bid deadline ---
  {
    id: 'works.issue_to_deadline',
    step: 'issue_to_deadline',
    categories: ['works'],
    methods: TENDERS,
    legallyRequiredOnly: true,
    kind: 'min_after',
    days: 20,
    unit: 'calendar',
    basis: '招标投标法 第24条',
  },
  {
    id: 'procurement.tender.issue_to_deadline',
    step: 'issue_to_deadline',
    categories: ['procurement'],
    methods: TENDERS,
    kind: 'min_after',
    days: 20,
    unit: 'calendar',
    basis: '政府采购法 第35条; 87号令 第16条',
  },
  {
    id: 'procurement.consultation.issue_to_deadline',
    step: 'issue_to_deadline',
    categories: ['procurement'],
    methods: ['competitive_consultation'],
    kind: 'min_after',
    days: 10,
    unit: 'calendar',
    basis: '磋商办法 第9条',
  },
  {
    id: 'procurement.non_tender.issue_to_deadline',
    step: 'issue_to_deadline',
    categories: ['procurement'],
    methods: NON_TENDER,
    kind: 'min_after',
    days: 3,
    unit: 'working',
    basis: '74号令 第29条 (谈判), 第45条 (询价)',
  },
  // --- clarifications and changes that affect bid preparation ---
  {
    id: 'works.clarification_before_deadline',
    step: 'clarification_before_deadline',
    categories: ['works'],
    methods: TENDERS,
    kind: 'min_before',
    days: 15,
    unit: 'calendar',
    basis: '招标投标法 第23条; 实施条例 第21条',
  },
  {
    id: 'procurement.tender.clarification_before_deadline',
    step: 'clarification_before_deadline',
    categories: ['procurement'],
    methods: TENDERS,
    kind: 'min_before',
    days: 15,
    unit: 'calendar',
    basis: '87号令 第27条',
  },
  {
    id: 'procurement.consultation.clarification_before_deadline',
    step: 'clarification_before_deadline',
    categories: ['procurement'],
    methods: ['competitive_consultation'],
    kind: 'min_before',
    days: 5,
    unit: 'calendar',
    basis: '磋商办法 第10条',
  },
  {
    id: 'procurement.non_tender.clarification_before_deadline',
    step: 'clarification_before_deadline',
    categories: ['procurement'],
    methods: NON_TENDER,
    kind: 'min_before',
    days: 3,
    unit: 'working',
    basis: '74号令 第10条',
  },
  // --- objections to the documents (异议) ---
  {
    id: 'works.objection_before_deadline',
    step: 'objection_before_deadline',
    categories: ['works'],
    methods: TENDERS,
    kind: 'min_before',
    days: 10,
    unit: 'calendar',
    basis: '实施条例 第22条',
  },
  {
    id: 'works.objection_answer',
    step: 'objection_answer',
    categories: ['works'],
    methods: TENDERS,
    kind: 'max_after',
    days: 3,
    unit: 'calendar',
    basis: '实施条例 第22条, 第54条',
  },
  // --- candidates (中标候选人公示) ---
  {
    id: 'works.candidates_published',
    step: 'candidates_published',
    categories: ['works'],
    methods: TENDERS,
    legallyRequiredOnly: true,
    kind: 'max_after',
    days: 3,
    unit: 'calendar',
    basis: '实施条例 第54条',
  },
  {
    id: 'works.candidates_publicity',
    step: 'candidates_publicity',
    categories: ['works'],
    methods: TENDERS,
    legallyRequiredOnly: true,
    kind: 'min_after',
    days: 3,
    unit: 'calendar',
    basis: '实施条例 第54条',
    note: 'publicity "不得少于3日": the first day of publicity is not counted, so a publicity from the 1st ends on the 4th at the earliest',
  },
  // --- procurement results, challenges (质疑) ---
  {
    id: 'procurement.result_announced',
    step: 'result_announced',
    categories: ['procurement'],
    methods: [],
    kind: 'max_after',
    days: 2,
    unit: 'working',
    basis: '采购条例 第43条',
  },
  {
    id: 'procurement.result_publicity',
    step: 'result_publicity',
    categories: ['procurement'],
    methods: [],
    kind: 'min_after',
    days: 1,
    unit: 'working',
    basis: '采购条例 第43条',
    note: 'some secondary sources give 7 working days (the challenge period, 政府采购法 第52条); the regulation says 公告期限为1个工作日',
  },
  {
    id: 'procurement.challenge_filing',
    step: 'challenge_filing',
    categories: ['procurement'],
    methods: [],
    kind: 'max_after',
    days: 7,
    unit: 'working',
    basis: '政府采购法 第52条; 94号令 第10条',
  },
  {
    id: 'procurement.challenge_answer',
    step: 'challenge_answer',
    categories: ['procurement'],
    methods: [],
    kind: 'max_after',
    days: 7,
    unit: 'working',
    basis: '政府采购法 第53条; 94号令 第13条',
  },
  // --- contracts and reports ---
  {
    id: 'works.contract_signed',
    step: 'contract_signed',
    categories: ['works'],
    methods: TENDERS,
    kind: 'max_after',
    days: 30,
    unit: 'calendar',
    basis: '招标投标法 第46条',
  },
  {
    id: 'procurement.contract_signed',
    step: 'contract_signed',
    categories: ['procurement'],
    methods: [],
    kind: 'max_after',
    days: 30,
    unit: 'calendar',
    basis: '政府采购法 第46条',
  },
  {
    id: 'procurement.contract_filed',
    step: 'contract_filed',
    categories: ['procurement'],
    methods: [],
    kind: 'max_after',
    days: 7,
    unit: 'working',
    basis: '政府采购法 第47条',
  },
  {
    id: 'works.result_report',
    step: 'result_report',
    categories: ['works'],
    methods: TENDERS,
    legallyRequiredOnly: true,
    kind: 'max_after',
    days: 15,
    unit: 'calendar',
    basis: '招标投标法 第47条',
  },
  // --- land, mining rights, state property ---
  {
    id: 'land.announcement_before_trading',
    step: 'announcement_before_trading',
    categories: ['land'],
    methods: [],
    kind: 'min_after',
    days: 20,
    unit: 'calendar',
    basis: '39号令 第10条',
  },
  {
    id: 'land.listing_period',
    step: 'listing_period',
    categories: ['land'],
    methods: ['listing'],
    kind: 'min_after',
    days: 10,
    unit: 'calendar',
    basis: '39号令 第19条',
    note: 'the ministry rule says 不得少于10日 (calendar days); several provincial rules and secondary sources say 10 working days — a province may publish a stricter version',
  },
  {
    id: 'mining.announcement_before_trading',
    step: 'announcement_before_trading',
    categories: ['mining'],
    methods: [],
    kind: 'min_after',
    days: 20,
    unit: 'working',
    basis: '矿业权规则 第14条',
    note: 'provincial rules (e.g. 四川省矿业权出让网上交易规则) repeat 20 working days; the article number is to be checked against the gazette',
  },
  {
    id: 'mining.listing_period',
    step: 'listing_period',
    categories: ['mining'],
    methods: ['listing'],
    kind: 'min_after',
    days: 10,
    unit: 'working',
    basis: '矿业权规则 第20条',
    note: 'article number to be checked against the gazette',
  },
  {
    id: 'property.disclosure_period',
    step: 'disclosure_period',
    categories: ['property'],
    methods: [],
    kind: 'min_after',
    days: 20,
    unit: 'working',
    basis: '32号令 第13条',
  },
  // --- complaints (投诉) to the supervising department ---
  {
    id: 'works.complaint_filing',
    step: 'complaint_filing',
    categories: ['works'],
    methods: TENDERS,
    kind: 'max_after',
    days: 10,
    unit: 'calendar',
    basis: '实施条例 第60条',
  },
  {
    id: 'works.complaint_acceptance',
    step: 'complaint_acceptance',
    categories: ['works'],
    methods: TENDERS,
    kind: 'max_after',
    days: 3,
    unit: 'working',
    basis: '实施条例 第61条',
  },
  {
    id: 'works.complaint_decision',
    step: 'complaint_decision',
    categories: ['works'],
    methods: TENDERS,
    kind: 'max_after',
    days: 30,
    unit: 'working',
    basis: '实施条例 第61条',
  },
  {
    id: 'procurement.complaint_filing',
    step: 'complaint_filing',
    categories: ['procurement'],
    methods: [],
    kind: 'max_after',
    days: 15,
    unit: 'working',
    basis: '政府采购法 第55条',
  },
  {
    id: 'procurement.complaint_decision',
    step: 'complaint_decision',
    categories: ['procurement'],
    methods: [],
    kind: 'max_after',
    days: 30,
    unit: 'working',
    basis: '政府采购法 第56条',
  },
]

export const STATUTORY_TIMETABLE: readonly TimetableRule[] = rows.map((r) => ({
  ...r,
  legallyRequiredOnly: r.legallyRequiredOnly ?? false,
  note: r.note ?? null,
}))

/** Evaluation committee sizes (评标委员会 / 评审小组). */
export interface CommitteeRule {
  categories: TradingCategory[]
  methods: TradingMethod[]
  minMembers: number
  /** from this budget (fen) on, at least `minMembersLarge` */
  largeBudgetFen: number | null
  minMembersLarge: number | null
  isOdd: boolean
  /** experts' share of the members, at least */
  expertShare: number
  basis: string
}

export const COMMITTEE_RULES: readonly CommitteeRule[] = [
  {
    categories: ['works'],
    methods: TENDERS,
    minMembers: 5,
    largeBudgetFen: null,
    minMembersLarge: null,
    isOdd: true,
    expertShare: 2 / 3,
    basis: '招标投标法 第37条',
  },
  {
    categories: ['procurement'],
    methods: TENDERS,
    minMembers: 5,
    largeBudgetFen: 10_000_000 * 100,
    minMembersLarge: 7,
    isOdd: true,
    expertShare: 2 / 3,
    basis: '87号令 第47条',
  },
  {
    categories: ['procurement'],
    methods: ['competitive_negotiation', 'competitive_consultation', 'inquiry'],
    minMembers: 3,
    largeBudgetFen: null,
    minMembersLarge: null,
    isOdd: true,
    expertShare: 2 / 3,
    basis: '政府采购法 第38条, 第40条; 磋商办法 第14条',
  },
]

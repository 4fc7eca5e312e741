import type { SeedBundle } from './types'

/**
 * Bundles (一件事一次办): life events over several departments' matters, each with its lead
 * department, one form and (computed by the catalog) one deduplicated material list.
 */
const applicant: SeedBundle['form'] = [
  {
    key: 'applicantName',
    label: { zh: '申请人姓名', ug: 'ئىلتىماس قىلغۇچىنىڭ ئىسىم فامىلىسى', en: 'Applicant’s full name' },
    type: 'text',
    isRequired: true,
  },
  {
    key: 'idNumber',
    label: { zh: '公民身份号码', ug: 'كىملىك نومۇرى', en: 'Resident ID number' },
    type: 'id_number',
    isRequired: true,
  },
  {
    key: 'phone',
    label: { zh: '联系电话', ug: 'ئالاقە تېلېفونى', en: 'Contact phone' },
    type: 'phone',
    isRequired: true,
  },
]

/** `material` of each later matter is the result `from` issues within the bundle. */
const issues = (from: string, material: string, to: string[]): NonNullable<SeedBundle['feeds']> =>
  to.map((toMatterCode) => ({ fromMatterCode: from, toMatterCode, material }))

export const bundles: SeedBundle[] = [
  {
    code: 'YJS-KCG',
    name: { zh: '我要开餐馆', ug: 'ئاشخانا ئاچىمەن', en: 'Opening a restaurant' },
    description:
      '开办一家餐馆：营业执照、公章刻制、税务报到、食品经营许可、开业前消防安全检查、门头招牌和排水许可，一次申请、并联办理。',
    lead: 'SCJ',
    matters: ['SCJ-001', 'GA-001', 'SW-001', 'SCJ-004', 'XF-001', 'CG-002', 'SL-003'],
    // the business licence 企业设立登记 issues is not asked of the applicant
    feeds: issues('SCJ-001', '营业执照', ['GA-001', 'SW-001', 'SCJ-004', 'XF-001', 'CG-002', 'SL-003']),
    form: [
      ...applicant,
      {
        key: 'companyName',
        label: { zh: '拟用企业名称', ug: 'ئىشلىتىلمەكچى بولغان كارخانا نامى', en: 'Proposed company name' },
        type: 'text',
        isRequired: true,
      },
      {
        key: 'address',
        label: { zh: '经营场所地址', ug: 'تىجارەت ئورنىنىڭ ئادرېسى', en: 'Address of the business premises' },
        type: 'text',
        isRequired: true,
      },
      {
        key: 'area',
        label: {
          zh: '经营场所面积（平方米）',
          ug: 'تىجارەت ئورنىنىڭ كۆلىمى (كۋادرات مېتىر)',
          en: 'Floor area of the premises (m²)',
        },
        type: 'number',
        isRequired: true,
      },
      {
        key: 'cuisine',
        label: { zh: '餐饮类型', ug: 'تاماق تۈرى', en: 'Type of catering' },
        type: 'select',
        isRequired: true,
        options: [
          { zh: '热食类', ug: 'ئىسسىق تاماق', en: 'Hot food' },
          { zh: '冷食类', ug: 'سوغۇق تاماق', en: 'Cold food' },
          { zh: '生食类', ug: 'خام يېمەكلىك', en: 'Raw food' },
          { zh: '糕点类', ug: 'پىشۇرۇلغان يېمەكلىك (توقاچ-پېچىنە)', en: 'Pastries' },
          { zh: '自制饮品', ug: 'ئۆزى ياسىغان ئىچىملىك', en: 'Home-made drinks' },
        ],
      },
    ],
  },
  {
    code: 'YJS-QYKB',
    name: { zh: '企业开办', ug: 'كارخانا ئېچىش', en: 'Starting a business' },
    description:
      '营业执照、公章刻制、新办纳税人套餐与发票领用、社保登记、住房公积金缴存登记一表申请，一日办结。',
    lead: 'SCJ',
    matters: ['SCJ-001', 'GA-001', 'SW-001', 'SW-003', 'GJJ-001', 'RS-003'],
    feeds: issues('SCJ-001', '营业执照', ['GA-001', 'SW-001', 'GJJ-001']),
    form: [
      ...applicant,
      {
        key: 'companyName',
        label: { zh: '拟用企业名称', ug: 'ئىشلىتىلمەكچى بولغان كارخانا نامى', en: 'Proposed company name' },
        type: 'text',
        isRequired: true,
      },
      {
        key: 'registeredCapital',
        label: {
          zh: '注册资本（万元）',
          ug: 'تىزىملانغان مەبلەغ (10 مىڭ يۈەن)',
          en: 'Registered capital (10,000 yuan)',
        },
        type: 'number',
        isRequired: true,
      },
      {
        key: 'businessScope',
        label: { zh: '经营范围', ug: 'تىجارەت دائىرىسى', en: 'Business scope' },
        type: 'textarea',
        isRequired: true,
      },
    ],
  },
  {
    code: 'YJS-CS',
    name: { zh: '新生儿出生一件事', ug: 'يېڭى تۇغۇلغان بوۋاق ئىشلىرى', en: 'A new-born child' },
    description: '出生医学证明、出生登记（落户）、城乡居民医保参保登记、社会保障卡申领，一次提交、联办送达。',
    lead: 'WJW',
    matters: ['WJW-004', 'GA-HZ-004', 'YB-001', 'RS-001'],
    feeds: issues('WJW-004', '出生医学证明', ['GA-HZ-004', 'YB-001']),
    form: [
      ...applicant,
      {
        key: 'childName',
        label: { zh: '新生儿姓名', ug: 'بوۋاقنىڭ ئىسمى', en: 'Child’s name' },
        type: 'text',
        isRequired: true,
      },
      {
        key: 'birthDate',
        label: { zh: '出生日期', ug: 'تۇغۇلغان ۋاقتى', en: 'Date of birth' },
        type: 'date',
        isRequired: true,
      },
      {
        key: 'hospital',
        label: { zh: '出生医院', ug: 'تۇغۇلغان دوختۇرخانا', en: 'Hospital of birth' },
        type: 'text',
        isRequired: true,
      },
    ],
  },
  {
    code: 'YJS-GF',
    name: { zh: '我要买二手房', ug: 'ئىشلىتىلگەن ئۆي سېتىۋالىمەن', en: 'Buying a second-hand home' },
    description: '合同网签备案、交易税费申报、不动产转移登记、抵押登记与公积金提取，"一窗受理、集成服务"。',
    lead: 'BDC',
    matters: ['ZJ-008', 'SW-004', 'BDC-002', 'BDC-003', 'GJJ-002'],
    feeds: issues('SW-004', '完税凭证', ['BDC-002']),
    form: [
      ...applicant,
      {
        key: 'propertyAddress',
        label: { zh: '房屋坐落', ug: 'ئۆينىڭ ئورنى', en: 'Location of the property' },
        type: 'text',
        isRequired: true,
      },
      {
        key: 'certificateNumber',
        label: {
          zh: '不动产权证书号',
          ug: 'كۆچمەس مۈلۈك ھوقۇق گۇۋاھنامىسىنىڭ نومۇرى',
          en: 'Real estate title certificate number',
        },
        type: 'text',
        isRequired: true,
      },
      {
        key: 'price',
        label: { zh: '成交价格（元）', ug: 'سودا باھاسى (يۈەن)', en: 'Sale price (yuan)' },
        type: 'number',
        isRequired: true,
      },
      {
        key: 'loan',
        label: { zh: '是否贷款', ug: 'قەرز ئالامسىز', en: 'Loan' },
        type: 'select',
        isRequired: true,
        options: [
          { zh: '否', ug: 'ياق', en: 'No' },
          { zh: '商业贷款', ug: 'سودا قەرزى', en: 'Commercial loan' },
          { zh: '公积金贷款', ug: 'جامائەت زاپاس پۇلى قەرزى', en: 'Provident fund loan' },
          { zh: '组合贷款', ug: 'بىرلەشتۈرۈلگەن قەرز', en: 'Combined loan' },
        ],
      },
    ],
  },
  {
    code: 'YJS-TX',
    name: { zh: '退休一件事', ug: 'پېنسىيەگە چىقىش ئىشلىرى', en: 'Retirement' },
    description: '基本养老保险待遇申领、退休人员医保待遇核定、住房公积金退休提取一次办理。',
    lead: 'RS',
    matters: ['RS-005', 'YB-005', 'GJJ-004'],
    form: [
      ...applicant,
      {
        key: 'employer',
        label: {
          zh: '退休前工作单位',
          ug: 'پېنسىيەگە چىقىشتىن بۇرۇنقى خىزمەت ئورنى',
          en: 'Employer before retirement',
        },
        type: 'text',
        isRequired: true,
      },
      {
        key: 'retireDate',
        label: { zh: '退休日期', ug: 'پېنسىيەگە چىققان ۋاقتى', en: 'Date of retirement' },
        type: 'date',
        isRequired: true,
      },
    ],
  },
  {
    code: 'YJS-JH',
    name: {
      zh: '结婚落户一件事',
      ug: 'توي قىلىپ نوپۇسقا ئولتۇرۇش ئىشلىرى',
      en: 'Getting married and moving household registration',
    },
    description: '在水磨沟区办理结婚登记，同时申请投靠配偶迁入户口（区、市跨层级联办）。',
    lead: 'SMG-MZ',
    matters: ['SMG-MZ-001', 'GA-HZ-006'],
    feeds: issues('SMG-MZ-001', '结婚证', ['GA-HZ-006']),
    form: [
      ...applicant,
      {
        key: 'spouseName',
        label: { zh: '配偶姓名', ug: 'جۆرىسىنىڭ ئىسىم فامىلىسى', en: 'Spouse’s full name' },
        type: 'text',
        isRequired: true,
      },
      {
        key: 'spouseIdNumber',
        label: { zh: '配偶公民身份号码', ug: 'جۆرىسىنىڭ كىملىك نومۇرى', en: 'Spouse’s resident ID number' },
        type: 'id_number',
        isRequired: true,
      },
    ],
  },
  {
    code: 'YJS-SGXK',
    name: {
      zh: '工程建设项目施工许可阶段',
      ug: 'قۇرۇلۇش تۈرىنىڭ ئىشلەش ئىجازىتى باسقۇچى',
      en: 'Construction permit stage',
    },
    description: '消防设计审查、人防报建审批、建筑垃圾处置核准与建筑工程施工许可并联办理，住建局牵头。',
    lead: 'ZJ',
    matters: ['ZJ-005', 'RF-001', 'CG-001', 'ZJ-001'],
    form: [
      {
        key: 'projectName',
        label: { zh: '项目名称', ug: 'تۈر نامى', en: 'Project name' },
        type: 'text',
        isRequired: true,
      },
      {
        key: 'projectCode',
        label: { zh: '项目代码', ug: 'تۈر نومۇرى', en: 'Project code' },
        type: 'text',
        isRequired: true,
      },
      {
        key: 'builder',
        label: { zh: '建设单位', ug: 'قۇرۇلۇش ئورنى', en: 'Developer' },
        type: 'text',
        isRequired: true,
      },
      {
        key: 'contact',
        label: { zh: '联系电话', ug: 'ئالاقە تېلېفونى', en: 'Contact phone' },
        type: 'phone',
        isRequired: true,
      },
      {
        key: 'floorArea',
        label: {
          zh: '建筑面积（平方米）',
          ug: 'قۇرۇلۇش كۆلىمى (كۋادرات مېتىر)',
          en: 'Gross floor area (m²)',
        },
        type: 'number',
        isRequired: true,
      },
    ],
  },
]

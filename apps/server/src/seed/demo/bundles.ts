import type { SeedBundle } from './types'

/**
 * Bundles (一件事一次办): life events over several departments' matters, each with its lead
 * department, one form and (computed by the catalog) one deduplicated material list.
 */
const applicant: SeedBundle['form'] = [
  { key: 'applicantName', label: '申请人姓名', labelUg: 'ئىلتىماس قىلغۇچىنىڭ ئىسىم فامىلىسى', labelEn: 'Applicant’s full name', type: 'text', isRequired: true },
  { key: 'idNumber', label: '公民身份号码', labelUg: 'كىملىك نومۇرى', labelEn: 'Resident ID number', type: 'id_number', isRequired: true },
  { key: 'phone', label: '联系电话', labelUg: 'ئالاقە تېلېفونى', labelEn: 'Contact phone', type: 'phone', isRequired: true },
]

export const bundles: SeedBundle[] = [
  {
    code: 'YJS-KCG',
    name: '我要开餐馆',
    nameUg: 'ئاشخانا ئاچىمەن',
    nameEn: 'Opening a restaurant',
    description: '开办一家餐馆：营业执照、公章刻制、税务报到、食品经营许可、开业前消防安全检查、门头招牌和排水许可，一次申请、并联办理。',
    lead: 'SCJ',
    matters: ['SCJ-001', 'GA-001', 'SW-001', 'SCJ-004', 'XF-001', 'CG-002', 'SL-003'],
    form: [
      ...applicant,
      { key: 'companyName', label: '拟用企业名称', labelUg: 'ئىشلىتىلمەكچى بولغان كارخانا نامى', labelEn: 'Proposed company name', type: 'text', isRequired: true },
      { key: 'address', label: '经营场所地址', labelUg: 'تىجارەت ئورنىنىڭ ئادرېسى', labelEn: 'Address of the business premises', type: 'text', isRequired: true },
      { key: 'area', label: '经营场所面积（平方米）', labelUg: 'تىجارەت ئورنىنىڭ كۆلىمى (كۋادرات مېتىر)', labelEn: 'Floor area of the premises (m²)', type: 'number', isRequired: true },
      { key: 'cuisine', label: '餐饮类型', labelUg: 'تاماق تۈرى', labelEn: 'Type of catering', type: 'select', isRequired: true, options: ['热食类', '冷食类', '生食类', '糕点类', '自制饮品'], optionsUg: ['ئىسسىق تاماق', 'سوغۇق تاماق', 'خام يېمەكلىك', 'پىشۇرۇلغان يېمەكلىك (توقاچ-پېچىنە)', 'ئۆزى ياسىغان ئىچىملىك'], optionsEn: ['Hot food', 'Cold food', 'Raw food', 'Pastries', 'Home-made drinks'] },
    ],
  },
  {
    code: 'YJS-QYKB',
    name: '企业开办',
    nameUg: 'كارخانا ئېچىش',
    nameEn: 'Starting a business',
    description: '营业执照、公章刻制、新办纳税人套餐与发票领用、社保登记、住房公积金缴存登记一表申请，一日办结。',
    lead: 'SCJ',
    matters: ['SCJ-001', 'GA-001', 'SW-001', 'SW-003', 'GJJ-001', 'RS-003'],
    form: [
      ...applicant,
      { key: 'companyName', label: '拟用企业名称', labelUg: 'ئىشلىتىلمەكچى بولغان كارخانا نامى', labelEn: 'Proposed company name', type: 'text', isRequired: true },
      { key: 'registeredCapital', label: '注册资本（万元）', labelUg: 'تىزىملانغان مەبلەغ (10 مىڭ يۈەن)', labelEn: 'Registered capital (10,000 yuan)', type: 'number', isRequired: true },
      { key: 'businessScope', label: '经营范围', labelUg: 'تىجارەت دائىرىسى', labelEn: 'Business scope', type: 'textarea', isRequired: true },
    ],
  },
  {
    code: 'YJS-CS',
    name: '新生儿出生一件事',
    nameUg: 'يېڭى تۇغۇلغان بوۋاق ئىشلىرى',
    nameEn: 'A new-born child',
    description: '出生医学证明、出生登记（落户）、城乡居民医保参保登记、社会保障卡申领，一次提交、联办送达。',
    lead: 'WJW',
    matters: ['WJW-004', 'GA-HZ-004', 'YB-001', 'RS-001'],
    form: [
      ...applicant,
      { key: 'childName', label: '新生儿姓名', labelUg: 'بوۋاقنىڭ ئىسمى', labelEn: 'Child’s name', type: 'text', isRequired: true },
      { key: 'birthDate', label: '出生日期', labelUg: 'تۇغۇلغان ۋاقتى', labelEn: 'Date of birth', type: 'date', isRequired: true },
      { key: 'hospital', label: '出生医院', labelUg: 'تۇغۇلغان دوختۇرخانا', labelEn: 'Hospital of birth', type: 'text', isRequired: true },
    ],
  },
  {
    code: 'YJS-GF',
    name: '我要买二手房',
    nameUg: 'ئىشلىتىلگەن ئۆي سېتىۋالىمەن',
    nameEn: 'Buying a second-hand home',
    description: '合同网签备案、交易税费申报、不动产转移登记、抵押登记与公积金提取，"一窗受理、集成服务"。',
    lead: 'BDC',
    matters: ['ZJ-008', 'SW-004', 'BDC-002', 'BDC-003', 'GJJ-002'],
    form: [
      ...applicant,
      { key: 'propertyAddress', label: '房屋坐落', labelUg: 'ئۆينىڭ ئورنى', labelEn: 'Location of the property', type: 'text', isRequired: true },
      { key: 'certificateNumber', label: '不动产权证书号', labelUg: 'كۆچمەس مۈلۈك ھوقۇق گۇۋاھنامىسىنىڭ نومۇرى', labelEn: 'Real estate title certificate number', type: 'text', isRequired: true },
      { key: 'price', label: '成交价格（元）', labelUg: 'سودا باھاسى (يۈەن)', labelEn: 'Sale price (yuan)', type: 'number', isRequired: true },
      { key: 'loan', label: '是否贷款', labelUg: 'قەرز ئالامسىز', labelEn: 'Loan', type: 'select', isRequired: true, options: ['否', '商业贷款', '公积金贷款', '组合贷款'], optionsUg: ['ياق', 'سودا قەرزى', 'جامائەت زاپاس پۇلى قەرزى', 'بىرلەشتۈرۈلگەن قەرز'], optionsEn: ['No', 'Commercial loan', 'Provident fund loan', 'Combined loan'] },
    ],
  },
  {
    code: 'YJS-TX',
    name: '退休一件事',
    nameUg: 'پېنسىيەگە چىقىش ئىشلىرى',
    nameEn: 'Retirement',
    description: '基本养老保险待遇申领、退休人员医保待遇核定、住房公积金退休提取一次办理。',
    lead: 'RS',
    matters: ['RS-005', 'YB-005', 'GJJ-004'],
    form: [...applicant, { key: 'employer', label: '退休前工作单位', labelUg: 'پېنسىيەگە چىقىشتىن بۇرۇنقى خىزمەت ئورنى', labelEn: 'Employer before retirement', type: 'text', isRequired: true }, { key: 'retireDate', label: '退休日期', labelUg: 'پېنسىيەگە چىققان ۋاقتى', labelEn: 'Date of retirement', type: 'date', isRequired: true }],
  },
  {
    code: 'YJS-JH',
    name: '结婚落户一件事',
    nameUg: 'توي قىلىپ نوپۇسقا ئولتۇرۇش ئىشلىرى',
    nameEn: 'Getting married and moving household registration',
    description: '在水磨沟区办理结婚登记，同时申请投靠配偶迁入户口（区、市跨层级联办）。',
    lead: 'SMG-MZ',
    matters: ['SMG-MZ-001', 'GA-HZ-006'],
    form: [...applicant, { key: 'spouseName', label: '配偶姓名', labelUg: 'جۆرىسىنىڭ ئىسىم فامىلىسى', labelEn: 'Spouse’s full name', type: 'text', isRequired: true }, { key: 'spouseIdNumber', label: '配偶公民身份号码', labelUg: 'جۆرىسىنىڭ كىملىك نومۇرى', labelEn: 'Spouse’s resident ID number', type: 'id_number', isRequired: true }],
  },
  {
    code: 'YJS-SGXK',
    name: '工程建设项目施工许可阶段',
    nameUg: 'قۇرۇلۇش تۈرىنىڭ ئىشلەش ئىجازىتى باسقۇچى',
    nameEn: 'Construction permit stage',
    description: '消防设计审查、人防报建审批、建筑垃圾处置核准与建筑工程施工许可并联办理，住建局牵头。',
    lead: 'ZJ',
    matters: ['ZJ-005', 'RF-001', 'CG-001', 'ZJ-001'],
    form: [
      { key: 'projectName', label: '项目名称', labelUg: 'تۈر نامى', labelEn: 'Project name', type: 'text', isRequired: true },
      { key: 'projectCode', label: '项目代码', labelUg: 'تۈر نومۇرى', labelEn: 'Project code', type: 'text', isRequired: true },
      { key: 'builder', label: '建设单位', labelUg: 'قۇرۇلۇش ئورنى', labelEn: 'Developer', type: 'text', isRequired: true },
      { key: 'contact', label: '联系电话', labelUg: 'ئالاقە تېلېفونى', labelEn: 'Contact phone', type: 'phone', isRequired: true },
      { key: 'floorArea', label: '建筑面积（平方米）', labelUg: 'قۇرۇلۇش كۆلىمى (كۋادرات مېتىر)', labelEn: 'Gross floor area (m²)', type: 'number', isRequired: true },
    ],
  },
]

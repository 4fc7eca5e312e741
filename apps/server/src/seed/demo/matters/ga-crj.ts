import type { SeedMatter } from '../types'
import { FEE, L, PHOTO, copy, defer, form, matters, opt, orig } from './kit'

/** 出入境管理支队: passports and travel documents (windows 3–8, tickets A). */
const m = matters({
  department: 'GA-CRJ',
  level: 'city',
  area: 'CITY',
  category: 'CRJ',
  location: '一楼 3–8 号窗口',
  online: 'prereview',
  delivery: ['window', 'post'],
})
const ID = orig('居民身份证')
const basis = [L.passport, L.exitEntry, '《中华人民共和国普通护照和出入境通行证签发管理办法》']
const hkBasis = ['《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》', L.exitEntry]
const twBasis = ['《中国公民往来台湾地区管理办法》', L.exitEntry]
/** The matter's own application form fields (申请表 items), asked at the window. */
const withForm = (matter: SeedMatter, formFields: NonNullable<SeedMatter['formFields']>): SeedMatter => ({
  ...matter,
  formFields,
})

export default [
  withForm(
    m({
      code: 'GA-CRJ-001',
      name: ['普通护照签发', 'ئادەتتىكى پاسپورت بېرىش', 'Issuing an ordinary passport'],
      type: 'licensing',
      limits: [15, 7],
      summary:
        '中国公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国的，向户籍所在地县级以上公安机关出入境管理机构申请普通护照。',
      keywords: ['护照', '出国', '办护照', '首次申领'],
      conditions: [
        '具有中华人民共和国国籍',
        '在乌鲁木齐市有常住户口，或符合异地受理条件',
        '未满16周岁的须由监护人陪同',
      ],
      materials: [
        ID,
        form('中国公民出入境证件申请表'),
        PHOTO,
        opt('监护人居民身份证及监护关系证明', 'original', '未满16周岁者提供'),
        opt('国家工作人员出国（境）审批意见', 'original', '登记备案的国家工作人员提供'),
      ],
      fees: [FEE.passport],
      basis,
      extensionMaxDays: 15,
      special: [],
    }),
    [
      // optional, checked when given (the window asks; other journeys file passports without them)
      {
        key: 'destinationCountry',
        label: { zh: '前往国家（地区）', ug: 'بارىدىغان دۆلەت (رايون)', en: 'Destination country (region)' },
        type: 'text',
        maxLength: 100,
      },
      {
        key: 'purpose',
        label: { zh: '出境事由', ug: 'چىقىش سەۋەبى', en: 'Purpose of travel' },
        type: 'select',
        options: [
          { zh: '旅游', ug: 'ساياھەت', en: 'Tourism' },
          { zh: '探亲访友', ug: 'تۇغقان-دوست يوقلاش', en: 'Visiting family or friends' },
          { zh: '学习', ug: 'ئوقۇش', en: 'Study' },
          { zh: '就业', ug: 'ئىشقا ئورۇنلىشىش', en: 'Work' },
          { zh: '商务', ug: 'سودا', en: 'Business' },
          { zh: '定居', ug: 'ئولتۇراقلىشىش', en: 'Settling abroad' },
          { zh: '其他', ug: 'باشقا', en: 'Other' },
        ],
      },
      {
        key: 'plannedDeparture',
        label: { zh: '计划出境日期', ug: 'پىلانلانغان چىقىش ۋاقتى', en: 'Planned departure date' },
        type: 'date',
      },
    ],
  ),
  m({
    code: 'GA-CRJ-002',
    name: ['普通护照换发', 'ئادەتتىكى پاسپورتنى يېڭىلاش', 'Renewing an ordinary passport'],
    type: 'licensing',
    limits: [15, 7],
    summary: '护照有效期即将届满、签证页即将使用完毕或者登记项目发生变更的，可以申请换发。',
    keywords: ['护照', '换护照', '护照到期'],
    conditions: ['持有的普通护照有效期不足6个月，或签证页即将用完，或登记事项变更'],
    materials: [ID, form('中国公民出入境证件申请表'), PHOTO, orig('原普通护照')],
    fees: [FEE.passport],
    basis,
    extensionMaxDays: 15,
  }),
  m({
    code: 'GA-CRJ-003',
    name: ['普通护照补发', 'ئادەتتىكى پاسپورتنى تولۇقلاپ بېرىش', 'Replacing a lost ordinary passport'],
    type: 'licensing',
    limits: [15, 7],
    keywords: ['护照', '护照丢失', '补办护照'],
    conditions: ['普通护照损毁、遗失或者被盗'],
    materials: [
      ID,
      form('中国公民出入境证件申请表'),
      PHOTO,
      form('证件损毁、遗失、被盗情况说明'),
      opt('损毁的原普通护照', 'original', '损毁的交回'),
    ],
    fees: [FEE.passport],
    basis,
    extensionMaxDays: 15,
  }),
  withForm(
    m({
      code: 'GA-CRJ-004',
      name: [
        '往来港澳通行证签发',
        'شياڭگاڭ-ئاۋمېنغا بېرىپ-كېلىش گۇۋاھنامىسى بېرىش',
        'Issuing an exit-entry permit for Hong Kong and Macao',
      ],
      type: 'licensing',
      limits: [30, 7],
      keywords: ['港澳通行证', '香港', '澳门', '港澳'],
      materials: [
        ID,
        form('中国公民出入境证件申请表'),
        PHOTO,
        opt('原往来港澳通行证', 'original', '换发的交回'),
      ],
      fees: [FEE.hkMacauPass, FEE.endorsement],
      basis: hkBasis,
    }),
    [
      {
        key: 'destination',
        label: { zh: '前往地', ug: 'بارىدىغان جاي', en: 'Destination' },
        type: 'select',
        isRequired: true,
        options: [
          { zh: '香港', ug: 'شياڭگاڭ', en: 'Hong Kong' },
          { zh: '澳门', ug: 'ئاۋمېن', en: 'Macao' },
          { zh: '香港和澳门', ug: 'شياڭگاڭ ۋە ئاۋمېن', en: 'Hong Kong and Macao' },
        ],
      },
      {
        key: 'endorsementKind',
        label: { zh: '签注种类', ug: 'ۋىزا تۈرى', en: 'Endorsement type' },
        type: 'select',
        isRequired: true,
        options: [
          { zh: '旅游', ug: 'ساياھەت', en: 'Tourism' },
          { zh: '探亲', ug: 'تۇغقان يوقلاش', en: 'Family visit' },
          { zh: '商务', ug: 'سودا', en: 'Business' },
          { zh: '其他', ug: 'باشقا', en: 'Other' },
        ],
      },
      {
        key: 'entries',
        label: { zh: '签注次数', ug: 'ۋىزا قېتىم سانى', en: 'Number of entries' },
        type: 'number',
        isRequired: true,
        min: 1,
        max: 2,
      },
    ],
  ),
  m({
    code: 'GA-CRJ-005',
    name: [
      '往来港澳通行证再次签注',
      'شياڭگاڭ-ئاۋمېنغا قايتا ۋىزا قىلىش',
      'Hong Kong and Macao endorsement (repeat)',
    ],
    type: 'licensing',
    limits: [30, 0],
    summary: '持有效电子往来港澳通行证的，可在自助签注设备或窗口即时办理旅游签注。',
    keywords: ['港澳签注', '签注', '自助签注'],
    materials: [ID, orig('电子往来港澳通行证')],
    fees: [FEE.endorsement],
    basis: hkBasis,
    online: 'full',
    delivery: ['window'],
  }),
  m({
    code: 'GA-CRJ-006',
    name: [
      '往来台湾通行证签发',
      'تەيۋەنگە بېرىپ-كېلىش گۇۋاھنامىسى بېرىش',
      'Issuing an exit-entry permit for Taiwan',
    ],
    type: 'licensing',
    limits: [15, 7],
    summary: '大陆居民前往台湾地区旅游、探亲、商务等，申请往来台湾通行证及签注。',
    keywords: ['台湾通行证', '台湾', '赴台', '台胞'],
    materials: [
      ID,
      form('中国公民出入境证件申请表'),
      PHOTO,
      opt('原往来台湾通行证', 'original', '换发的交回'),
    ],
    fees: [FEE.taiwanPass, FEE.endorsement],
    basis: twBasis,
  }),
  m({
    code: 'GA-CRJ-007',
    name: ['赴台签注签发', 'تەيۋەنگە بېرىش ۋىزىسى', 'Taiwan visit endorsement'],
    type: 'licensing',
    limits: [15, 7],
    keywords: ['赴台签注', '台湾签注'],
    materials: [ID, orig('往来台湾通行证'), opt('赴台事由证明材料', 'copy', '探亲、商务等签注提供')],
    fees: [FEE.endorsement],
    basis: twBasis,
  }),
  m({
    code: 'GA-CRJ-008',
    name: [
      '外国人工作类居留许可签发',
      'چەتئەللىكلەرنىڭ خىزمەت تۈرىدىكى تۇرۇش ئىجازىتى',
      'Residence permit for foreigners (work)',
    ],
    type: 'licensing',
    limits: [15, 10],
    keywords: ['外国人居留', '居留许可', '外籍'],
    materials: [
      orig('外国人护照'),
      form('外国人签证证件申请表'),
      PHOTO,
      copy('外国人工作许可证'),
      copy('聘用单位营业执照或登记证书'),
      orig('聘用单位出具的函件'),
      defer('境外人员住宿登记表', 5, 'copy', '可于受理后补交'),
    ],
    basis: [L.exitEntry, '《中华人民共和国外国人入境出境管理条例》'],
    visits: 2,
  }),
] satisfies SeedMatter[]

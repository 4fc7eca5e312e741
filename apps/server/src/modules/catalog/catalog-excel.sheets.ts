import {
  deliveryMethodLabels,
  type formFieldTypes,
  materialFormLabels,
  matterLevelLabels,
  matterTypeLabels,
  onlineLevelLabels,
  parallelRefusalLabels,
  specialProcedureLabels,
  type Role,
} from '@yimin/shared'
import {
  boolColumn,
  choicesColumns,
  enumColumn,
  intColumn,
  localizedColumns,
  listColumn,
  numberColumn,
  refColumn,
  textColumn,
  type Column,
} from './catalog-excel.columns'

/**
 * The catalog workbook: one sheet per element list, each row keyed by the matter's (or
 * bundle's) code and a sequence number (序号) that keeps the document's order. The column order
 * is stable: exports always write these columns in this order; imports find them by header.
 */

const roleLabels: Record<Role, string> = {
  admin: '管理员',
  clerk: '窗口人员',
  handler: '承办人',
  reviewer: '审核人',
  approver: '批准人',
  supervisor: '监察人员',
  trading_staff: '交易中心人员',
  trading_agency: '招标代理机构',
  trading_tenderee: '招标人',
  trading_supervisor: '交易监督人员',
  trading_bidder: '投标人',
}
const fieldTypeLabels: Record<(typeof formFieldTypes)[number], string> = {
  text: '文本',
  textarea: '多行文本',
  number: '数字',
  date: '日期',
  id_number: '身份证号',
  phone: '手机号',
  select: '选项',
}

export interface SheetSpec {
  name: string
  /** the parent key column (matter or bundle code) */
  owner: 'matter' | 'bundle'
  /** the document list the rows fill; null for the parent sheets */
  list: string | null
  columns: Array<Column<unknown>>
}

const OWNER = '事项编码'
const BUNDLE_OWNER = '一件事编码'
export const SEQ = '序号'
const ownerColumn = (header: string): Column<unknown> => textColumn(header, '_owner')
const seqColumn: Column<unknown> = intColumn(SEQ, '_seq')

export const mattersSheet: SheetSpec = {
  name: '事项',
  owner: 'matter',
  list: null,
  columns: [
    textColumn(OWNER, 'code'),
    ...localizedColumns('name', '事项名称'),
    enumColumn('事项类型', 'type', matterTypeLabels),
    refColumn('实施部门编码', 'departmentId', 'department'),
    enumColumn('行使层级', 'level', matterLevelLabels),
    intColumn('法定时限(工作日)', 'legalLimitDays'),
    intColumn('承诺时限(工作日)', 'promisedLimitDays'),
    intColumn('受理时限(工作日)', 'intakeLimitDays'),
    intColumn('延期上限(工作日)', 'extensionMaxDays', { nullable: true }),
    enumColumn('延期审批角色', 'extensionApproverRole', roleLabels),
    listColumn('申请条件', 'conditions', '\n'),
    listColumn('设定依据', 'legalBasis', '\n'),
    listColumn('关键词', 'keywords', '、'),
    listColumn('送达方式', 'delivery', '、', deliveryMethodLabels),
    enumColumn('网办深度', 'onlineLevel', onlineLevelLabels),
    intColumn('到现场次数', 'visits'),
    refColumn('办理区域编码', 'hallAreaId', 'area', { nullable: true }),
    textColumn('办理地点', 'locationNote'),
    refColumn('排队类别编码', 'queueCategoryId', 'category', { nullable: true }),
    textColumn('事项说明', 'summary'),
  ],
}

export const childSheets: SheetSpec[] = [
  {
    name: '材料',
    owner: 'matter',
    list: 'materials',
    columns: [
      ownerColumn(OWNER),
      seqColumn,
      ...localizedColumns('name', '材料名称'),
      enumColumn('材料形式', 'form', materialFormLabels),
      intColumn('份数', 'copies'),
      boolColumn('是否必需', 'isRequired'),
      boolColumn('是否容缺', 'isDeferrable'),
      intColumn('容缺补交时限(工作日)', 'deferralDays', { nullable: true }),
      textColumn('来源渠道', 'source'),
      textColumn('备注', 'note'),
    ],
  },
  {
    name: '收费',
    owner: 'matter',
    list: 'fees',
    columns: [
      ownerColumn(OWNER),
      seqColumn,
      textColumn('收费项目', 'name'),
      numberColumn('金额(元)', 'amount'),
      textColumn('计费单位', 'unit'),
      textColumn('收费依据', 'legalBasis'),
    ],
  },
  {
    name: '环节',
    owner: 'matter',
    list: 'steps',
    columns: [
      ownerColumn(OWNER),
      seqColumn,
      textColumn('环节名称', 'name'),
      intColumn('时限(工作日)', 'limitDays'),
    ],
  },
  {
    name: '并联部门',
    owner: 'matter',
    list: 'parallelDepartments',
    columns: [
      ownerColumn(OWNER),
      seqColumn,
      refColumn('部门编码', 'departmentId', 'department'),
      intColumn('时限(工作日)', 'limitDays'),
      enumColumn('不同意时处理', 'onRefusal', parallelRefusalLabels),
    ],
  },
  {
    name: '特别程序',
    owner: 'matter',
    list: 'specialProcedures',
    columns: [
      ownerColumn(OWNER),
      seqColumn,
      enumColumn('程序类型', 'kind', specialProcedureLabels),
      intColumn('最长时限(工作日)', 'maxDays'),
      textColumn('说明', 'note'),
    ],
  },
]

export const bundlesSheet: SheetSpec = {
  name: '一件事',
  owner: 'bundle',
  list: null,
  columns: [
    textColumn(BUNDLE_OWNER, 'code'),
    ...localizedColumns('name', '名称'),
    refColumn('牵头部门编码', 'leadDepartmentId', 'department'),
    textColumn('情形说明', 'description'),
    listColumn('包含事项编码', 'matterCodes', '、'),
  ],
}

export const bundleFormSheet: SheetSpec = {
  name: '一件事表单',
  owner: 'bundle',
  list: 'form',
  columns: [
    ownerColumn(BUNDLE_OWNER),
    seqColumn,
    textColumn('字段键', 'key'),
    ...localizedColumns('label', '字段名称', { ug: '维吾尔文字段名称', en: '英文字段名称' }),
    enumColumn('字段类型', 'type', fieldTypeLabels),
    boolColumn('是否必填', 'isRequired'),
    ...choicesColumns('选项', 'options', { ug: '维吾尔文选项', en: '英文选项' }),
  ],
}

/** Every sheet, in workbook order. */
export const allSheets: SheetSpec[] = [mattersSheet, ...childSheets, bundlesSheet, bundleFormSheet]

import type { SeedStaff } from './types'

/**
 * Staff accounts (listed in README.md), all with the demo password. The six original accounts
 * keep their usernames; the clerk staffs window 5 (出入境) and the handler, reviewer and approver
 * work in the 出入境管理支队. Further accounts cover the other busy departments.
 */
export const DEMO_PASSWORD = 'yimin-demo-2016'

const one = (role: SeedStaff['grants'][number]['role'], department: string | null) => [{ role, department }]

export const staff: SeedStaff[] = [
  { username: 'admin', displayName: '系统管理员', grants: one('admin', null) },
  { username: 'clerk', displayName: '窗口人员 李娜', grants: one('clerk', 'GA-CRJ') },
  { username: 'handler', displayName: '承办人 王强', grants: one('handler', 'GA-CRJ'), phone: '13899100015' },
  { username: 'reviewer', displayName: '审核人 张敏', grants: one('reviewer', 'GA-CRJ') },
  { username: 'approver', displayName: '批准人 刘伟', grants: one('approver', 'GA-CRJ') },
  { username: 'supervisor', displayName: '电子监察 赵静', grants: one('supervisor', null) },
  { username: 'hz-clerk', displayName: '户政窗口 古丽米拉·阿不都热依木', grants: one('clerk', 'GA-HZ') },
  { username: 'hz-handler', displayName: '户政承办 马俊', grants: one('handler', 'GA-HZ') },
  {
    username: 'scj-clerk',
    displayName: '企业开办窗口 陈晓燕',
    grants: [
      { role: 'clerk', department: 'SCJ' },
      { role: 'clerk', department: 'SW' },
      { role: 'clerk', department: 'GA' },
    ],
  },
  {
    username: 'scj-handler',
    displayName: '市场监管承办 艾力·买买提',
    grants: one('handler', 'SCJ'),
    phone: '13899100022',
  },
  { username: 'scj-reviewer', displayName: '市场监管审核 周丽', grants: one('reviewer', 'SCJ') },
  { username: 'scj-approver', displayName: '市场监管批准 孙建国', grants: one('approver', 'SCJ') },
  { username: 'sw-clerk', displayName: '税务窗口 阿依努尔·吐尔逊', grants: one('clerk', 'SW') },
  { username: 'sw-handler', displayName: '税务承办 杨帆', grants: one('handler', 'SW') },
  { username: 'sw-approver', displayName: '税务批准 何平', grants: one('approver', 'SW') },
  {
    username: 'bdc-clerk',
    displayName: '不动产窗口 吴婷',
    grants: [
      { role: 'clerk', department: 'BDC' },
      { role: 'clerk', department: 'SW' },
    ],
  },
  { username: 'bdc-handler', displayName: '不动产承办 帕尔哈提·艾则孜', grants: one('handler', 'BDC') },
  { username: 'bdc-approver', displayName: '不动产批准 高峰', grants: one('approver', 'BDC') },
  {
    username: 'rs-clerk',
    displayName: '社保窗口 郭静',
    grants: [
      { role: 'clerk', department: 'RS' },
      { role: 'clerk', department: 'YB' },
    ],
  },
  { username: 'rs-handler', displayName: '人社承办 努尔兰·哈力克', grants: one('handler', 'RS') },
  { username: 'gjj-clerk', displayName: '公积金窗口 林芳', grants: one('clerk', 'GJJ') },
  { username: 'gjj-handler', displayName: '公积金承办 热孜万古丽·依明', grants: one('handler', 'GJJ') },
  {
    username: 'zj-clerk',
    displayName: '建设工程窗口 黄磊',
    grants: ['ZJ', 'ZRZY', 'RF', 'XF'].map((d) => ({ role: 'clerk' as const, department: d })),
  },
  { username: 'zj-handler', displayName: '住建承办 徐刚', grants: one('handler', 'ZJ') },
  { username: 'zj-approver', displayName: '住建批准 买买提江·托合提', grants: one('approver', 'ZJ') },
  { username: 'xf-handler', displayName: '消防承办 宋涛', grants: one('handler', 'XF') },
  {
    username: 'smg-clerk',
    displayName: '水磨沟区窗口 米日古丽·肉孜',
    grants: [
      { role: 'clerk', department: 'SMG-SW' },
      { role: 'clerk', department: 'SMG-SCJ' },
    ],
  },
  { username: 'smg-handler', displayName: '水磨沟区税务承办 刘洋', grants: one('handler', 'SMG-SW') },
  // every department a demo bundle names has a clerk scope, a handler and an approver (issue 17)
  { username: 'ga-handler', displayName: '公安承办 阿不来提·吾守尔', grants: one('handler', 'GA') },
  { username: 'ga-approver', displayName: '公安批准 韩磊', grants: one('approver', 'GA') },
  { username: 'hz-approver', displayName: '户政批准 吐尔洪·买买提', grants: one('approver', 'GA-HZ') },
  { username: 'xf-approver', displayName: '消防批准 曹勇', grants: one('approver', 'XF') },
  {
    username: 'cg-clerk',
    displayName: '城管水务窗口 阿米娜·克里木',
    grants: [
      { role: 'clerk', department: 'CG' },
      { role: 'clerk', department: 'SL' },
    ],
  },
  { username: 'cg-handler', displayName: '城管承办 彭伟', grants: one('handler', 'CG') },
  { username: 'cg-approver', displayName: '城管批准 迪力夏提·热合曼', grants: one('approver', 'CG') },
  { username: 'sl-handler', displayName: '水务承办 谢敏', grants: one('handler', 'SL') },
  { username: 'sl-approver', displayName: '水务批准 艾尔肯·吐尔地', grants: one('approver', 'SL') },
  { username: 'rs-approver', displayName: '人社批准 范丽', grants: one('approver', 'RS') },
  { username: 'yb-handler', displayName: '医保承办 祖丽胡玛尔·艾买提', grants: one('handler', 'YB') },
  { username: 'yb-approver', displayName: '医保批准 邓军', grants: one('approver', 'YB') },
  { username: 'gjj-approver', displayName: '公积金批准 马玉兰', grants: one('approver', 'GJJ') },
  { username: 'wjw-clerk', displayName: '卫健窗口 帕提古丽·阿布拉', grants: one('clerk', 'WJW') },
  { username: 'wjw-handler', displayName: '卫健承办 蒋涛', grants: one('handler', 'WJW') },
  { username: 'wjw-approver', displayName: '卫健批准 依力哈木·司马义', grants: one('approver', 'WJW') },
  { username: 'rf-handler', displayName: '人防承办 田亮', grants: one('handler', 'RF') },
  { username: 'rf-approver', displayName: '人防批准 买合木提·阿西木', grants: one('approver', 'RF') },
  {
    username: 'smg-mz-clerk',
    displayName: '水磨沟区民政窗口 努尔古丽·热西提',
    grants: one('clerk', 'SMG-MZ'),
  },
  { username: 'smg-mz-handler', displayName: '水磨沟区民政承办 唐静', grants: one('handler', 'SMG-MZ') },
  {
    username: 'smg-mz-approver',
    displayName: '水磨沟区民政批准 阿布都许库尔·卡德尔',
    grants: one('approver', 'SMG-MZ'),
  },
  { username: 'trading-staff', displayName: '交易中心 王建华', grants: one('trading_staff', null) },
  { username: 'trading-agency', displayName: '天山招标代理 李海峰', grants: one('trading_agency', null) },
  {
    username: 'trading-tenderee',
    displayName: '米东城投 阿不都·热合曼',
    grants: one('trading_tenderee', null),
  },
  {
    username: 'trading-supervisor',
    displayName: '住建局招投标监管 马玉兰',
    grants: one('trading_supervisor', 'ZJ'),
  },
]

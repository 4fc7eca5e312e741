/**
 * Every SMS the center sends, as an editable template (PRODUCT.md 2.6): the event it belongs to,
 * its variables with a sample for the preview, whether it is essential (sent even after "TD"),
 * and the default texts in Chinese and Uyghur. The center's signature (【…】) is added when a
 * message is queued, so templates never carry it. Admins override the texts (sms_templates);
 * deleting an override restores these defaults.
 *
 * Placeholders are `{name}`. Variables listed in `dates` take a YYYY-MM-DD value and are written
 * per language (3月5日 / 2026-03-05).
 */
export interface SmsTemplateDefinition {
  key: string
  group: 'case' | 'queue' | 'auth' | 'staff' | 'rating'
  isEssential: boolean
  variables: readonly string[]
  dates?: readonly string[]
  sample: Readonly<Record<string, string>>
  zh: string
  ug: string
}

const caseSample = { matter: '普通护照签发', number: '650100-20260302-0001' }
const caseHeadZh = '您申请的“{matter}”（办件号{number}）'
const caseHeadUg = 'سىز ئىلتىماس قىلغان «{matter}» (ئىش نومۇرى {number}) '

const caseTemplate = (
  key: string,
  isEssential: boolean,
  zh: string,
  ug: string,
  extra: Record<string, string> = {},
  dates: string[] = [],
): SmsTemplateDefinition => ({
  key,
  group: 'case',
  isEssential,
  variables: ['matter', 'number', ...Object.keys(extra)],
  dates,
  sample: { ...caseSample, ...extra },
  zh: caseHeadZh + zh,
  ug: caseHeadUg + ug,
})

/** A bundle's notices (一件事): once per bundle event, with the bundle number, not once per case. */
function bundleTemplates(): SmsTemplateDefinition[] {
  const sample = { bundle: '我要开餐馆', number: 'YJS650100202603020001', count: '7' }
  const headZh = '您申请的一件事“{bundle}”（联办编号{number}，共{count}个事项）'
  const headUg = 'سىز ئىلتىماس قىلغان «{bundle}» (بىرلەشمە نومۇرى {number}، جەمئىي {count} ئىش) '
  const t = (
    key: string,
    isEssential: boolean,
    zh: string,
    ug: string,
    extra: Record<string, string> = {},
  ): SmsTemplateDefinition => ({
    key,
    group: 'case',
    isEssential,
    variables: ['bundle', 'number', 'count', ...Object.keys(extra)],
    dates: Object.keys(extra).filter((k) => k === 'dueOn'),
    sample: { ...sample, ...extra },
    zh: headZh + zh,
    ug: headUg + ug,
  })
  return [
    t(
      'bundle.received',
      false,
      '已接件，凭联办编号和证件号后四位可查询进度。',
      'تاپشۇرۇۋېلىندى. بىرلەشمە نومۇرى ۋە كىملىك نومۇرىنىڭ ئاخىرقى تۆت خانىسى بىلەن ئىلگىرىلىشىنى سۈرۈشتۈرەلەيسىز.',
    ),
    t(
      'bundle.accepted',
      false,
      '已全部受理，承诺于{dueOn}前全部办结。',
      'ھەممىسى قوبۇل قىلىندى، {dueOn} دىن بۇرۇن ھەممىسى بېجىرىلىدۇ.',
      { dueOn: '2026-03-16' },
    ),
    t(
      'bundle.completed',
      true,
      '已全部办结，请凭联办编号到窗口领取结果或查收邮寄。',
      'ھەممىسى بېجىرىلدى، بىرلەشمە نومۇرى بىلەن كۆزنەكتىن نەتىجىسىنى ئېلىڭ ياكى پوچتىنى تاپشۇرۇۋېلىڭ.',
    ),
  ]
}

export const smsTemplateCatalog: readonly SmsTemplateDefinition[] = [
  caseTemplate(
    'case.received',
    false,
    '已接件，凭办件号和证件号后四位可查询进度。',
    'تاپشۇرۇۋېلىندى. ئىش نومۇرى ۋە كىملىك نومۇرىنىڭ ئاخىرقى تۆت خانىسى بىلەن ئىلگىرىلىشىنى سۈرۈشتۈرەلەيسىز.',
  ),
  caseTemplate(
    'case.correction',
    true,
    '需补正材料：{items}。请一次备齐后提交。',
    'تولۇقلاشقا تېگىشلىك ماتېرىياللار: {items}. بىر قېتىمدا تولۇق تەييارلاپ تاپشۇرۇڭ.',
    { items: '申请人照片；户口簿' },
  ),
  caseTemplate(
    'case.accepted',
    false,
    '已受理，承诺于{dueOn}前办结。',
    'قوبۇل قىلىندى، {dueOn} دىن بۇرۇن بېجىرىلىدۇ.',
    { dueOn: '2026-03-16' },
    ['dueOn'],
  ),
  caseTemplate(
    'case.refused',
    true,
    '不予受理，理由：{reason}。详见不予受理通知书。',
    'قوبۇل قىلىنمىدى، سەۋەبى: {reason}. تەپسىلاتى ئۈچۈن قوبۇل قىلماسلىق ئۇقتۇرۇشىغا قاراڭ.',
    { reason: '不属于本机关职权范围' },
  ),
  caseTemplate(
    'case.extended',
    true,
    '经批准延长{days}个工作日，预计于{dueOn}前办结。',
    'تەستىقلىنىپ {days} خىزمەت كۈنى ئۇزارتىلدى، {dueOn} دىن بۇرۇن بېجىرىلىدۇ.',
    { days: '5', dueOn: '2026-03-23' },
    ['dueOn'],
  ),
  caseTemplate(
    'case.supplement',
    true,
    '办理中需补充：{items}。补齐前暂停计时。',
    'بېجىرىش جەريانىدا تولۇقلاش كېرەك: {items}. تولۇقلانغۇچە ۋاقىت ھېسابلانمايدۇ.',
    { items: '场地平面图' },
  ),
  caseTemplate('case.completed', true, '已办结（准予）。', 'بېجىرىلدى (رۇخسەت قىلىندى).'),
  caseTemplate(
    'case.completed_denied',
    true,
    '已办结（不予许可），详见决定书。',
    'بېجىرىلدى (رۇخسەت قىلىنمىدى)، تەپسىلاتى ئۈچۈن قارارنامىگە قاراڭ.',
  ),
  caseTemplate(
    'case.ready_for_pickup',
    true,
    '结果已可领取，请携带身份证件到窗口领取。',
    'نەتىجىسىنى ئالسىڭىز بولىدۇ، كىملىكىڭىزنى ئېلىپ كۆزنەككە كېلىڭ.',
  ),
  caseTemplate(
    'case.posted',
    true,
    '结果已邮寄，运单号{trackingNumber}。',
    'نەتىجىسى پوچتا ئارقىلىق ئەۋەتىلدى، يوللانما نومۇرى {trackingNumber}.',
    { trackingNumber: 'EMS1234567890' },
  ),
  ...bundleTemplates(),
  {
    key: 'queue.issued',
    group: 'queue',
    isEssential: false,
    variables: ['number', 'category', 'ahead', 'minutes'],
    sample: { number: 'A082', category: '出入境证件', ahead: '6', minutes: '18' },
    zh: '您已取号 {number}（{category}），前面还有 {ahead} 人，预计等候约 {minutes} 分钟。快到您时将短信提醒。',
    ug: 'نومۇرىڭىز {number} ({category})، ئالدىڭىزدا {ahead} كىشى بار، تەخمىنەن {minutes} مىنۇت ساقلايسىز. نۆۋىتىڭىز يېقىنلاشقاندا قىسقا ئۇچۇر ئەۋەتىلىدۇ.',
  },
  {
    key: 'queue.issued_near',
    group: 'queue',
    isEssential: false,
    variables: ['number', 'category', 'ahead', 'minutes'],
    sample: { number: 'A082', category: '出入境证件', ahead: '2', minutes: '6' },
    zh: '您已取号 {number}（{category}），前面还有 {ahead} 人，预计等候约 {minutes} 分钟。请在大厅等候叫号。',
    ug: 'نومۇرىڭىز {number} ({category})، ئالدىڭىزدا {ahead} كىشى بار، تەخمىنەن {minutes} مىنۇت ساقلايسىز. زالدا چاقىرىقنى ساقلاڭ.',
  },
  {
    key: 'queue.nearly',
    group: 'queue',
    isEssential: false,
    variables: ['number', 'ahead'],
    sample: { number: 'A082', ahead: '3' },
    zh: '{number} 号：前面还有 {ahead} 人，请回到大厅等候叫号。',
    ug: '{number} نومۇر: ئالدىڭىزدا {ahead} كىشى قالدى، زالغا قايتىپ چاقىرىقنى ساقلاڭ.',
  },
  {
    key: 'queue.next',
    group: 'queue',
    isEssential: false,
    variables: ['number'],
    sample: { number: 'A082' },
    zh: '{number} 号：下一位就是您，请到大厅等候叫号。',
    ug: '{number} نومۇر: كېيىنكىسى سىز، زالدا چاقىرىقنى ساقلاڭ.',
  },
  {
    key: 'queue.appointment.booked',
    group: 'queue',
    isEssential: true,
    variables: ['date', 'startsAt', 'endsAt', 'code'],
    dates: ['date'],
    sample: { date: '2026-03-03', startsAt: '10:00', endsAt: '10:30', code: '482913' },
    zh: '您已预约 {date} {startsAt}-{endsAt}，预约码 {code}。请于预约时段前 30 分钟内凭预约码和身份证在自助终端签到取号。',
    ug: '{date} {startsAt}-{endsAt} گە ئالدىن زاكاز قىلدىڭىز، زاكاز نومۇرى {code}. ۋاقىتتىن 30 مىنۇت ئىلگىرى زاكاز نومۇرى ۋە كىملىك بىلەن ئۆزى مۇلازىمەت ئۈسكۈنىسىدە تىزىملىتىپ نومۇر ئېلىڭ.',
  },
  {
    key: 'queue.appointment.reminder',
    group: 'queue',
    isEssential: false,
    variables: ['date', 'startsAt', 'endsAt', 'code'],
    dates: ['date'],
    sample: { date: '2026-03-03', startsAt: '10:00', endsAt: '10:30', code: '48291305' },
    zh: '提醒：您预约了 {date} {startsAt}-{endsAt}，预约码 {code}。请于预约时段前 30 分钟内凭预约码和身份证在自助终端签到取号；不能前来请提前取消。',
    ug: 'ئەسكەرتىش: {date} {startsAt}-{endsAt} گە ئالدىن زاكاز قىلغانسىز، زاكاز نومۇرى {code}. ۋاقىتتىن 30 مىنۇت ئىلگىرى زاكاز نومۇرى ۋە كىملىك بىلەن ئۆزى مۇلازىمەت ئۈسكۈنىسىدە تىزىملىتىپ نومۇر ئېلىڭ؛ كېلەلمىسىڭىز ئالدىن ئەمەلدىن قالدۇرۇڭ.',
  },
  {
    key: 'auth.otp',
    group: 'auth',
    isEssential: true,
    variables: ['code', 'minutes'],
    sample: { code: '482913', minutes: '5' },
    zh: '您的登录验证码为 {code}，{minutes} 分钟内有效。请勿告诉他人。',
    ug: 'كىرىش دەلىللەش نومۇرىڭىز {code}، {minutes} مىنۇت ئىچىدە ئىناۋەتلىك. باشقىلارغا ئېيتماڭ.',
  },
  {
    key: 'lookup.locked',
    group: 'auth',
    isEssential: true,
    variables: ['number', 'hours'],
    sample: { number: '65010020260302000001', hours: '1' },
    zh: '编号{number}的查询验证信息被连续输错多次，匿名查询已暂停{hours}小时。如非您本人操作，请注意保护个人信息；您可登录网上大厅查看办件。',
    ug: '{number} نومۇرلۇق ئىشنىڭ دەلىللەش ئۇچۇرى كۆپ قېتىم خاتا كىرگۈزۈلدى، نامسىز سۈرۈشتۈرۈش {hours} سائەت توختىتىلدى. ئەگەر بۇ سىز بولمىسىڭىز، شەخسىي ئۇچۇرىڭىزنى ئاسراڭ؛ تور زالىغا كىرىپ ئىشىڭىزنى كۆرەلەيسىز.',
  },
  {
    key: 'supervision.alerts',
    group: 'staff',
    isEssential: true,
    variables: ['count'],
    sample: { count: '3' },
    zh: '电子监察提醒：贵单位新增{count}条办件预警，请及时登录政务服务平台处理。',
    ug: 'ئېلېكترونلۇق نازارەت ئەسكەرتىشى: ئورنىڭىزدا {count} يېڭى ئاگاھلاندۇرۇش بار، ۋاقتىدا سىستېمىغا كىرىپ بىر تەرەپ قىلىڭ.',
  },
  {
    key: 'rating.ask',
    group: 'rating',
    isEssential: false,
    variables: ['matter', 'number'],
    sample: caseSample,
    zh: '“{matter}”（{number}）已办结，请回复数字评价：1非常满意 2满意 3基本满意 4不满意 5非常不满意，可附意见。回复TD退订。',
    ug: '«{matter}» ({number}) بېجىرىلدى. سان بىلەن باھا بېرىڭ: 1 ناھايىتى رازى، 2 رازى، 3 ئاساسەن رازى، 4 نارازى، 5 ناھايىتى نارازى. TD يوللىسىڭىز توختىتىلىدۇ.',
  },
  {
    key: 'rating.unclear',
    group: 'rating',
    isEssential: false,
    variables: [],
    sample: {},
    zh: '抱歉，未能识别您的评价。请回复1至5的数字：1非常满意 2满意 3基本满意 4不满意 5非常不满意。',
    ug: 'كەچۈرۈڭ، باھايىڭىزنى چۈشىنەلمىدۇق. 1 دىن 5 گىچە سان يوللاڭ: 1 ناھايىتى رازى، 2 رازى، 3 ئاساسەن رازى، 4 نارازى، 5 ناھايىتى نارازى.',
  },
]

export const smsTemplateByKey: ReadonlyMap<string, SmsTemplateDefinition> = new Map(
  smsTemplateCatalog.map((t) => [t.key, t]),
)

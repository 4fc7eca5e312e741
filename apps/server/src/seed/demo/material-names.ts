/**
 * The demo catalog's materials (申请材料) in English and Uyghur, one entry per Chinese name.
 * Many matters ask for the same material (居民身份证, 营业执照, 申请表 …); the matter files name it
 * in Chinese only and `kit.ts` adds the translations from here, so a material is translated once
 * and reads the same in every matter.
 *
 * English follows the terms of Chinese government English ("Resident identity card", "Business
 * licence", "Application form"), in British spelling like the rest of the catalog. Uyghur uses the
 * terminology of the matters' and departments' names (كىملىك, تىجارەت كىنىشكىسى, ئىلتىماس جەدۋىلى,
 * ئىسپات, گۇۋاھنامە, ئىجازەتنامە, ۋەدىنامە …); to be reviewed by a native speaker.
 *
 * A material added to a matter file needs an entry here: the demo data test fails without one.
 */
export interface MaterialName {
  en: string
  ug: string
}

export const materialNames: Readonly<Record<string, MaterialName>> = {
  // identity, household, family
  居民身份证: { en: 'Resident identity card', ug: 'كىملىك' },
  申请人居民身份证: { en: 'Applicant’s resident identity card', ug: 'ئىلتىماس قىلغۇچىنىڭ كىملىكى' },
  原居民身份证: { en: 'Previous resident identity card', ug: 'ئەسلىدىكى كىملىك' },
  居民身份证申领受理回执: {
    en: 'Receipt for the identity card application',
    ug: 'كىملىك ئىلتىماسى قوبۇل قىلىنغانلىق تالونى',
  },
  监护人居民身份证: { en: 'Guardian’s resident identity card', ug: 'ۋەسىينىڭ كىملىكى' },
  监护人居民身份证及监护关系证明: {
    en: 'Guardian’s resident identity card and proof of guardianship',
    ug: 'ۋەسىينىڭ كىملىكى ۋە ۋەسىيلىك مۇناسىۋىتى ئىسپاتى',
  },
  死者居民身份证: { en: 'Resident identity card of the deceased', ug: 'ۋاپات بولغۇچىنىڭ كىملىكى' },
  申报人居民身份证: { en: 'Declarant’s resident identity card', ug: 'مەلۇم قىلغۇچىنىڭ كىملىكى' },
  权利人居民身份证: { en: 'Right holder’s resident identity card', ug: 'ھوقۇق ئىگىسىنىڭ كىملىكى' },
  买卖双方居民身份证: {
    en: 'Resident identity cards of the buyer and the seller',
    ug: 'ساتقۇچى ۋە ئالغۇچى ئىككى تەرەپنىڭ كىملىكى',
  },
  双方居民身份证: { en: 'Resident identity cards of both parties', ug: 'ئىككى تەرەپنىڭ كىملىكى' },
  父母双方居民身份证: { en: 'Resident identity cards of both parents', ug: 'ئاتا-ئانىنىڭ كىملىكى' },
  被投靠人居民身份证: {
    en: 'Resident identity card of the relative being joined',
    ug: 'تايانغان كىشىنىڭ كىملىكى',
  },
  居民户口簿: { en: 'Household register', ug: 'نوپۇس دەپتىرى' },
  居民户口簿或居民身份证: {
    en: 'Household register or resident identity card',
    ug: 'نوپۇس دەپتىرى ياكى كىملىك',
  },
  父母双方居民户口簿: { en: 'Household registers of both parents', ug: 'ئاتا-ئانىنىڭ نوپۇس دەپتىرى' },
  被投靠人居民户口簿: {
    en: 'Household register of the relative being joined',
    ug: 'تايانغان كىشىنىڭ نوپۇس دەپتىرى',
  },
  双方居民户口簿: { en: 'Household registers of both parties', ug: 'ئىككى تەرەپنىڭ نوپۇس دەپتىرى' },
  近期免冠彩色照片: {
    en: 'Recent bareheaded colour photo',
    ug: 'يېقىندا تارتقۇزغان باش كىيىمسىز رەڭلىك رەسىم',
  },
  '双方近期半身免冠合影照片（2寸，3张）': {
    en: 'Recent bareheaded half-length photos of the couple together (2-inch, 3 copies)',
    ug: 'ئىككى تەرەپنىڭ يېقىندا تارتقۇزغان باش كىيىمسىز يېرىم بەدەنلىك بىرگە چۈشكەن رەسىمى (2 دىيۇم، 3 پارچە)',
  },
  '双方近期半身免冠照片（2寸，各2张）': {
    en: 'Recent bareheaded half-length photos of each party (2-inch, 2 each)',
    ug: 'ئىككى تەرەپنىڭ يېقىندا تارتقۇزغان باش كىيىمسىز يېرىم بەدەنلىك رەسىمى (2 دىيۇم، ھەر بىرى 2 پارچە)',
  },
  结婚证: { en: 'Marriage certificate', ug: 'نىكاھ گۇۋاھنامىسى' },
  父母结婚证: { en: 'Parents’ marriage certificate', ug: 'ئاتا-ئانىنىڭ نىكاھ گۇۋاھنامىسى' },
  结婚证或婚姻状况声明: {
    en: 'Marriage certificate or statement of marital status',
    ug: 'نىكاھ گۇۋاھنامىسى ياكى نىكاھ ئەھۋالى باياناتى',
  },
  婚姻状况证明: { en: 'Proof of marital status', ug: 'نىكاھ ئەھۋالى ئىسپاتى' },
  申请结婚登记声明书: {
    en: 'Declaration for marriage registration',
    ug: 'نىكاھ تىزىملىتىش ئىلتىماسى باياناتنامىسى',
  },
  离婚协议书: { en: 'Divorce agreement', ug: 'ئاجرىشىش كېلىشىمنامىسى' },
  婚姻登记档案证明: {
    en: 'Certificate from the marriage registration archives',
    ug: 'نىكاھ تىزىملاش ئارخىپى ئىسپاتى',
  },
  出生医学证明: { en: 'Medical birth certificate', ug: 'تۇغۇلۇش تېببىي ئىسپاتى' },
  分娩医疗机构出具的分娩记录或住院病历: {
    en: 'Delivery record or inpatient record from the hospital of birth',
    ug: 'تۇغۇت بولغان داۋالاش ئورنى بەرگەن تۇغۇت خاتىرىسى ياكى دوختۇرخانىدا يېتىش خاتىرىسى',
  },
  '居民死亡医学证明（推断）书': {
    en: 'Medical certificate of death',
    ug: 'ئاھالىنىڭ ۋاپات بولغانلىق تېببىي ئىسپاتى',
  },
  房屋所在社区出具的居住证明: {
    en: 'Proof of residence from the local community',
    ug: 'ئۆي جايلاشقان مەھەللە بەرگەن تۇرۇش ئىسپاتى',
  },
  '合法稳定住所、就业或就读证明': {
    en: 'Proof of lawful stable residence, employment or study',
    ug: 'قانۇنلۇق مۇقىم تۇرالغۇ، خىزمەت ياكى ئوقۇش ئىسپاتى',
  },
  居住证申领登记表: {
    en: 'Residence permit application form',
    ug: 'تۇرۇش گۇۋاھنامىسى ئىلتىماس تىزىملاش جەدۋىلى',
  },
  居住证: { en: 'Residence permit', ug: 'تۇرۇش گۇۋاھنامىسى' },
  房屋产权或居住证明: {
    en: 'Proof of home ownership or residence',
    ug: 'ئۆي مۈلۈك ھوقۇقى ياكى تۇرۇش ئىسپاتى',
  },
  计划生育服务证明: { en: 'Family planning service certificate', ug: 'تۇغۇتنى پىلانلاش مۇلازىمىتى ئىسپاتى' },
  授权委托书及受托人身份证件: {
    en: 'Power of attorney and the agent’s identity document',
    ug: 'ۋاكالەتنامە ۋە ۋاكالەتچىنىڭ كىملىك ھۆججىتى',
  },
  委托代理人身份证件及委托书: {
    en: 'Agent’s identity document and power of attorney',
    ug: 'ۋاكالەتچىنىڭ كىملىك ھۆججىتى ۋە ۋاكالەتنامە',
  },
  申请人承诺书: { en: 'Applicant’s letter of commitment', ug: 'ئىلتىماس قىلغۇچىنىڭ ۋەدىنامىسى' },
  无犯罪记录证明: { en: 'Certificate of no criminal record', ug: 'جىنايى خاتىرىسى يوقلۇق ئىسپاتى' },

  // exit and entry
  中国公民出入境证件申请表: {
    en: 'Application form for exit-entry documents of Chinese citizens',
    ug: 'جۇڭگو پۇقرالىرىنىڭ چىقىش-كىرىش گۇۋاھنامىسى ئىلتىماس جەدۋىلى',
  },
  '国家工作人员出国（境）审批意见': {
    en: 'Approval for a state employee to travel abroad',
    ug: 'دۆلەت خادىملىرىنىڭ چەتئەلگە (چېگرادىن سىرتقا) چىقىشىنى تەستىقلاش پىكرى',
  },
  原普通护照: { en: 'Previous ordinary passport', ug: 'ئەسلىدىكى ئادەتتىكى پاسپورت' },
  损毁的原普通护照: { en: 'The damaged ordinary passport', ug: 'بۇزۇلغان ئەسلىدىكى ئادەتتىكى پاسپورت' },
  '证件损毁、遗失、被盗情况说明': {
    en: 'Statement on the damage, loss or theft of the document',
    ug: 'گۇۋاھنامىنىڭ بۇزۇلۇش، يۈتۈش ياكى ئوغرىلىنىش ئەھۋالى توغرىسىدا چۈشەندۈرۈش',
  },
  原往来港澳通行证: {
    en: 'Previous exit-entry permit for Hong Kong and Macao',
    ug: 'ئەسلىدىكى شياڭگاڭ-ئاۋمېنغا بېرىپ-كېلىش گۇۋاھنامىسى',
  },
  电子往来港澳通行证: {
    en: 'Electronic exit-entry permit for Hong Kong and Macao',
    ug: 'ئېلېكترونلۇق شياڭگاڭ-ئاۋمېنغا بېرىپ-كېلىش گۇۋاھنامىسى',
  },
  原往来台湾通行证: {
    en: 'Previous exit-entry permit for Taiwan',
    ug: 'ئەسلىدىكى تەيۋەنگە بېرىپ-كېلىش گۇۋاھنامىسى',
  },
  往来台湾通行证: { en: 'Exit-entry permit for Taiwan', ug: 'تەيۋەنگە بېرىپ-كېلىش گۇۋاھنامىسى' },
  赴台事由证明材料: {
    en: 'Proof of the purpose of the visit to Taiwan',
    ug: 'تەيۋەنگە بېرىش سەۋەبىنى ئىسپاتلايدىغان ماتېرىيال',
  },
  外国人护照: { en: 'Foreign national’s passport', ug: 'چەتئەللىكنىڭ پاسپورتى' },
  外国人签证证件申请表: {
    en: 'Visa and residence document application form for foreign nationals',
    ug: 'چەتئەللىكلەرنىڭ ۋىزا-گۇۋاھنامە ئىلتىماس جەدۋىلى',
  },
  外国人工作许可证: { en: 'Foreigner’s work permit', ug: 'چەتئەللىكلەرنىڭ خىزمەت ئىجازەتنامىسى' },
  聘用单位营业执照或登记证书: {
    en: 'Employer’s business licence or registration certificate',
    ug: 'تەكلىپ قىلغۇچى ئورۇننىڭ تىجارەت كىنىشكىسى ياكى تىزىملاش گۇۋاھنامىسى',
  },
  聘用单位出具的函件: { en: 'Letter from the employer', ug: 'تەكلىپ قىلغۇچى ئورۇن بەرگەن خەت' },
  境外人员住宿登记表: {
    en: 'Accommodation registration form for persons from outside China',
    ug: 'چېگرا سىرتىدىكى كىشىلەرنىڭ تۇرۇش تىزىملاش جەدۋىلى',
  },

  // vehicles and driving
  '机动车来历证明（购车发票）': {
    en: 'Proof of vehicle origin (purchase invoice)',
    ug: 'ماشىنىنىڭ كېلىش مەنبە ئىسپاتى (ماشىنا سېتىۋېلىش تالونى)',
  },
  机动车整车出厂合格证明或进口凭证: {
    en: 'Vehicle certificate of conformity or import certificate',
    ug: 'ماشىنىنىڭ زاۋۇتتىن چىقىش لاياقەت ئىسپاتى ياكى ئىمپورت ئىسپاتى',
  },
  车辆购置税完税证明或免税凭证: {
    en: 'Vehicle purchase tax payment or exemption certificate',
    ug: 'ماشىنا سېتىۋېلىش بېجى تاپشۇرغانلىق ياكى باجدىن كەچۈرۈم قىلىنغانلىق ئىسپاتى',
  },
  机动车交通事故责任强制保险凭证: {
    en: 'Compulsory traffic accident liability insurance certificate',
    ug: 'ماشىنا قاتناش ھادىسىسى مەسئۇلىيىتى مەجبۇرىي سۇغۇرتا ئىسپاتى',
  },
  '机动车注册登记/转入申请表': {
    en: 'Vehicle registration / transfer-in application form',
    ug: 'ماشىنا تىزىملىتىش / يۆتكەپ كىرىش ئىلتىماس جەدۋىلى',
  },
  现机动车所有人身份证明: {
    en: 'Current vehicle owner’s proof of identity',
    ug: 'ماشىنىنىڭ ھازىرقى ئىگىسىنىڭ كىملىك ئىسپاتى',
  },
  机动车登记证书: { en: 'Vehicle registration certificate', ug: 'ماشىنا تىزىملاش گۇۋاھنامىسى' },
  机动车行驶证: { en: 'Vehicle licence', ug: 'ماشىنا يۈرۈش كىنىشكىسى' },
  二手车销售统一发票或其他所有权转移证明: {
    en: 'Used-car sales invoice or other proof of transfer of ownership',
    ug: 'ئىشلىتىلگەن ماشىنا سېتىش بىرلىككە كەلگەن تالونى ياكى ئىگىدارلىق يۆتكەلگەنلىكنىڭ باشقا ئىسپاتى',
  },
  机动车转移登记申请表: {
    en: 'Vehicle ownership transfer application form',
    ug: 'ماشىنا ئىگىدارلىقىنى يۆتكەش ئىلتىماس جەدۋىلى',
  },
  机动车驾驶证: { en: 'Driving licence', ug: 'شوپۇرلۇق كىنىشكىسى' },
  机动车驾驶人身体条件证明: {
    en: 'Driver’s medical fitness certificate',
    ug: 'شوپۇرنىڭ سالامەتلىك شەرتى ئىسپاتى',
  },
  机动车驾驶证申请表: { en: 'Driving licence application form', ug: 'شوپۇرلۇق كىنىشكىسى ئىلتىماس جەدۋىلى' },
  机动车安全技术检验报告: {
    en: 'Vehicle safety inspection report',
    ug: 'ماشىنا بىخەتەرلىك تېخنىكىسى تەكشۈرۈش دوكلاتى',
  },
  机动车销售统一发票: {
    en: 'Unified motor vehicle sales invoice',
    ug: 'ماشىنا سېتىش بىرلىككە كەلگەن تالونى',
  },
  车辆合格证明: { en: 'Vehicle certificate of conformity', ug: 'ماشىنا لاياقەت ئىسپاتى' },
  道路交通安全违法行为记录: {
    en: 'Record of road traffic safety violations',
    ug: 'يول قاتناش بىخەتەرلىكىگە خىلاپلىق قىلىش خاتىرىسى',
  },

  // businesses: registration, licences, premises
  营业执照: { en: 'Business licence', ug: 'تىجارەت كىنىشكىسى' },
  营业执照正副本: {
    en: 'Business licence (original and duplicate)',
    ug: 'تىجارەت كىنىشكىسىنىڭ ئەسلى ۋە كۆپەيتمە نۇسخىسى',
  },
  法定代表人身份证件: {
    en: 'Legal representative’s identity document',
    ug: 'قانۇنىي ۋەكىلنىڭ كىملىك ھۆججىتى',
  },
  '公司登记（备案）申请书': {
    en: 'Company registration (filing) application',
    ug: 'شىركەت تىزىملىتىش (ئەنگە ئالدۇرۇش) ئىلتىماسنامىسى',
  },
  公司章程: { en: 'Articles of association', ug: 'شىركەت نىزامنامىسى' },
  企业章程: { en: 'Articles of association of the enterprise', ug: 'كارخانا نىزامنامىسى' },
  章程: { en: 'Articles of association', ug: 'نىزامنامە' },
  股东的主体资格文件或自然人身份证件: {
    en: 'Shareholders’ certificates of legal status or identity documents',
    ug: 'پاي ئىگىلىرىنىڭ سالاھىيەت ھۆججىتى ياكى تەبىئىي شەخسنىڭ كىملىك ھۆججىتى',
  },
  '法定代表人、董事、监事和经理的任职文件': {
    en: 'Appointment documents of the legal representative, directors, supervisors and manager',
    ug: 'قانۇنىي ۋەكىل، دىرېكتورلار، نازارەتچىلەر ۋە باشقۇرغۇچىنىڭ ۋەزىپىگە تەيىنلىنىش ھۆججىتى',
  },
  '住所（经营场所）使用相关文件': {
    en: 'Documents on the use of the domicile (business premises)',
    ug: 'ئادرېس (تىجارەت ئورنى) نى ئىشلىتىشكە ئائىت ھۆججەت',
  },
  住所使用证明: { en: 'Proof of the right to use the domicile', ug: 'ئادرېسنى ئىشلىتىش ئىسپاتى' },
  变更决议或决定: { en: 'Resolution or decision on the change', ug: 'ئۆزگەرتىش قارارى ياكى بەلگىلىمىسى' },
  修改后的公司章程或章程修正案: {
    en: 'Amended articles of association or amendment',
    ug: 'ئۆزگەرتىلگەن شىركەت نىزامنامىسى ياكى نىزامنامە تۈزىتىش لايىھىسى',
  },
  公司注销登记申请书: {
    en: 'Company deregistration application',
    ug: 'شىركەتنى ئەمەلدىن قالدۇرۇش تىزىملىتىش ئىلتىماسنامىسى',
  },
  清算报告或全体投资人承诺书: {
    en: 'Liquidation report or letter of commitment from all investors',
    ug: 'تازىلاش دوكلاتى ياكى بارلىق مەبلەغ سالغۇچىلارنىڭ ۋەدىنامىسى',
  },
  '农民专业合作社登记（备案）申请书': {
    en: 'Farmers’ cooperative registration (filing) application',
    ug: 'دېھقانلار كەسپىي ھەمكارلىق شىركىتى تىزىملىتىش (ئەنگە ئالدۇرۇش) ئىلتىماسنامىسى',
  },
  设立大会纪要: { en: 'Minutes of the founding meeting', ug: 'قۇرۇلۇش يىغىنىنىڭ خاتىرىسى' },
  成员名册及身份证明: {
    en: 'Register of members and their identity documents',
    ug: 'ئەزالار تىزىملىكى ۋە كىملىك ئىسپاتى',
  },
  '换发、补领营业执照申请书': {
    en: 'Application to renew or replace a business licence',
    ug: 'تىجارەت كىنىشكىسىنى يېڭىلاش ياكى تولۇقلاپ ئېلىش ئىلتىماسنامىسى',
  },
  '个体工商户登记（备案）申请书': {
    en: 'Sole proprietorship registration (filing) application',
    ug: 'يەككە سودا-سانائەتچى تىزىملىتىش (ئەنگە ئالدۇرۇش) ئىلتىماسنامىسى',
  },
  个体工商户注销登记申请书: {
    en: 'Sole proprietorship deregistration application',
    ug: 'يەككە سودا-سانائەتچىنى ئەمەلدىن قالدۇرۇش تىزىملىتىش ئىلتىماسنامىسى',
  },
  变更后的经营场所使用证明: {
    en: 'Proof of the right to use the new business premises',
    ug: 'ئۆزگەرتىلگەن تىجارەت ئورنىنى ئىشلىتىش ئىسپاتى',
  },
  经营场所证明: { en: 'Proof of business premises', ug: 'تىجارەت ئورنى ئىسپاتى' },
  经营场所使用证明: {
    en: 'Proof of the right to use the business premises',
    ug: 'تىجارەت ئورنىنى ئىشلىتىش ئىسپاتى',
  },
  经营场所产权证明或租赁证明: {
    en: 'Proof of ownership or lease of the business premises',
    ug: 'تىجارەت ئورنىنىڭ مۈلۈك ھوقۇقى ئىسپاتى ياكى ئىجارە ئىسپاتى',
  },
  营业场所产权证明或租赁合同: {
    en: 'Proof of ownership or lease contract of the business premises',
    ug: 'تىجارەت ئورنىنىڭ مۈلۈك ھوقۇقى ئىسپاتى ياكى ئىجارە توختامى',
  },
  经营场所及储存设施证明: {
    en: 'Proof of business premises and storage facilities',
    ug: 'تىجارەت ئورنى ۋە ساقلاش ئەسلىھەلىرى ئىسپاتى',
  },
  经营场所和仓储场所证明: {
    en: 'Proof of business and storage premises',
    ug: 'تىجارەت ئورنى ۋە ئامبار ئورنى ئىسپاتى',
  },
  经营场所平面图和设备布局图: {
    en: 'Floor plan and equipment layout of the premises',
    ug: 'تىجارەت ئورنىنىڭ تەكشىلىك سىزمىسى ۋە ئۈسكۈنە ئورۇنلاشتۇرۇش سىزمىسى',
  },
  房屋产权证明或租赁合同: {
    en: 'Proof of property ownership or lease contract',
    ug: 'ئۆي مۈلۈك ھوقۇقى ئىسپاتى ياكى ئىجارە توختامى',
  },
  场所使用权证明: { en: 'Proof of the right to use the premises', ug: 'سورۇن ئىشلىتىش ھوقۇقى ئىسپاتى' },
  场地使用权证明: { en: 'Proof of the right to use the site', ug: 'مەيدان ئىشلىتىش ھوقۇقى ئىسپاتى' },
  服务场所权属证明: {
    en: 'Proof of ownership of the service premises',
    ug: 'مۇلازىمەت سورۇنىنىڭ ئىگىدارلىق ئىسپاتى',
  },
  零售场所产权或租赁证明: {
    en: 'Proof of ownership or lease of the retail premises',
    ug: 'پارچە سېتىش ئورنىنىڭ مۈلۈك ھوقۇقى ياكى ئىجارە ئىسپاتى',
  },
  '财务负责人、办税人员身份证件': {
    en: 'Identity documents of the financial officer and the tax officer',
    ug: 'مالىيە مەسئۇلى ۋە باج بېجىرگۈچىنىڭ كىملىك ھۆججىتى',
  },
  验资证明或注册资本实缴证明: {
    en: 'Capital verification or proof of paid-in registered capital',
    ug: 'مەبلەغ دەلىللەش ئىسپاتى ياكى تىزىملانغان مەبلەغ تاپشۇرۇلغانلىق ئىسپاتى',
  },
  '验资证明、资产评估报告': {
    en: 'Capital verification and asset valuation report',
    ug: 'مەبلەغ دەلىللەش ئىسپاتى ۋە مۈلۈك باھالاش دوكلاتى',
  },
  验资报告: { en: 'Capital verification report', ug: 'مەبلەغ دەلىللەش دوكلاتى' },
  从业人员健康证明: { en: 'Staff health certificates', ug: 'خادىملارنىڭ سالامەتلىك ئىسپاتى' },
  从业人员健康合格证明: { en: 'Staff health certificates', ug: 'خادىملارنىڭ سالامەتلىك لاياقەت ئىسپاتى' },
  人员信息: { en: 'Staff details', ug: 'خادىملار ئۇچۇرى' },
  设施设备清单: { en: 'List of facilities and equipment', ug: 'ئەسلىھە-ئۈسكۈنىلەر تىزىملىكى' },
  管理制度文本: { en: 'Management rules', ug: 'باشقۇرۇش تۈزۈمى تېكىستى' },
  质量管理制度: { en: 'Quality management rules', ug: 'سۈپەت باشقۇرۇش تۈزۈمى' },
  质量管理人员资格证明: {
    en: 'Quality managers’ qualifications',
    ug: 'سۈپەت باشقۇرۇش خادىملىرىنىڭ سالاھىيەت ئىسپاتى',
  },
  安全生产管理制度: { en: 'Work safety management rules', ug: 'بىخەتەر ئىشلەپچىقىرىش باشقۇرۇش تۈزۈمى' },
  安全生产管理制度和岗位操作规程: {
    en: 'Work safety rules and job operating procedures',
    ug: 'بىخەتەر ئىشلەپچىقىرىش باشقۇرۇش تۈزۈمى ۋە ئورۇن مەشغۇلات قائىدىسى',
  },
  安全保障制度和措施: { en: 'Safety rules and measures', ug: 'بىخەتەرلىك كاپالىتى تۈزۈمى ۋە تەدبىرلىرى' },
  事故应急救援预案: { en: 'Accident emergency rescue plan', ug: 'ھادىسە جىددىي قۇتقۇزۇش لايىھىسى' },
  事故应急预案: { en: 'Accident emergency plan', ug: 'ھادىسە جىددىي ئەھۋال لايىھىسى' },
  可行性报告: { en: 'Feasibility report', ug: 'ئىمكانىيەت دوكلاتى' },

  // public security trades (特种行业)
  旅馆业特种行业许可证申请登记表: {
    en: 'Application form for a special trade licence (hotels)',
    ug: 'مېھمانخانا ئالاھىدە كەسىپ ئىجازەتنامىسى ئىلتىماس تىزىملاش جەدۋىلى',
  },
  旅馆平面图及消防安全检查合格证明: {
    en: 'Hotel floor plan and fire safety inspection certificate',
    ug: 'مېھمانخانىنىڭ تەكشىلىك سىزمىسى ۋە ئوت مۇداپىئە تەكشۈرۈشىدىن ئۆتكەنلىك ئىسپاتى',
  },
  治安保卫组织及安全管理制度: {
    en: 'Security organisation and safety management rules',
    ug: 'ئامانلىق قوغداش تەشكىلى ۋە بىخەتەرلىك باشقۇرۇش تۈزۈمى',
  },
  公章刻制业特种行业许可证申请表: {
    en: 'Application form for a special trade licence (seal engraving)',
    ug: 'تامغا ئويۇش كەسپى ئالاھىدە كەسىپ ئىجازەتنامىسى ئىلتىماس جەدۋىلى',
  },
  印章治安管理信息系统备案材料: {
    en: 'Filing materials for the seal management information system',
    ug: 'تامغا ئامانلىق باشقۇرۇش ئۇچۇر سىستېمىسىغا ئەنگە ئالدۇرۇش ماتېرىيالى',
  },

  // human resources and social security
  原社会保障卡: { en: 'Previous social security card', ug: 'ئەسلىدىكى ئىجتىمائىي كاپالەت كارتىسى' },
  社会保障卡: { en: 'Social security card', ug: 'ئىجتىمائىي كاپالەت كارتىسى' },
  社会保障卡或银行账户: {
    en: 'Social security card or bank account',
    ug: 'ئىجتىمائىي كاپالەت كارتىسى ياكى بانكا ھېساباتى',
  },
  解除或终止劳动合同证明: {
    en: 'Proof of termination of the employment contract',
    ug: 'ئەمگەك توختامىنى بىكار قىلىش ياكى ئاخىرلاشتۇرۇش ئىسپاتى',
  },
  本人档案: { en: 'Personal file', ug: 'شەخسىي ئارخىپ' },
  基本养老保险待遇申领表: {
    en: 'Basic pension claim form',
    ug: 'ئاساسىي پېنسىيە سۇغۇرتىسى تەمىناتى ئىلتىماس جەدۋىلى',
  },
  视同缴费年限认定材料: {
    en: 'Documents for recognising deemed contribution years',
    ug: 'تاپشۇرۇلغان دەپ قارىلىدىغان يىل سانىنى بېكىتىش ماتېرىيالى',
  },
  参保缴费凭证: { en: 'Proof of insurance contributions', ug: 'سۇغۇرتا ھەققى تاپشۇرغانلىق ئىسپاتى' },
  工伤认定申请表: {
    en: 'Work injury recognition application form',
    ug: 'ئىش جەريانىدا يارىلىنىشنى بېكىتىش ئىلتىماس جەدۋىلى',
  },
  劳动关系证明: { en: 'Proof of employment relationship', ug: 'ئەمگەك مۇناسىۋىتى ئىسپاتى' },
  医疗诊断证明书或职业病诊断证明书: {
    en: 'Medical diagnosis certificate or occupational disease diagnosis certificate',
    ug: 'داۋالاش دىئاگنوز ئىسپاتى ياكى كەسىپ كېسىلى دىئاگنوز ئىسپاتى',
  },
  事故调查报告或证人证言: {
    en: 'Accident investigation report or witness statements',
    ug: 'ھادىسە تەكشۈرۈش دوكلاتى ياكى گۇۋاھچىلارنىڭ گۇۋاھلىقى',
  },
  人力资源服务许可申请表: {
    en: 'Human resources service licence application form',
    ug: 'ئادەم كۈچى بايلىقى مۇلازىمىتى ئىجازىتى ئىلتىماس جەدۋىلى',
  },
  专职工作人员名单及资格证明: {
    en: 'List of full-time staff and their qualifications',
    ug: 'تولۇق ۋاقىتلىق خادىملار تىزىملىكى ۋە سالاھىيەت ئىسپاتى',
  },
  服务管理制度: { en: 'Service management rules', ug: 'مۇلازىمەت باشقۇرۇش تۈزۈمى' },
  劳务派遣经营许可申请书: {
    en: 'Labour dispatch licence application',
    ug: 'ئەمگەك ئەۋەتىش تىجارىتى ئىجازىتى ئىلتىماسنامىسى',
  },
  劳务派遣管理制度: { en: 'Labour dispatch management rules', ug: 'ئەمگەك ئەۋەتىش باشقۇرۇش تۈزۈمى' },
  异地就医备案登记表: {
    en: 'Registration form for medical treatment in another region',
    ug: 'باشقا جايدا داۋالىنىشنى ئەنگە ئالدۇرۇش تىزىملاش جەدۋىلى',
  },
  二级以上医疗机构出具的诊断证明: {
    en: 'Diagnosis certificate from a grade-2 or higher hospital',
    ug: 'ئىككىنچى دەرىجىدىن يۇقىرى داۋالاش ئورنى بەرگەن دىئاگنوز ئىسپاتى',
  },
  近期病历及检查报告: {
    en: 'Recent medical records and test reports',
    ug: 'يېقىنقى كېسەللىك خاتىرىسى ۋە تەكشۈرۈش دوكلاتى',
  },
  '住院病历（出院小结）': {
    en: 'Inpatient record (discharge summary)',
    ug: 'دوختۇرخانىدا يېتىش خاتىرىسى (دوختۇرخانىدىن چىقىش خۇلاسىسى)',
  },
  退休审批表: { en: 'Retirement approval form', ug: 'پېنسىيەگە چىقىشنى تەستىقلاش جەدۋىلى' },
  就业困难人员认定申请表: {
    en: 'Application form for recognition of employment difficulty',
    ug: 'ئىشقا ئورۇنلىشىشتا قىيىنچىلىقى بار كىشىلەرنى بېكىتىش ئىلتىماس جەدۋىلى',
  },
  从业人员工伤保险缴费证明: {
    en: 'Proof of work injury insurance contributions for staff',
    ug: 'خادىملارنىڭ ئىش جەريانىدا يارىلىنىش سۇغۇرتىسى ھەققى تاپشۇرغانلىق ئىسپاتى',
  },
  与聘用企业签订的劳动合同: {
    en: 'Employment contract with the employer',
    ug: 'تەكلىپ قىلغۇچى كارخانا بىلەن تۈزۈلگەن ئەمگەك توختامى',
  },

  // health
  医疗机构申请执业登记注册书: {
    en: 'Medical institution practice registration application',
    ug: 'داۋالاش ئورنى كەسپىي تىزىملىتىش ئىلتىماسنامىسى',
  },
  设置医疗机构批准书或备案回执: {
    en: 'Approval or filing receipt for setting up the medical institution',
    ug: 'داۋالاش ئورنى قۇرۇش تەستىقنامىسى ياكى ئەنگە ئالدۇرۇش تالونى',
  },
  医疗机构用房产权证明或使用证明: {
    en: 'Proof of ownership or use of the medical institution’s premises',
    ug: 'داۋالاش ئورنى ئىشلىتىدىغان ئۆينىڭ مۈلۈك ھوقۇقى ياكى ئىشلىتىش ئىسپاتى',
  },
  建筑设计平面图: { en: 'Architectural floor plan', ug: 'بىنا لايىھىسى تەكشىلىك سىزمىسى' },
  医疗机构规章制度: {
    en: 'Rules and regulations of the medical institution',
    ug: 'داۋالاش ئورنىنىڭ قائىدە-تۈزۈملىرى',
  },
  医务人员执业资格证书: {
    en: 'Medical staff’s practising qualification certificates',
    ug: 'داۋالاش خادىملىرىنىڭ كەسپىي سالاھىيەت گۇۋاھنامىسى',
  },
  医师执业注册申请审核表: {
    en: 'Physician practice registration form',
    ug: 'دوختۇرلۇق كەسپىنى تىزىملىتىش ئىلتىماس-تەكشۈرۈش جەدۋىلى',
  },
  医师资格证书: { en: 'Physician qualification certificate', ug: 'دوختۇرلۇق سالاھىيەت گۇۋاھنامىسى' },
  近6个月内的健康体检证明: {
    en: 'Health check certificate from the last 6 months',
    ug: 'يېقىنقى 6 ئاي ئىچىدىكى سالامەتلىك تەكشۈرۈش ئىسپاتى',
  },
  拟执业机构的聘用证明: {
    en: 'Letter of employment from the intended place of practice',
    ug: 'كەسىپ يۈرگۈزمەكچى بولغان ئورۇننىڭ تەكلىپ ئىسپاتى',
  },
  护士注册申请审核表: {
    en: 'Nurse registration form',
    ug: 'سېستىرالىق كەسپىنى تىزىملىتىش ئىلتىماس-تەكشۈرۈش جەدۋىلى',
  },
  护士执业资格考试成绩合格证明: {
    en: 'Certificate of passing the nurse qualification examination',
    ug: 'سېستىرالىق كەسپىي سالاھىيەت ئىمتىھانىدىن ئۆتكەنلىك ئىسپاتى',
  },
  学历证书及专业学习中的临床实习证明: {
    en: 'Diploma and proof of clinical internship',
    ug: 'مائارىپ تارىخى گۇۋاھنامىسى ۋە كلىنىكىلىق ئەمەلىيات ئىسپاتى',
  },
  健康体检证明: { en: 'Health check certificate', ug: 'سالامەتلىك تەكشۈرۈش ئىسپاتى' },
  医疗卫生机构拟聘用的相关材料: {
    en: 'Documents from the medical institution that intends to employ the applicant',
    ug: 'داۋالاش-ساغلاملىق ئورنىنىڭ تەكلىپ قىلىش ماتېرىيالى',
  },
  公共场所卫生许可申请表: {
    en: 'Public place health licence application form',
    ug: 'ئاممىۋى سورۇن ساغلاملىق ئىجازىتى ئىلتىماس جەدۋىلى',
  },
  '公共场所地址方位示意图、平面图和卫生设施平面布局图': {
    en: 'Location map, floor plan and hygiene facilities layout of the public place',
    ug: 'ئاممىۋى سورۇننىڭ ئورۇن سىزمىسى، تەكشىلىك سىزمىسى ۋە ساغلاملىق ئەسلىھەلىرى ئورۇنلاشتۇرۇش سىزمىسى',
  },
  公共场所卫生检测或者评价报告: {
    en: 'Hygiene test or assessment report of the public place',
    ug: 'ئاممىۋى سورۇن ساغلاملىق تەكشۈرۈش ياكى باھالاش دوكلاتى',
  },
  公共场所卫生管理制度: {
    en: 'Hygiene management rules of the public place',
    ug: 'ئاممىۋى سورۇن ساغلاملىق باشقۇرۇش تۈزۈمى',
  },
  放射诊疗许可申请表: {
    en: 'Radiological diagnosis and treatment licence application form',
    ug: 'رادىئاتسىيە ئارقىلىق تەكشۈرۈش-داۋالاش ئىجازىتى ئىلتىماس جەدۋىلى',
  },
  医疗机构执业许可证: {
    en: 'Medical institution practising licence',
    ug: 'داۋالاش ئورنى كەسپىي ئىجازەتنامىسى',
  },
  放射诊疗建设项目竣工验收合格证明: {
    en: 'Completion acceptance certificate of the radiological project',
    ug: 'رادىئاتسىيە داۋالاش قۇرۇلۇش تۈرىنىڭ پۈتكەندىن كېيىنكى تەكشۈرۈپ قوبۇل قىلىش ئىسپاتى',
  },
  放射诊疗设备清单及检测报告: {
    en: 'List of radiological equipment and test reports',
    ug: 'رادىئاتسىيە داۋالاش ئۈسكۈنىلىرى تىزىملىكى ۋە سىناش دوكلاتى',
  },
  放射工作人员资格证书及个人剂量监测资料: {
    en: 'Radiation workers’ qualification certificates and personal dose records',
    ug: 'رادىئاتسىيە خادىملىرىنىڭ سالاھىيەت گۇۋاھنامىسى ۋە شەخسىي مىقدار نازارەت ماتېرىيالى',
  },

  // market regulation: food, drugs, equipment
  清税证明: { en: 'Tax clearance certificate', ug: 'باج تازىلانغانلىق ئىسپاتى' },
  食品经营许可申请书: {
    en: 'Food business licence application',
    ug: 'يېمەكلىك تىجارىتى ئىجازىتى ئىلتىماسنامىسى',
  },
  '与食品经营相适应的经营场所平面图、设备布局图和操作流程': {
    en: 'Floor plan, equipment layout and process flow of the food premises',
    ug: 'يېمەكلىك تىجارىتىگە ماس كېلىدىغان تىجارەت ئورنىنىڭ تەكشىلىك سىزمىسى، ئۈسكۈنە ئورۇنلاشتۇرۇش سىزمىسى ۋە مەشغۇلات جەريانى',
  },
  '食品安全自查、从业人员健康管理、进货查验记录等保证食品安全的规章制度': {
    en: 'Food safety rules (self-inspection, staff health, checks of incoming goods)',
    ug: 'يېمەكلىك بىخەتەرلىكىگە كاپالەتلىك قىلىدىغان قائىدە-تۈزۈملەر (ئۆزىنى تەكشۈرۈش، خادىملار سالامەتلىكى، مال كىرگۈزۈش تەكشۈرۈش خاتىرىسى قاتارلىق)',
  },
  食品安全管理人员培训考核合格证明: {
    en: 'Food safety manager training and assessment certificate',
    ug: 'يېمەكلىك بىخەتەرلىكى باشقۇرۇش خادىمىنىڭ تەربىيىلىنىپ سىناقتىن ئۆتكەنلىك ئىسپاتى',
  },
  食品生产许可申请书: {
    en: 'Food production licence application',
    ug: 'يېمەكلىك ئىشلەپچىقىرىش ئىجازىتى ئىلتىماسنامىسى',
  },
  食品生产设备布局图和食品生产工艺流程图: {
    en: 'Production equipment layout and process flow chart',
    ug: 'يېمەكلىك ئىشلەپچىقىرىش ئۈسكۈنىلىرى ئورۇنلاشتۇرۇش سىزمىسى ۋە تېخنىكا جەريانى سىزمىسى',
  },
  '食品生产主要设备、设施清单': {
    en: 'List of main production equipment and facilities',
    ug: 'يېمەكلىك ئىشلەپچىقىرىشنىڭ ئاساسلىق ئۈسكۈنە ۋە ئەسلىھەلىرى تىزىملىكى',
  },
  食品安全管理制度: { en: 'Food safety management rules', ug: 'يېمەكلىك بىخەتەرلىكى باشقۇرۇش تۈزۈمى' },
  '专职或者兼职的食品安全专业技术人员、食品安全管理人员信息': {
    en: 'Details of full-time or part-time food safety technicians and managers',
    ug: 'تولۇق ياكى قوشۇمچە ۋاقىتلىق يېمەكلىك بىخەتەرلىكى تېخنىك ۋە باشقۇرۇش خادىملىرىنىڭ ئۇچۇرى',
  },
  药品经营许可证申请表: {
    en: 'Drug trading licence application form',
    ug: 'دورا تىجارىتى ئىجازەتنامىسى ئىلتىماس جەدۋىلى',
  },
  执业药师注册证: {
    en: 'Licensed pharmacist registration certificate',
    ug: 'كەسپىي دورىگەرلىك تىزىملاش گۇۋاھنامىسى',
  },
  '经营场所、仓储设施平面布置图及产权证明': {
    en: 'Layout of the premises and storage, with proof of ownership',
    ug: 'تىجارەت ئورنى ۋە ئامبار ئەسلىھەلىرىنىڭ ئورۇنلاشتۇرۇش سىزمىسى ۋە مۈلۈك ھوقۇقى ئىسپاتى',
  },
  质量管理文件及主要设施设备目录: {
    en: 'Quality management documents and list of main facilities',
    ug: 'سۈپەت باشقۇرۇش ھۆججەتلىرى ۋە ئاساسلىق ئەسلىھە-ئۈسكۈنىلەر مۇندەرىجىسى',
  },
  第二类医疗器械经营备案表: {
    en: 'Class II medical device trading filing form',
    ug: 'ئىككىنچى تۈردىكى داۋالاش ئەسۋابلىرى تىجارىتىنى ئەنگە ئالدۇرۇش جەدۋىلى',
  },
  '经营场所、库房地址的地理位置图、平面图、房屋产权证明文件或者租赁协议': {
    en: 'Location map, floor plan and proof of ownership or lease of the premises and warehouse',
    ug: 'تىجارەت ئورنى ۋە ئامبارنىڭ جۇغراپىيىلىك ئورۇن سىزمىسى، تەكشىلىك سىزمىسى، ئۆي مۈلۈك ھوقۇقى ئىسپاتى ياكى ئىجارە كېلىشىمى',
  },
  '经营质量管理制度、工作程序等文件目录': {
    en: 'List of quality management rules and procedures',
    ug: 'تىجارەت سۈپىتى باشقۇرۇش تۈزۈمى ۋە خىزمەت تەرتىپى قاتارلىق ھۆججەتلەر مۇندەرىجىسى',
  },
  特种设备使用登记表: {
    en: 'Special equipment use registration form',
    ug: 'ئالاھىدە ئۈسكۈنىلەرنى ئىشلىتىش تىزىملاش جەدۋىلى',
  },
  产品合格证: { en: 'Product certificate of conformity', ug: 'مەھسۇلات لاياقەت گۇۋاھنامىسى' },
  监督检验证明: { en: 'Supervisory inspection certificate', ug: 'نازارەت تەكشۈرۈش ئىسپاتى' },
  安装改造维修告知书: {
    en: 'Notice of installation, alteration or repair',
    ug: 'قۇراشتۇرۇش، ئۆزگەرتىش ۋە رېمونت قىلىش ئۇقتۇرۇشى',
  },
  全国工业产品生产许可证申请书: {
    en: 'Industrial product production licence application',
    ug: 'مەملىكەتلىك سانائەت مەھسۇلاتلىرى ئىشلەپچىقىرىش ئىجازەتنامىسى ئىلتىماسنامىسى',
  },
  检验检测机构资质认定申请书: {
    en: 'Inspection and testing body accreditation application',
    ug: 'تەكشۈرۈش-سىناش ئورگىنى سالاھىيىتىنى ئېتىراپ قىلىش ئىلتىماسنامىسى',
  },
  检验检测机构管理体系文件: {
    en: 'Management system documents of the testing body',
    ug: 'تەكشۈرۈش-سىناش ئورگىنىنىڭ باشقۇرۇش سىستېمىسى ھۆججەتلىرى',
  },
  检验检测能力申请表: {
    en: 'Testing capability application form',
    ug: 'تەكشۈرۈش-سىناش ئىقتىدارى ئىلتىماس جەدۋىلى',
  },

  // tax
  增值税一般纳税人登记表: {
    en: 'General VAT taxpayer registration form',
    ug: 'قوشۇلما قىممەت بېجى ئادەتتىكى باج تاپشۇرغۇچى تىزىملاش جەدۋىلى',
  },
  税务登记证件: { en: 'Tax registration certificate', ug: 'باج تىزىملاش گۇۋاھنامىسى' },
  发票专用章印模: { en: 'Impression of the invoice seal', ug: 'تالون مەخسۇس تامغىسىنىڭ نۇسخىسى' },
  存量房买卖合同: { en: 'Second-hand home purchase contract', ug: 'ئىشلىتىلگەن ئۆي سېتىش-سېتىۋېلىش توختامى' },
  家庭住房情况书面查询结果或承诺书: {
    en: 'Written result of the family housing check or letter of commitment',
    ug: 'ئائىلە تۇرالغۇ ئەھۋالىنى سۈرۈشتۈرۈشنىڭ يازما نەتىجىسى ياكى ۋەدىنامە',
  },
  专项附加扣除证明材料: {
    en: 'Proof for special additional deductions',
    ug: 'مەخسۇس قوشۇمچە تۇتۇپ قېلىش ئىسپات ماتېرىيالى',
  },
  注销税务登记申请表: {
    en: 'Tax deregistration application form',
    ug: 'باج تىزىملىتىشنى ئەمەلدىن قالدۇرۇش ئىلتىماس جەدۋىلى',
  },
  上级主管部门批复文件或董事会决议: {
    en: 'Approval of the superior authority or board resolution',
    ug: 'يۇقىرى دەرىجىلىك مەسئۇل تارماقنىڭ جاۋابى ياكى دىرېكتورلار ھەيئىتىنىڭ قارارى',
  },
  跨区域涉税事项报告表: {
    en: 'Cross-region tax matters report form',
    ug: 'رايونلار ئارا باج ئىشلىرى دوكلات جەدۋىلى',
  },
  外出经营合同: {
    en: 'Contract for business outside the registered area',
    ug: 'سىرتقا چىقىپ تىجارەت قىلىش توختامى',
  },
  纳税信用复评申请表: {
    en: 'Tax credit re-evaluation application form',
    ug: 'باج ئىناۋىتىنى قايتا باھالاش ئىلتىماس جەدۋىلى',
  },
  完税凭证: { en: 'Tax payment certificate', ug: 'باج تاپشۇرغانلىق ئىسپاتى' },
  个体工商户定额信息采集表: {
    en: 'Sole proprietorship fixed-quota information form',
    ug: 'يەككە سودا-سانائەتچى مۇقىم مىقدار ئۇچۇرى توپلاش جەدۋىلى',
  },
  书面合同或付款方证明: {
    en: 'Written contract or proof from the payer',
    ug: 'يازما توختام ياكى پۇل تۆلىگۈچى تەرەپنىڭ ئىسپاتى',
  },

  // construction, housing, planning
  建筑工程施工许可证申请表: {
    en: 'Construction permit application form',
    ug: 'قۇرۇلۇش ئىشلەش ئىجازەتنامىسى ئىلتىماس جەدۋىلى',
  },
  建设工程规划许可证: {
    en: 'Construction project planning permit',
    ug: 'قۇرۇلۇش قۇرۇلۇشى پىلانلاش ئىجازەتنامىسى',
  },
  建设工程规划许可证或设计方案: {
    en: 'Construction project planning permit or design scheme',
    ug: 'قۇرۇلۇش قۇرۇلۇشى پىلانلاش ئىجازەتنامىسى ياكى لايىھە',
  },
  建设工程规划许可证和施工许可证: {
    en: 'Construction project planning permit and construction permit',
    ug: 'قۇرۇلۇش قۇرۇلۇشى پىلانلاش ئىجازەتنامىسى ۋە قۇرۇلۇش ئىشلەش ئىجازەتنامىسى',
  },
  建设工程规划许可证及附图: {
    en: 'Construction project planning permit with its attached drawings',
    ug: 'قۇرۇلۇش قۇرۇلۇشى پىلانلاش ئىجازەتنامىسى ۋە قوشۇمچە سىزمىسى',
  },
  '依法需要办理建设工程规划许可的，提供建设工程规划许可证明文件': {
    en: 'Construction project planning permit, where one is required by law',
    ug: 'قانۇن بويىچە پىلانلاش ئىجازىتى بېجىرىش زۆرۈر بولسا، قۇرۇلۇش قۇرۇلۇشى پىلانلاش ئىجازىتى ئىسپات ھۆججىتى',
  },
  中标通知书或直接发包批准文件及施工合同: {
    en: 'Notice of award or approval of direct contracting, and the construction contract',
    ug: 'تېندىردا ئۇتۇش ئۇقتۇرۇشى ياكى بىۋاسىتە ھۆددىگە بېرىش تەستىق ھۆججىتى ۋە قۇرۇلۇش توختامى',
  },
  施工图设计文件审查合格书: {
    en: 'Construction drawing review certificate',
    ug: 'قۇرۇلۇش سىزمىسى لايىھە ھۆججىتى تەكشۈرۈشتىن ئۆتكەنلىك گۇۋاھنامىسى',
  },
  建设资金已落实承诺书: {
    en: 'Letter of commitment that construction funds are in place',
    ug: 'قۇرۇلۇش مەبلىغى ئەمەلىيلەشتى دېگەن ۋەدىنامە',
  },
  工程质量安全监督手续: {
    en: 'Quality and safety supervision procedures',
    ug: 'قۇرۇلۇش سۈپىتى ۋە بىخەتەرلىك نازارىتى رەسمىيىتى',
  },
  商品房预售许可申请表: {
    en: 'Commercial housing pre-sale licence application form',
    ug: 'سودا ئۆيلىرىنى ئالدىن سېتىش ئىجازىتى ئىلتىماس جەدۋىلى',
  },
  房地产开发企业资质证书: {
    en: 'Real estate developer qualification certificate',
    ug: 'ئۆي-مۈلۈك ئېچىش كارخانىسى سالاھىيەت گۇۋاھنامىسى',
  },
  土地使用权证书或不动产权证书: {
    en: 'Land use right certificate or real estate title certificate',
    ug: 'يەر ئىشلىتىش ھوقۇقى گۇۋاھنامىسى ياكى كۆچمەس مۈلۈك ھوقۇق گۇۋاھنامىسى',
  },
  工程施工合同及形象进度证明: {
    en: 'Construction contract and proof of construction progress',
    ug: 'قۇرۇلۇش ئىشلەش توختامى ۋە قۇرۇلۇش ئىلگىرىلەش ئىسپاتى',
  },
  商品房预售方案: { en: 'Pre-sale plan', ug: 'سودا ئۆيلىرىنى ئالدىن سېتىش لايىھىسى' },
  房地产开发企业资质申请表: {
    en: 'Real estate developer qualification application form',
    ug: 'ئۆي-مۈلۈك ئېچىش كارخانىسى سالاھىيىتى ئىلتىماس جەدۋىلى',
  },
  专业管理人员职称证书及劳动合同: {
    en: 'Professional managers’ title certificates and employment contracts',
    ug: 'كەسپىي باشقۇرۇش خادىملىرىنىڭ كەسپىي ئۇنۋان گۇۋاھنامىسى ۋە ئەمگەك توختامى',
  },
  质量保证体系文件: { en: 'Quality assurance system documents', ug: 'سۈپەت كاپالىتى سىستېمىسى ھۆججەتلىرى' },
  建筑业企业资质申请表: {
    en: 'Construction enterprise qualification application form',
    ug: 'قۇرۇلۇش كارخانىسى سالاھىيىتى ئىلتىماس جەدۋىلى',
  },
  注册建造师注册证书: {
    en: 'Registered constructor’s registration certificate',
    ug: 'تىزىملانغان قۇرۇلۇشچىنىڭ تىزىملاش گۇۋاھنامىسى',
  },
  注册建造师注册证书及社保证明: {
    en: 'Registered constructors’ certificates and social insurance records',
    ug: 'تىزىملانغان قۇرۇلۇشچىلارنىڭ تىزىملاش گۇۋاھنامىسى ۋە ئىجتىمائىي سۇغۇرتا ئىسپاتى',
  },
  '技术负责人身份证明、职称证书': {
    en: 'Technical director’s identity document and title certificate',
    ug: 'تېخنىكا مەسئۇلىنىڭ كىملىك ئىسپاتى ۋە كەسپىي ئۇنۋان گۇۋاھنامىسى',
  },
  技术负责人职称证书及代表工程业绩: {
    en: 'Technical director’s title certificate and representative projects',
    ug: 'تېخنىكا مەسئۇلىنىڭ كەسپىي ئۇنۋان گۇۋاھنامىسى ۋە ۋەكىللىك قۇرۇلۇش نەتىجىلىرى',
  },
  企业安全生产许可证: {
    en: 'Enterprise work safety licence',
    ug: 'كارخانا بىخەتەر ئىشلەپچىقىرىش ئىجازەتنامىسى',
  },
  建筑施工企业安全生产许可证申请表: {
    en: 'Construction enterprise work safety licence application form',
    ug: 'قۇرۇلۇش كارخانىسى بىخەتەر ئىشلەپچىقىرىش ئىجازەتنامىسى ئىلتىماس جەدۋىلى',
  },
  各级安全生产责任制和安全生产规章制度目录: {
    en: 'Work safety responsibilities at all levels and list of safety rules',
    ug: 'ھەر دەرىجىلىك بىخەتەر ئىشلەپچىقىرىش مەسئۇلىيەت تۈزۈمى ۋە بىخەتەر ئىشلەپچىقىرىش قائىدە-تۈزۈملىرى مۇندەرىجىسى',
  },
  '主要负责人、项目负责人、专职安全生产管理人员安全生产考核合格证书': {
    en: 'Work safety assessment certificates of the principal manager, project managers and safety officers',
    ug: 'ئاساسلىق مەسئۇل، تۈر مەسئۇلى ۋە مەخسۇس بىخەتەرلىك باشقۇرۇش خادىملىرىنىڭ بىخەتەر ئىشلەپچىقىرىش سىنىقىدىن ئۆتكەنلىك گۇۋاھنامىسى',
  },
  二级建造师注册申请表: {
    en: 'Grade-2 constructor registration application form',
    ug: 'ئىككىنچى دەرىجىلىك قۇرۇلۇشچى تىزىملىتىش ئىلتىماس جەدۋىلى',
  },
  资格证书: { en: 'Qualification certificate', ug: 'سالاھىيەت گۇۋاھنامىسى' },
  继续教育证明: { en: 'Proof of continuing education', ug: 'داۋاملىق تەربىيىلىنىش ئىسپاتى' },
  消防设计审查申请表: {
    en: 'Fire safety design review application form',
    ug: 'ئوت مۇداپىئە لايىھىسىنى تەكشۈرۈش ئىلتىماس جەدۋىلى',
  },
  消防设计文件: { en: 'Fire safety design documents', ug: 'ئوت مۇداپىئە لايىھە ھۆججەتلىرى' },
  临时性建筑的批准文件: { en: 'Approval for temporary buildings', ug: 'ۋاقىتلىق بىنانىڭ تەستىق ھۆججىتى' },
  消防验收申请表: {
    en: 'Fire safety acceptance application form',
    ug: 'ئوت مۇداپىئە تەكشۈرۈپ قوبۇل قىلىش ئىلتىماس جەدۋىلى',
  },
  工程竣工验收报告: {
    en: 'Project completion acceptance report',
    ug: 'قۇرۇلۇش پۈتكەندىن كېيىنكى تەكشۈرۈپ قوبۇل قىلىش دوكلاتى',
  },
  竣工验收报告: { en: 'Completion acceptance report', ug: 'پۈتكەندىن كېيىنكى تەكشۈرۈپ قوبۇل قىلىش دوكلاتى' },
  涉及消防的建设工程竣工图纸: {
    en: 'As-built drawings of the fire-related works',
    ug: 'ئوت مۇداپىئەگە چېتىشلىق قۇرۇلۇشنىڭ پۈتكەندىن كېيىنكى سىزمىسى',
  },
  竣工联合验收申请表: {
    en: 'Joint completion acceptance application form',
    ug: 'پۈتكەندىن كېيىنكى بىرلەشمە تەكشۈرۈپ قوبۇل قىلىش ئىلتىماس جەدۋىلى',
  },
  施工单位签署的工程质量保修书: {
    en: 'Quality warranty signed by the contractor',
    ug: 'قۇرۇلۇش ئورنى ئىمزالىغان قۇرۇلۇش سۈپىتى كاپالەتنامىسى',
  },
  竣工图及测绘成果: {
    en: 'As-built drawings and survey results',
    ug: 'پۈتكەندىن كېيىنكى سىزما ۋە ئۆلچەش-سىزىش نەتىجىسى',
  },
  住宅质量保证书和住宅使用说明书: {
    en: 'Housing quality guarantee and user manual',
    ug: 'تۇرالغۇ سۈپەت كاپالەتنامىسى ۋە تۇرالغۇ ئىشلىتىش قوللانمىسى',
  },
  公共租赁住房申请表: {
    en: 'Public rental housing application form',
    ug: 'ئاممىۋى ئىجارە ئۆيى ئىلتىماس جەدۋىلى',
  },
  '家庭收入、住房情况证明': {
    en: 'Proof of household income and housing',
    ug: 'ئائىلە كىرىمى ۋە تۇرالغۇ ئەھۋالى ئىسپاتى',
  },
  前期物业服务合同: {
    en: 'Preliminary property management contract',
    ug: 'دەسلەپكى باسقۇچتىكى مۈلۈك مۇلازىمىتى توختامى',
  },
  临时管理规约: { en: 'Provisional management rules', ug: 'ۋاقىتلىق باشقۇرۇش نىزامى' },
  物业承接查验协议: {
    en: 'Property handover inspection agreement',
    ug: 'مۈلۈكنى ئۆتكۈزۈۋېلىش تەكشۈرۈش كېلىشىمى',
  },
  建设单位移交资料清单: {
    en: 'List of documents handed over by the developer',
    ug: 'قۇرۇلۇش ئورنى ئۆتكۈزۈپ بەرگەن ماتېرىياللار تىزىملىكى',
  },
  建设项目用地预审与选址申请表: {
    en: 'Land pre-review and site selection application form',
    ug: 'قۇرۇلۇش تۈرىنىڭ يەر ئىشلىتىش ئالدىن تەكشۈرۈش ۋە ئورۇن تاللاش ئىلتىماس جەدۋىلى',
  },
  建设项目建议书或项目申请报告: {
    en: 'Project proposal or project application report',
    ug: 'قۇرۇلۇش تۈرى تەكلىپنامىسى ياكى تۈر ئىلتىماس دوكلاتى',
  },
  标注项目用地范围的土地利用现状图: {
    en: 'Land use map showing the project site boundary',
    ug: 'تۈرنىڭ يەر دائىرىسى بەلگىلەنگەن يەر ئىشلىتىش ھازىرقى ئەھۋال خەرىتىسى',
  },
  项目用地边界拐点坐标表: {
    en: 'Table of site boundary corner coordinates',
    ug: 'تۈر يېرى چېگرا بۇرۇلۇش نۇقتىلىرىنىڭ كوئوردىنات جەدۋىلى',
  },
  建设用地规划许可申请表: {
    en: 'Land use planning permit application form',
    ug: 'قۇرۇلۇش يەر ئىشلىتىش پىلانلاش ئىجازىتى ئىلتىماس جەدۋىلى',
  },
  国有建设用地使用权出让合同或划拨决定书: {
    en: 'State-owned land use right grant contract or allocation decision',
    ug: 'دۆلەت ئىگىدارلىقىدىكى قۇرۇلۇش يېرى ئىشلىتىش ھوقۇقىنى ئۆتكۈزۈپ بېرىش توختامى ياكى ئاجرىتىپ بېرىش قارارنامىسى',
  },
  '建设项目批准、核准或备案文件': {
    en: 'Project approval, authorisation or filing documents',
    ug: 'قۇرۇلۇش تۈرىنى تەستىقلاش، بېكىتىش ياكى ئەنگە ئالدۇرۇش ھۆججىتى',
  },
  规划条件及用地红线图: {
    en: 'Planning conditions and site red-line map',
    ug: 'پىلانلاش شەرتلىرى ۋە يەر قىزىل سىزىق خەرىتىسى',
  },
  建设工程规划许可申请表: {
    en: 'Construction project planning permit application form',
    ug: 'قۇرۇلۇش قۇرۇلۇشى پىلانلاش ئىجازىتى ئىلتىماس جەدۋىلى',
  },
  不动产权证书或土地使用权证明: {
    en: 'Real estate title certificate or proof of land use right',
    ug: 'كۆچمەس مۈلۈك ھوقۇق گۇۋاھنامىسى ياكى يەر ئىشلىتىش ھوقۇقى ئىسپاتى',
  },
  建设工程设计方案总平面图及建筑单体方案: {
    en: 'Site plan and building designs of the project',
    ug: 'قۇرۇلۇش لايىھىسىنىڭ ئومۇمىي تەكشىلىك سىزمىسى ۋە يەككە بىنا لايىھىسى',
  },
  建设用地规划许可证: { en: 'Land use planning permit', ug: 'قۇرۇلۇش يەر ئىشلىتىش پىلانلاش ئىجازەتنامىسى' },
  乡村建设规划许可申请表: {
    en: 'Rural construction planning permit application form',
    ug: 'يېزا قۇرۇلۇشى پىلانلاش ئىجازىتى ئىلتىماس جەدۋىلى',
  },
  村民委员会书面意见: {
    en: 'Written opinion of the villagers’ committee',
    ug: 'كەنت ئاھالىلەر كومىتېتىنىڭ يازما پىكرى',
  },
  宅基地或集体建设用地证明: {
    en: 'Proof of homestead or collective construction land',
    ug: 'ئۆي سېلىش يېرى ياكى كوللېكتىپ قۇرۇلۇش يېرى ئىسپاتى',
  },
  建设工程设计方案: { en: 'Project design scheme', ug: 'قۇرۇلۇش لايىھىسى' },
  临时建设工程规划许可申请表: {
    en: 'Temporary construction planning permit application form',
    ug: 'ۋاقىتلىق قۇرۇلۇش پىلانلاش ئىجازىتى ئىلتىماس جەدۋىلى',
  },
  临时用地证明: { en: 'Proof of temporary land use', ug: 'ۋاقىتلىق يەر ئىشلىتىش ئىسپاتى' },
  临时建筑设计方案: { en: 'Design of the temporary building', ug: 'ۋاقىتلىق بىنا لايىھىسى' },
  到期自行拆除承诺书: {
    en: 'Letter of commitment to demolish on expiry',
    ug: 'مۇددىتى توشقاندا ئۆزى چېقىۋېتىش ۋەدىنامىسى',
  },
  建设工程规划核实申请表: {
    en: 'Planning verification application form',
    ug: 'قۇرۇلۇش پىلانلاشنى ئەمەلىيەت بويىچە تەكشۈرۈش ئىلتىماس جەدۋىلى',
  },
  竣工规划测量成果报告: {
    en: 'Completion planning survey report',
    ug: 'پۈتكەندىن كېيىنكى پىلانلاش ئۆلچەش نەتىجە دوكلاتى',
  },

  // real estate registration
  不动产权证书: { en: 'Real estate title certificate', ug: 'كۆچمەس مۈلۈك ھوقۇق گۇۋاھنامىسى' },
  '不动产权证书（土地）': {
    en: 'Real estate title certificate (land)',
    ug: 'كۆچمەس مۈلۈك ھوقۇق گۇۋاھنامىسى (يەر)',
  },
  不动产登记申请书: {
    en: 'Real estate registration application',
    ug: 'كۆچمەس مۈلۈك تىزىملىتىش ئىلتىماسنامىسى',
  },
  建设工程符合规划的材料: {
    en: 'Proof that the works conform to the plan',
    ug: 'قۇرۇلۇشنىڭ پىلانغا ئۇيغۇنلۇقى ئىسپات ماتېرىيالى',
  },
  房屋已经竣工的材料: {
    en: 'Proof that the building is completed',
    ug: 'ئۆينىڭ پۈتكەنلىكى ئىسپات ماتېرىيالى',
  },
  房地产调查或者测绘报告: {
    en: 'Real estate survey or mapping report',
    ug: 'ئۆي-مۈلۈك تەكشۈرۈش ياكى ئۆلچەش-سىزىش دوكلاتى',
  },
  主债权合同: { en: 'Principal loan contract', ug: 'ئاساسىي قەرز ھوقۇقى توختامى' },
  抵押合同: { en: 'Mortgage contract', ug: 'گۆرۈ توختامى' },
  抵押权人营业执照或金融许可证: {
    en: 'Mortgagee’s business licence or financial licence',
    ug: 'گۆرۈ ھوقۇقى ئىگىسىنىڭ تىجارەت كىنىشكىسى ياكى پۇل-مۇئامىلە ئىجازەتنامىسى',
  },
  '不动产登记证明（抵押）': {
    en: 'Real estate registration certificate (mortgage)',
    ug: 'كۆچمەس مۈلۈك تىزىملاش ئىسپاتى (گۆرۈ)',
  },
  抵押权消灭的材料: {
    en: 'Proof that the mortgage has been discharged',
    ug: 'گۆرۈ ھوقۇقى ئەمەلدىن قالغانلىق ئىسپات ماتېرىيالى',
  },
  已备案的商品房预售合同: {
    en: 'Filed pre-sale contract of commercial housing',
    ug: 'ئەنگە ئالدۇرۇلغان سودا ئۆيى ئالدىن سېتىش توختامى',
  },
  当事人关于预告登记的约定: {
    en: 'Parties’ agreement on advance notice registration',
    ug: 'تەرەپلەرنىڭ ئالدىن ئۇقتۇرۇش تىزىملىتىشى توغرىسىدىكى كېلىشىمى',
  },
  变更的证明材料: { en: 'Proof of the change', ug: 'ئۆزگەرتىش ئىسپات ماتېرىيالى' },
  证实登记确有错误的材料: {
    en: 'Proof that the registration is wrong',
    ug: 'تىزىملاشنىڭ خاتالىقىنى ئىسپاتلايدىغان ماتېرىيال',
  },
  遗失声明: { en: 'Declaration of loss', ug: 'يوقاپ كەتكەنلىك باياناتى' },
  不动产登记资料查询申请书: {
    en: 'Real estate records search application',
    ug: 'كۆچمەس مۈلۈك تىزىملاش ماتېرىياللىرىنى سۈرۈشتۈرۈش ئىلتىماسنامىسى',
  },

  // housing provident fund
  住房公积金单位登记表: {
    en: 'Employer registration form for the housing provident fund',
    ug: 'تۇرالغۇ جامائەت زاپاس پۇلى ئورۇن تىزىملاش جەدۋىلى',
  },
  购房合同或不动产权证书: {
    en: 'Home purchase contract or real estate title certificate',
    ug: 'ئۆي سېتىۋېلىش توختامى ياكى كۆچمەس مۈلۈك ھوقۇق گۇۋاھنامىسى',
  },
  购房发票或契税完税凭证: {
    en: 'Home purchase invoice or deed tax payment certificate',
    ug: 'ئۆي سېتىۋېلىش تالونى ياكى ھۆججەت بېجى تاپشۇرغانلىق ئىسپاتى',
  },
  本人银行借记卡: { en: 'Applicant’s own bank debit card', ug: 'ئۆزىنىڭ بانكا دېبىت كارتىسى' },
  无房情况承诺: { en: 'Declaration of not owning a home', ug: 'ئۆيى يوقلۇق ئەھۋالى توغرىسىدىكى ۋەدە' },
  退休证明或养老保险待遇核定材料: {
    en: 'Proof of retirement or of the pension entitlement',
    ug: 'پېنسىيەگە چىققانلىق ئىسپاتى ياكى پېنسىيە تەمىناتى بېكىتىلگەنلىك ماتېرىيالى',
  },
  购房合同: { en: 'Home purchase contract', ug: 'ئۆي سېتىۋېلىش توختامى' },
  首付款证明: { en: 'Proof of down payment', ug: 'ئالدىن تۆلەنگەن پۇل ئىسپاتى' },
  收入证明: { en: 'Proof of income', ug: 'كىرىم ئىسپاتى' },
  抵押物评估报告: { en: 'Valuation report of the mortgaged property', ug: 'گۆرۈ بۇيۇمىنى باھالاش دوكلاتى' },

  // civil affairs
  社会团体成立登记申请书: {
    en: 'Social organisation registration application',
    ug: 'ئىجتىمائىي تەشكىلات قۇرۇشنى تىزىملىتىش ئىلتىماسنامىسى',
  },
  业务主管单位批准文件: {
    en: 'Approval of the supervising authority',
    ug: 'كەسپىي مەسئۇل ئورۇننىڭ تەستىق ھۆججىتى',
  },
  章程草案: { en: 'Draft charter', ug: 'نىزامنامە لايىھىسى' },
  负责人基本情况及身份证明: {
    en: 'Responsible person’s profile and identity document',
    ug: 'مەسئۇل شەخسنىڭ ئاساسىي ئەھۋالى ۋە كىملىك ئىسپاتى',
  },
  民办非企业单位成立登记申请书: {
    en: 'Private non-enterprise unit registration application',
    ug: 'خەلق باشقۇرىدىغان غەيرىي كارخانا ئورنى قۇرۇشنى تىزىملىتىش ئىلتىماسنامىسى',
  },
  拟任负责人身份证明: {
    en: 'Identity document of the proposed responsible person',
    ug: 'مەسئۇللۇققا تەيىنلەنمەكچى بولغان كىشىنىڭ كىملىك ئىسپاتى',
  },
  养老机构备案书: { en: 'Care home filing form', ug: 'قېرىلار بېقىش ئورنىنى ئەنگە ئالدۇرۇش ھۆججىتى' },
  养老机构备案承诺书: {
    en: 'Care home letter of commitment',
    ug: 'قېرىلار بېقىش ئورنى ئەنگە ئالدۇرۇش ۋەدىنامىسى',
  },
  '消防、食品经营等相关证明': {
    en: 'Fire safety, food business and other relevant certificates',
    ug: 'ئوت مۇداپىئە، يېمەكلىك تىجارىتى قاتارلىق مۇناسىۋەتلىك ئىسپاتلار',
  },
  慈善组织认定申请书: {
    en: 'Charitable organisation recognition application',
    ug: 'خەيرى-ساخاۋەت تەشكىلاتىنى بېكىتىش ئىلتىماسنامىسى',
  },
  登记证书: { en: 'Registration certificate', ug: 'تىزىملاش گۇۋاھنامىسى' },
  符合慈善法要求的章程: {
    en: 'Charter conforming to the Charity Law',
    ug: 'خەيرى-ساخاۋەت قانۇنىنىڭ تەلىپىگە ئۇيغۇن نىزامنامە',
  },
  上一年度财务审计报告: {
    en: 'Financial audit report of the previous year',
    ug: 'ئالدىنقى يىللىق مالىيە تەپتىش دوكلاتى',
  },
  负责人信用承诺: { en: 'Responsible person’s credit commitment', ug: 'مەسئۇل شەخسنىڭ ئىناۋەت ۋەدىسى' },
  第二代残疾人证: {
    en: 'Second-generation disability certificate',
    ug: 'ئىككىنچى ئەۋلاد مېيىپلار گۇۋاھنامىسى',
  },
  残疾人两项补贴申请审批表: {
    en: 'Application and approval form for the two disability allowances',
    ug: 'مېيىپلارنىڭ ئىككى تۈرلۈك ياردەم پۇلى ئىلتىماس-تەستىقلاش جەدۋىلى',
  },
  最低生活保障证明: { en: 'Proof of minimum living allowance', ug: 'ئەڭ تۆۋەن تۇرمۇش كاپالىتى ئىسپاتى' },
  残疾人证申请表: {
    en: 'Disability certificate application form',
    ug: 'مېيىپلار گۇۋاھنامىسى ئىلتىماس جەدۋىلى',
  },
  原残疾人证: { en: 'Previous disability certificate', ug: 'ئەسلىدىكى مېيىپلار گۇۋاھنامىسى' },
  最低生活保障申请书: {
    en: 'Minimum living allowance application',
    ug: 'ئەڭ تۆۋەن تۇرمۇش كاپالىتى ئىلتىماسنامىسى',
  },
  家庭经济状况核对授权书: {
    en: 'Authorisation to check household finances',
    ug: 'ئائىلە ئىقتىسادىي ئەھۋالىنى تەكشۈرۈشكە ھوقۇق بېرىش خېتى',
  },
  '残疾证、病历等证明材料': {
    en: 'Disability certificate, medical records or other proof',
    ug: 'مېيىپلار گۇۋاھنامىسى، كېسەللىك خاتىرىسى قاتارلىق ئىسپات ماتېرىياللىرى',
  },
  '残疾证、低保证等相关证明': {
    en: 'Disability certificate, minimum living allowance certificate or similar proof',
    ug: 'مېيىپلار گۇۋاھنامىسى، ئەڭ تۆۋەن تۇرمۇش كاپالىتى گۇۋاھنامىسى قاتارلىق مۇناسىۋەتلىك ئىسپاتلار',
  },

  // transport
  道路旅客运输经营申请表: {
    en: 'Road passenger transport licence application form',
    ug: 'يول يولۇچىلار تىرانسپورتى تىجارىتى ئىلتىماس جەدۋىلى',
  },
  拟投入车辆承诺书: {
    en: 'Letter of commitment on the vehicles to be used',
    ug: 'ئىشلىتىلمەكچى بولغان ماشىنىلار توغرىسىدىكى ۋەدىنامە',
  },
  驾驶人员从业资格证: {
    en: 'Drivers’ professional qualification certificates',
    ug: 'شوپۇرلارنىڭ كەسپىي سالاھىيەت گۇۋاھنامىسى',
  },
  道路货物运输经营申请表: {
    en: 'Road freight transport licence application form',
    ug: 'يول يۈك تىرانسپورتى تىجارىتى ئىلتىماس جەدۋىلى',
  },
  车辆行驶证或购车承诺: {
    en: 'Vehicle licence or commitment to buy vehicles',
    ug: 'ماشىنا يۈرۈش كىنىشكىسى ياكى ماشىنا سېتىۋېلىش ۋەدىسى',
  },
  网络预约出租汽车运输证申请表: {
    en: 'Ride-hailing vehicle permit application form',
    ug: 'تور ئارقىلىق بۇيرۇتۇلىدىغان تاكسى تىرانسپورت گۇۋاھنامىسى ئىلتىماس جەدۋىلى',
  },
  车辆技术条件证明: {
    en: 'Proof of the vehicle’s technical condition',
    ug: 'ماشىنىنىڭ تېخنىكىلىق شەرتى ئىسپاتى',
  },
  与网约车平台公司签订的协议: {
    en: 'Agreement with a ride-hailing platform',
    ug: 'تور تاكسى سۇپىسى شىركىتى بىلەن تۈزۈلگەن كېلىشىم',
  },
  考试合格证明: { en: 'Examination pass certificate', ug: 'ئىمتىھاندىن ئۆتكەنلىك ئىسپاتى' },
  机动车维修经营备案表: {
    en: 'Vehicle repair business filing form',
    ug: 'ماشىنا رېمونت تىجارىتىنى ئەنگە ئالدۇرۇش جەدۋىلى',
  },
  维修设备设施清单: {
    en: 'List of repair equipment and facilities',
    ug: 'رېمونت ئۈسكۈنە-ئەسلىھەلىرى تىزىملىكى',
  },
  技术人员从业资格证明: {
    en: 'Technicians’ professional qualification certificates',
    ug: 'تېخنىك خادىملارنىڭ كەسپىي سالاھىيەت ئىسپاتى',
  },
  维修场地使用证明: {
    en: 'Proof of the right to use the repair site',
    ug: 'رېمونت مەيدانىنى ئىشلىتىش ئىسپاتى',
  },

  // civil air defence, fire safety
  人防工程建设审批申请表: {
    en: 'Civil air defence works approval application form',
    ug: 'خەلق مۇداپىئە قۇرۇلۇشىنى تەستىقلاش ئىلتىماس جەدۋىلى',
  },
  人防工程施工图设计文件: {
    en: 'Construction drawings of the civil air defence works',
    ug: 'خەلق مۇداپىئە قۇرۇلۇشىنىڭ قۇرۇلۇش سىزمىسى لايىھە ھۆججىتى',
  },
  易地建设费缴纳凭证: {
    en: 'Proof of payment of the off-site construction fee',
    ug: 'باشقا جايدا قۇرۇش ھەققى تاپشۇرغانلىق ئىسپاتى',
  },
  人防工程竣工验收备案表: {
    en: 'Civil air defence works completion filing form',
    ug: 'خەلق مۇداپىئە قۇرۇلۇشى پۈتكەندىن كېيىنكى تەكشۈرۈپ قوبۇل قىلىشنى ئەنگە ئالدۇرۇش جەدۋىلى',
  },
  人防工程质量监督报告: {
    en: 'Civil air defence works quality supervision report',
    ug: 'خەلق مۇداپىئە قۇرۇلۇشى سۈپەت نازارىتى دوكلاتى',
  },
  '公众聚集场所投入使用、营业消防安全告知承诺书': {
    en: 'Fire safety notification and commitment for opening a public venue',
    ug: 'ئاممىۋى توپلىنىش سورۇنىنى ئىشلىتىش ۋە تىجارەت قىلىش ئوت مۇداپىئە بىخەتەرلىكى ئۇقتۇرۇش-ۋەدىنامىسى',
  },
  '场所平面布置图、场所消防设施平面图': {
    en: 'Venue layout and fire safety facilities plan',
    ug: 'سورۇن ئورۇنلاشتۇرۇش سىزمىسى ۋە ئوت مۇداپىئە ئەسلىھەلىرى تەكشىلىك سىزمىسى',
  },
  '消防安全制度、灭火和应急疏散预案': {
    en: 'Fire safety rules, firefighting and evacuation plan',
    ug: 'ئوت مۇداپىئە بىخەتەرلىك تۈزۈمى، ئوت ئۆچۈرۈش ۋە جىددىي تارقىلىش لايىھىسى',
  },
  员工岗前消防安全教育培训记录: {
    en: 'Record of staff fire safety training before starting work',
    ug: 'خىزمەتچىلەرنىڭ خىزمەتكە چۈشۈشتىن بۇرۇنقى ئوت مۇداپىئە تەربىيىلىنىش خاتىرىسى',
  },
  大型群众性活动消防安全检查申请表: {
    en: 'Fire safety check application form for large public events',
    ug: 'چوڭ تىپتىكى ئاممىۋى پائالىيەت ئوت مۇداپىئە تەكشۈرۈشى ئىلتىماس جەدۋىلى',
  },
  活动方案及场地平面图: {
    en: 'Event plan and site plan',
    ug: 'پائالىيەت لايىھىسى ۋە مەيدان تەكشىلىك سىزمىسى',
  },
  消防安全工作方案和应急预案: {
    en: 'Fire safety work plan and emergency plan',
    ug: 'ئوت مۇداپىئە بىخەتەرلىك خىزمەت لايىھىسى ۋە جىددىي ئەھۋال لايىھىسى',
  },
  消防安全检查合格证明或告知承诺书: {
    en: 'Fire safety inspection certificate or notification and commitment',
    ug: 'ئوت مۇداپىئە تەكشۈرۈشىدىن ئۆتكەنلىك ئىسپاتى ياكى ئۇقتۇرۇش-ۋەدىنامە',
  },

  // environment, water, urban management
  建设项目环境影响评价文件审批申请书: {
    en: 'Application for approval of the environmental impact assessment',
    ug: 'قۇرۇلۇش تۈرىنىڭ مۇھىتقا تەسىرىنى باھالاش ھۆججىتىنى تەستىقلاش ئىلتىماسنامىسى',
  },
  '环境影响报告书（全本）': {
    en: 'Environmental impact report (full text)',
    ug: 'مۇھىتقا تەسىر دوكلاتى (تولۇق نۇسخا)',
  },
  公众参与说明: { en: 'Statement on public participation', ug: 'ئاممىنىڭ قاتنىشىشى توغرىسىدا چۈشەندۈرۈش' },
  '删除涉及国家秘密、商业秘密内容的说明': {
    en: 'Statement on removing state and commercial secrets',
    ug: 'دۆلەت مەخپىيىتى ۋە سودا مەخپىيىتىگە چېتىشلىق مەزمۇنلارنى ئۆچۈرۈش توغرىسىدا چۈشەندۈرۈش',
  },
  环境影响报告表: { en: 'Environmental impact form', ug: 'مۇھىتقا تەسىر جەدۋىلى' },
  排污许可证申请表: {
    en: 'Pollutant discharge permit application form',
    ug: 'پاسكىنا قويۇپ بېرىش ئىجازەتنامىسى ئىلتىماس جەدۋىلى',
  },
  环境影响评价审批文件或备案材料: {
    en: 'Environmental impact assessment approval or filing documents',
    ug: 'مۇھىتقا تەسىرنى باھالاش تەستىق ھۆججىتى ياكى ئەنگە ئالدۇرۇش ماتېرىيالى',
  },
  环境影响评价审批文件: {
    en: 'Environmental impact assessment approval',
    ug: 'مۇھىتقا تەسىرنى باھالاش تەستىق ھۆججىتى',
  },
  环境影响评价文件批复: {
    en: 'Approval of the environmental impact assessment documents',
    ug: 'مۇھىتقا تەسىرنى باھالاش ھۆججىتىگە بېرىلگەن جاۋاب',
  },
  自行监测方案: { en: 'Self-monitoring plan', ug: 'ئۆزى نازارەت قىلىش لايىھىسى' },
  守法承诺书: { en: 'Letter of commitment to comply with the law', ug: 'قانۇنغا ئەمەل قىلىش ۋەدىنامىسى' },
  取水许可申请书: { en: 'Water abstraction permit application', ug: 'سۇ ئېلىش ئىجازىتى ئىلتىماسنامىسى' },
  建设项目水资源论证报告: {
    en: 'Water resources assessment report of the project',
    ug: 'قۇرۇلۇش تۈرىنىڭ سۇ مەنبەسىنى دەلىللەش دوكلاتى',
  },
  与第三者利害关系的相关说明: {
    en: 'Statement on the interests of third parties',
    ug: 'ئۈچىنچى تەرەپ بىلەن مەنپەئەت مۇناسىۋىتى توغرىسىدا چۈشەندۈرۈش',
  },
  水土保持方案审批申请文件: {
    en: 'Application for approval of the soil and water conservation plan',
    ug: 'سۇ-تۇپراق ساقلاش لايىھىسىنى تەستىقلاش ئىلتىماس ھۆججىتى',
  },
  水土保持方案报告书或报告表: {
    en: 'Soil and water conservation plan report or form',
    ug: 'سۇ-تۇپراق ساقلاش لايىھىسى دوكلاتى ياكى دوكلات جەدۋىلى',
  },
  城镇污水排入排水管网许可申请表: {
    en: 'Sewer discharge permit application form',
    ug: 'شەھەر-بازارلارنىڭ ھىجىل سۇيىنى تۇرۇبا تورىغا قويۇپ بېرىش ئىجازىتى ئىلتىماس جەدۋىلى',
  },
  '排水户内部排水管网、专用检测井、排放口位置和口径的图纸及说明': {
    en: 'Drawings and description of the internal drains, inspection wells and outlets',
    ug: 'سۇ قويۇپ بەرگۈچى ئورۇننىڭ ئىچكى تۇرۇبا تورى، مەخسۇس تەكشۈرۈش قۇدۇقى، قويۇپ بېرىش ئېغىزىنىڭ ئورنى ۋە دىئامېتىرى سىزمىسى ۋە چۈشەندۈرۈشى',
  },
  '排水水质、水量检测报告': {
    en: 'Wastewater quality and volume test report',
    ug: 'قويۇپ بېرىلگەن سۇ سۈپىتى ۋە مىقدارىنى سىناش دوكلاتى',
  },
  建筑垃圾处置核准申请表: {
    en: 'Construction waste disposal application form',
    ug: 'قۇرۇلۇش ئەخلىتىنى بىر تەرەپ قىلىشنى تەستىقلاش ئىلتىماس جەدۋىلى',
  },
  建筑垃圾处置方案: {
    en: 'Construction waste disposal plan',
    ug: 'قۇرۇلۇش ئەخلىتىنى بىر تەرەپ قىلىش لايىھىسى',
  },
  与运输单位签订的运输合同: {
    en: 'Transport contract with the haulier',
    ug: 'تىرانسپورت ئورنى بىلەن تۈزۈلگەن توشۇش توختامى',
  },
  消纳场地证明: { en: 'Proof of the disposal site', ug: 'ئەخلەت تۆكۈش مەيدانى ئىسپاتى' },
  户外广告设置申请表: {
    en: 'Outdoor advertising application form',
    ug: 'سىرتقى ئېلان ئورنىتىش ئىلتىماس جەدۋىلى',
  },
  设置位置图和效果图: { en: 'Location plan and rendering', ug: 'ئورنىتىش ئورنى سىزمىسى ۋە ئۈنۈم سىزمىسى' },
  结构安全检测报告: { en: 'Structural safety test report', ug: 'قۇرۇلما بىخەتەرلىكىنى سىناش دوكلاتى' },
  临时占用城市道路申请表: {
    en: 'Application form for temporary occupation of city roads',
    ug: 'شەھەر يوللىرىنى ۋاقىتلىق ئىگىلەش ئىلتىماس جەدۋىلى',
  },
  占道位置平面图: {
    en: 'Plan of the occupied road section',
    ug: 'ئىگىلىنىدىغان يول ئورنىنىڭ تەكشىلىك سىزمىسى',
  },
  交通组织方案: { en: 'Traffic management plan', ug: 'قاتناش تەشكىللەش لايىھىسى' },
  危险废物经营许可证申请书: {
    en: 'Hazardous waste operation licence application',
    ug: 'خەتەرلىك ئەخلەت تىجارىتى ئىجازەتنامىسى ئىلتىماسنامىسى',
  },
  '贮存、利用、处置设施情况': {
    en: 'Description of storage, recovery and disposal facilities',
    ug: 'ساقلاش، پايدىلىنىش ۋە بىر تەرەپ قىلىش ئەسلىھەلىرىنىڭ ئەھۋالى',
  },
  专业技术人员证明: { en: 'Proof of professional technical staff', ug: 'كەسپىي تېخنىك خادىملار ئىسپاتى' },
  辐射安全许可证申请表: {
    en: 'Radiation safety licence application form',
    ug: 'رادىئاتسىيە بىخەتەرلىك ئىجازەتنامىسى ئىلتىماس جەدۋىلى',
  },
  辐射安全管理制度: { en: 'Radiation safety management rules', ug: 'رادىئاتسىيە بىخەتەرلىك باشقۇرۇش تۈزۈمى' },
  辐射工作人员培训合格证明: {
    en: 'Radiation workers’ training certificates',
    ug: 'رادىئاتسىيە خادىملىرىنىڭ تەربىيىلىنىپ ئۆتكەنلىك ئىسپاتى',
  },

  // development and reform
  企业投资项目备案信息表: {
    en: 'Enterprise investment project filing form',
    ug: 'كارخانا مەبلەغ سېلىش تۈرىنى ئەنگە ئالدۇرۇش ئۇچۇر جەدۋىلى',
  },
  项目申请报告: { en: 'Project application report', ug: 'تۈر ئىلتىماس دوكلاتى' },
  城乡规划行政主管部门出具的选址意见书: {
    en: 'Site selection opinion from the urban and rural planning authority',
    ug: 'شەھەر-يېزا پىلانلاش مەمۇرىي تارمىقى بەرگەن ئورۇن تاللاش پىكىرنامىسى',
  },
  用地预审意见: { en: 'Land pre-review opinion', ug: 'يەر ئىشلىتىش ئالدىن تەكشۈرۈش پىكرى' },
  可行性研究报告审批申请文件: {
    en: 'Application for approval of the feasibility study',
    ug: 'ئىمكانىيەت تەتقىقات دوكلاتىنى تەستىقلاش ئىلتىماس ھۆججىتى',
  },
  可行性研究报告: { en: 'Feasibility study report', ug: 'ئىمكانىيەت تەتقىقات دوكلاتى' },
  项目建议书批复: { en: 'Approval of the project proposal', ug: 'تۈر تەكلىپنامىسىگە بېرىلگەن جاۋاب' },
  选址意见书及用地预审意见: {
    en: 'Site selection opinion and land pre-review opinion',
    ug: 'ئورۇن تاللاش پىكىرنامىسى ۋە يەر ئىشلىتىش ئالدىن تەكشۈرۈش پىكرى',
  },
  节能审查意见: { en: 'Energy conservation review opinion', ug: 'ئېنېرگىيە تېجەش تەكشۈرۈش پىكرى' },

  // culture, sports, education
  营业性演出申请登记表: {
    en: 'Commercial performance application form',
    ug: 'تىجارەت خاراكتېرلىك ئويۇن قويۇش ئىلتىماس تىزىملاش جەدۋىلى',
  },
  演出场所合法使用的证明: {
    en: 'Proof of lawful use of the venue',
    ug: 'ئويۇن قويۇش سورۇنىنى قانۇنلۇق ئىشلىتىش ئىسپاتى',
  },
  演出节目内容材料: {
    en: 'Programme content of the performance',
    ug: 'ئويۇن پروگراممىسى مەزمۇنى ماتېرىيالى',
  },
  演员身份证明: { en: 'Performers’ identity documents', ug: 'ئارتىسلارنىڭ كىملىك ئىسپاتى' },
  娱乐场所经营活动申请表: {
    en: 'Entertainment venue business application form',
    ug: 'كۆڭۈل ئېچىش سورۇنى تىجارىتى ئىلتىماس جەدۋىلى',
  },
  场所平面图及房屋使用证明: {
    en: 'Floor plan of the venue and proof of the right to use the building',
    ug: 'سورۇن تەكشىلىك سىزمىسى ۋە ئۆي ئىشلىتىش ئىسپاتى',
  },
  网络文化经营许可申请表: {
    en: 'Internet culture business licence application form',
    ug: 'تور مەدەنىيىتى تىجارىتى ئىجازىتى ئىلتىماس جەدۋىلى',
  },
  网络安全技术措施说明: {
    en: 'Description of network security measures',
    ug: 'تور بىخەتەرلىكى تېخنىكىلىق تەدبىرلىرى چۈشەندۈرۈشى',
  },
  高危险性体育项目经营申请表: {
    en: 'High-risk sports business application form',
    ug: 'خەتەرلىك تەنتەربىيە تۈرلىرى تىجارىتى ئىلتىماس جەدۋىلى',
  },
  体育场所设施符合国家标准的说明: {
    en: 'Statement that the sports facilities meet national standards',
    ug: 'تەنتەربىيە سورۇنى ئەسلىھەلىرىنىڭ دۆلەت ئۆلچىمىگە ئۇيغۇنلۇقى توغرىسىدا چۈشەندۈرۈش',
  },
  社会体育指导人员和救助人员职业资格证明: {
    en: 'Professional qualifications of sports instructors and rescuers',
    ug: 'تەنتەربىيە يېتەكچىلىرى ۋە قۇتقۇزغۇچىلارنىڭ كەسپىي سالاھىيەت ئىسپاتى',
  },
  设立民办学校申请报告: {
    en: 'Application report for setting up a private school',
    ug: 'خەلق باشقۇرىدىغان مەكتەپ قۇرۇش ئىلتىماس دوكلاتى',
  },
  举办者资格证明: { en: 'Founder’s proof of eligibility', ug: 'قۇرغۇچىنىڭ سالاھىيەت ئىسپاتى' },
  拟聘校长及教师资格证明: {
    en: 'Qualifications of the proposed principal and teachers',
    ug: 'تەكلىپ قىلىنماقچى بولغان مەكتەپ مۇدىرى ۋە ئوقۇتقۇچىلارنىڭ سالاھىيەت ئىسپاتى',
  },
  办学场所使用证明: {
    en: 'Proof of the right to use the school premises',
    ug: 'مەكتەپ ئېچىش ئورنىنى ئىشلىتىش ئىسپاتى',
  },
  学校章程及首届决策机构组成人员名单: {
    en: 'School charter and members of the first governing body',
    ug: 'مەكتەپ نىزامنامىسى ۋە تۇنجى قارار چىقىرىش ئورگىنى ئەزالىرىنىڭ تىزىملىكى',
  },
  '资产来源、资金数额及有效证明': {
    en: 'Source and amount of assets and funds, with proof',
    ug: 'مۈلۈك مەنبەسى، مەبلەغ سوممىسى ۋە ئىناۋەتلىك ئىسپاتى',
  },
  学历证书: { en: 'Diploma', ug: 'مائارىپ تارىخى گۇۋاھنامىسى' },
  教师资格考试合格证明: {
    en: 'Teacher qualification examination pass certificate',
    ug: 'ئوقۇتقۇچىلىق سالاھىيىتى ئىمتىھانىدىن ئۆتكەنلىك ئىسپاتى',
  },
  普通话水平测试等级证书: {
    en: 'Putonghua proficiency test certificate',
    ug: 'دۆلەت ئورتاق تىلى سەۋىيە سىنىقى دەرىجە گۇۋاھنامىسى',
  },
  教师资格认定体检表: {
    en: 'Medical examination form for teacher certification',
    ug: 'ئوقۇتقۇچىلىق سالاھىيىتىنى بېكىتىش سالامەتلىك تەكشۈرۈش جەدۋىلى',
  },

  // emergency management, agriculture
  危险化学品经营许可证申请表: {
    en: 'Hazardous chemicals trading licence application form',
    ug: 'خەتەرلىك خىمىيىلىك بۇيۇملار تىجارىتى ئىجازەتنامىسى ئىلتىماس جەدۋىلى',
  },
  主要负责人和安全管理人员安全资格证书: {
    en: 'Safety qualification certificates of the principal manager and safety officers',
    ug: 'ئاساسلىق مەسئۇل ۋە بىخەتەرلىك باشقۇرۇش خادىملىرىنىڭ بىخەتەرلىك سالاھىيەت گۇۋاھنامىسى',
  },
  '烟花爆竹经营（零售）许可证申请书': {
    en: 'Fireworks retail licence application',
    ug: 'پوجاڭزا-پارتىلاتقۇچ پارچە سېتىش ئىجازەتنامىسى ئىلتىماسنامىسى',
  },
  主要负责人安全培训合格证明: {
    en: 'Principal manager’s safety training certificate',
    ug: 'ئاساسلىق مەسئۇلنىڭ بىخەتەرلىك تەربىيىسىدىن ئۆتكەنلىك ئىسپاتى',
  },
  非药品类易制毒化学品经营备案申请表: {
    en: 'Filing form for trade in non-pharmaceutical precursor chemicals',
    ug: 'دورا ئەمەس زەھەرلىك چېكىملىك ياسىغىلى بولىدىغان خىمىيىلىك بۇيۇملار تىجارىتىنى ئەنگە ئالدۇرۇش ئىلتىماس جەدۋىلى',
  },
  兽药经营许可证申请表: {
    en: 'Veterinary drug trading licence application form',
    ug: 'ھايۋانلار دورىسى تىجارىتى ئىجازەتنامىسى ئىلتىماس جەدۋىلى',
  },
  '经营场所、仓库平面图和产权证明': {
    en: 'Floor plans and proof of ownership of the premises and warehouse',
    ug: 'تىجارەت ئورنى ۋە ئامبارنىڭ تەكشىلىك سىزمىسى ۋە مۈلۈك ھوقۇقى ئىسپاتى',
  },
  农药经营许可申请表: {
    en: 'Pesticide trading licence application form',
    ug: 'دېھقانچىلىق دورىسى تىجارىتى ئىجازىتى ئىلتىماس جەدۋىلى',
  },
  经营人员农学等专业学历或培训证明: {
    en: 'Staff qualifications in agronomy or related fields, or training certificates',
    ug: 'تىجارەت خادىملىرىنىڭ يېزا ئىگىلىك قاتارلىق كەسپىي مائارىپ ياكى تەربىيىلىنىش ئىسپاتى',
  },
  农药经营质量管理制度: {
    en: 'Pesticide trading quality management rules',
    ug: 'دېھقانچىلىق دورىسى تىجارىتى سۈپەت باشقۇرۇش تۈزۈمى',
  },
  动物防疫条件审查申请表: {
    en: 'Animal epidemic prevention conditions review application form',
    ug: 'ھايۋانلار يۇقۇملۇق كېسەلدىن مۇداپىئەلىنىش شەرتىنى تەكشۈرۈش ئىلتىماس جەدۋىلى',
  },
  '场所地理位置图、各功能区布局平面图': {
    en: 'Location map and layout of the functional areas',
    ug: 'سورۇننىڭ جۇغراپىيىلىك ئورۇن سىزمىسى ۋە ھەر قايسى ئىقتىدار رايونلىرى ئورۇنلاشتۇرۇش سىزمىسى',
  },
}

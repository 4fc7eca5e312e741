import type { AnnouncementDates, CreateTradingProjectRequest, Principal, Role } from '@yimin/shared'
import { creditCodeCheckChar } from '@yimin/shared'
import { formatDate, parseDate } from '../../modules/calendar/civil-dates'
import { periodEnd } from '../../modules/trading/timetable.rules'
import { need, type SeedContext } from './context'

/**
 * The demo trading center: a tenderee and two agencies, the opening and evaluation rooms, and
 * ten projects in believable Urumqi terms, all through the services (so the timetable check
 * applies): entered, registered, announced in every category (dates computed from today with the
 * center's calendar), a scheduled announcement, a terminated project, the day's bookings, and an open objection.
 * The demo has no 财政局 or 国资委 among its 33 departments: procurement and property are supervised by
 * the 发展和改革委员会 here. Projects at later stages (evaluation, publicity, award) need dates in the past and come with
 * part 2. Runs once: skipped when the tenderee exists.
 */
const code = (body17: string) => body17 + creditCodeCheckChar(body17)
export const TRADING_ORGS = [
  {
    key: 'owner',
    name: '乌鲁木齐市米东区城市建设投资有限公司',
    creditCode: code('91650109MA7XK2L30'),
    kind: 'tenderee',
  },
  {
    key: 'hospital',
    name: '乌鲁木齐市第一人民医院',
    creditCode: code('12650100MB1A2C3D4'),
    kind: 'tenderee',
  },
  { key: 'land', name: '乌鲁木齐市自然资源局', creditCode: code('11650100MB0F1G2H3'), kind: 'tenderee' },
  {
    key: 'agency',
    name: '新疆天山工程招标代理有限公司',
    creditCode: code('91650102MA78Q1N51'),
    kind: 'agency',
  },
  {
    key: 'agency2',
    name: '新疆博达项目管理咨询有限公司',
    creditCode: code('91650103MA79R2P62'),
    kind: 'agency',
  },
] as const
type OrgKey = (typeof TRADING_ORGS)[number]['key']

const ROOMS = [
  { name: '第一开标室', kind: 'opening', capacity: 60, equipment: ['电子开标系统', '录音录像', '大屏幕'] },
  { name: '第二开标室', kind: 'opening', capacity: 40, equipment: ['电子开标系统', '录音录像'] },
  {
    name: '第一评标室（隔离区）',
    kind: 'evaluation',
    capacity: 12,
    equipment: ['屏蔽设备', '录音录像', '专家终端'],
  },
  { name: '第二评标室（隔离区）', kind: 'evaluation', capacity: 9, equipment: ['屏蔽设备', '录音录像'] },
] as const

export async function loadTrading(ctx: SeedContext): Promise<void> {
  const { c, actor, ids } = ctx
  const { trading } = c
  const orgs = await trading.projects.listOrgs(actor)
  if (orgs.some((o) => o.creditCode === TRADING_ORGS[0].creditCode)) return
  const orgId = new Map<OrgKey, string>()
  for (const o of TRADING_ORGS) {
    const created = await trading.projects.createOrg(actor, {
      name: o.name,
      creditCode: o.creditCode,
      kind: o.kind,
    })
    orgId.set(o.key, created.id)
  }
  const principal = (username: string, role: Role): Principal => ({
    kind: 'staff',
    userId: need(ids.users, username, 'user'),
    username,
    displayName: username,
    grants: [{ role, departmentId: null }],
  })
  const agency = principal('trading-agency', 'trading_agency')
  const center = principal('trading-staff', 'trading_staff')
  await trading.projects.addMember(actor, orgId.get('agency')!, agency.kind === 'staff' ? agency.userId : '')
  await trading.projects.addMember(actor, orgId.get('owner')!, need(ids.users, 'trading-tenderee', 'user'))
  const rooms = []
  for (const r of ROOMS)
    rooms.push(await trading.venues.createRoom(actor, { ...r, equipment: [...r.equipment] }))

  const cal = await c.calendar.get()
  const today = c.calendar.today()
  const day = (n: number) => formatDate(parseDate(today) + n)
  const after = (from: string, n: number, unit: 'calendar' | 'working') => periodEnd(cal, from, n, unit).date
  const at = (date: string, hm = '10:30') => `${date}T${hm}:00+08:00`
  const dept = (code: string) => need(ids.departments, code, 'department')

  const project = async (
    p: Omit<CreateTradingProjectRequest, 'ownerOrgId' | 'agencyOrgId'>,
    owner: OrgKey = 'owner',
  ) =>
    trading.projects.create(agency, {
      ...p,
      ownerOrgId: orgId.get(owner)!,
      agencyOrgId: orgId.get('agency')!,
    })
  const announce = async (
    projectId: string,
    kind: 'tender' | 'transfer' | 'termination',
    title: string,
    body: string,
    dates: AnnouncementDates,
    publishAt?: string,
  ) => {
    const a = await trading.announcements.draft(agency, projectId, {
      kind,
      title,
      body,
      language: 'zh-CN',
      dates,
    })
    return trading.announcements.publish(agency, a.id, publishAt ? { publishAt } : {})
  }
  /** lot i's budget in whole yuan: equal shares, the last takes the rest, so they add up to the project's */
  const lotShare = (budgetYuan: number, n: number, i: number) => {
    const share = Math.floor(budgetYuan / n)
    return i < n - 1 ? share : budgetYuan - share * (n - 1)
  }
  const works = (name: string, region: string, budgetYuan: number, lots: string[]) =>
    project({
      name,
      category: 'works',
      method: 'open_tender',
      region,
      supervisingDepartmentId: dept('ZJ'),
      budgetFen: budgetYuan * 100,
      isLegallyRequired: true,
      lots: lots.map((l, i) => ({ name: l, budgetFen: lotShare(budgetYuan, lots.length, i) * 100 })),
    })
  const tenderDates = (
    saleDays: number,
    saleUnit: 'calendar' | 'working',
    deadlineDays: number,
    unit: 'calendar' | 'working',
  ) => ({
    saleStart: today,
    saleEnd: after(today, saleDays, saleUnit),
    bidDeadline: at(after(today, deadlineDays, unit)),
  })

  // 1. announced, documents on sale; an opening room and an evaluation room booked
  const road = await works('米东区北部片区市政道路新建工程施工', '650109', 48_600_000, [
    '第一标段（道路工程）',
    '第二标段（排水工程）',
  ])
  await trading.projects.register(center, road.id)
  const roadDates = tenderDates(5, 'calendar', 21, 'calendar')
  await announce(
    road.id,
    'tender',
    '米东区北部片区市政道路新建工程施工招标公告',
    '本招标项目米东区北部片区市政道路新建工程已由米东区发展和改革委员会批准建设，招标人为乌鲁木齐市米东区城市建设投资有限公司，资金来自财政资金。项目已具备招标条件，现对该项目施工进行公开招标。',
    roadDates,
  )
  const opening = new Date(roadDates.bidDeadline).toISOString()
  const lot1 = road.lots[0]!.id
  await trading.venues.book(center, {
    roomId: rooms[0]!.id,
    lotId: lot1,
    startsAt: opening,
    endsAt: new Date(Date.parse(opening) + 90 * 60_000).toISOString(),
  })
  await trading.venues.book(center, {
    roomId: rooms[2]!.id,
    lotId: lot1,
    startsAt: new Date(Date.parse(opening) + 2 * 3_600_000).toISOString(),
    endsAt: new Date(Date.parse(opening) + 8 * 3_600_000).toISOString(),
  })
  // an objection to the documents received today, answered within 3 days (实施条例 第22条)
  await trading.disputes.file(agency, road.id, {
    kind: 'objection',
    complainant: '新疆昆仑路桥建设集团有限公司',
    summary: '招标文件第三章要求近三年类似业绩不少于3项，限制了潜在投标人，请予澄清。',
    filedOn: today,
  })

  // 2. procurement by public tender (documents 5 working days)
  const hospital = await project(
    {
      name: '乌鲁木齐市第一人民医院医学影像设备采购',
      category: 'procurement',
      method: 'open_tender',
      region: '650102',
      supervisingDepartmentId: dept('FGW'),
      budgetFen: 12_800_000_00,
      isLegallyRequired: false,
      lots: [
        { name: '包1：64排CT', budgetFen: 8_500_000_00 },
        { name: '包2：数字化X射线摄影系统', budgetFen: 4_300_000_00 },
      ],
    },
    'hospital',
  )
  await trading.projects.register(center, hospital.id)
  await announce(
    hospital.id,
    'tender',
    '乌鲁木齐市第一人民医院医学影像设备采购项目公开招标公告',
    '项目编号见公告；采购需求：64排CT一台、数字化X射线摄影系统一套；供应商资格要求符合政府采购法第二十二条规定。',
    tenderDates(5, 'working', 21, 'calendar'),
  )

  // 3. request for quotation (询价): 3 working days
  const inquiry = await project({
    name: '天山区老旧小区改造配套路灯采购',
    category: 'procurement',
    method: 'inquiry',
    region: '650102',
    supervisingDepartmentId: dept('FGW'),
    budgetFen: 860_000_00,
    isLegallyRequired: false,
    lots: [{ name: '路灯及配件', budgetFen: 860_000_00 }],
  })
  await trading.projects.register(center, inquiry.id)
  await announce(
    inquiry.id,
    'tender',
    '天山区老旧小区改造配套路灯采购询价公告',
    '采购LED路灯320套及配件，交货期30日。',
    { saleStart: today, saleEnd: after(today, 3, 'working'), bidDeadline: at(after(today, 4, 'working')) },
  )

  // 4. land use rights by listing (挂牌): announced 20 days before, listed 10 days
  const landProject = await project(
    {
      name: '头屯河区工业园区 T-2026-07 宗地国有建设用地使用权挂牌出让',
      category: 'land',
      method: 'listing',
      region: '650106',
      supervisingDepartmentId: dept('ZRZY'),
      budgetFen: 36_400_000_00,
      isLegallyRequired: false,
      lots: [{ name: 'T-2026-07 宗地（工业用地，48.6亩）', budgetFen: 36_400_000_00 }],
    },
    'land',
  )
  await trading.projects.register(center, landProject.id)
  const landStart = after(today, 20, 'calendar')
  await announce(
    landProject.id,
    'transfer',
    '乌鲁木齐市国有建设用地使用权挂牌出让公告（2026-07号）',
    '经乌鲁木齐市人民政府批准，乌鲁木齐市自然资源局决定以挂牌方式出让一宗国有建设用地使用权。',
    { tradingStart: landStart, listingEnd: after(landStart, 10, 'calendar') },
  )

  // 5. registered, announcement still to come
  const park = await works('水磨沟区温泉片区景观提升工程施工', '650105', 9_800_000, ['施工总承包'])
  await trading.projects.register(center, park.id)

  // 6. entered by the agency, waiting for registration (进场登记)
  await works('乌鲁木齐市第十九中学教学楼改扩建工程施工', '650104', 31_200_000, ['土建及安装工程'])

  // 7. announced, then terminated
  const wind = await works('达坂城区风电场配套检修道路工程施工', '650107', 6_200_000, ['施工'])
  await trading.projects.register(center, wind.id)
  await announce(
    wind.id,
    'tender',
    '达坂城区风电场配套检修道路工程施工招标公告',
    '招标范围：检修道路12.4公里。',
    tenderDates(5, 'calendar', 21, 'calendar'),
  )
  await announce(
    wind.id,
    'termination',
    '达坂城区风电场配套检修道路工程施工终止公告',
    '因项目建设规划调整，招标人决定终止本次招标。',
    {},
  )

  // 8. competitive consultation, published tomorrow morning (scheduled)
  const queue = await project({
    name: '市政务服务中心智能排队叫号系统升级采购',
    category: 'procurement',
    method: 'competitive_consultation',
    region: '650103',
    supervisingDepartmentId: dept('FGW'),
    budgetFen: 1_450_000_00,
    isLegallyRequired: false,
    lots: [{ name: '软件及设备', budgetFen: 1_450_000_00 }],
  })
  await trading.projects.register(center, queue.id)
  const tomorrow = day(1)
  await announce(
    queue.id,
    'tender',
    '市政务服务中心智能排队叫号系统升级采购竞争性磋商公告',
    '采购内容：排队叫号软件升级及取号终端12台。',
    {
      saleStart: tomorrow,
      saleEnd: after(tomorrow, 5, 'working'),
      bidDeadline: at(after(tomorrow, 12, 'calendar')),
    },
    new Date(`${tomorrow}T09:00:00+08:00`).toISOString(),
  )

  // 9. state-owned property: disclosure 20 working days
  const buses = await project({
    name: '乌鲁木齐市公共交通集团报废公交车辆转让',
    category: 'property',
    method: 'listing',
    region: '650103',
    supervisingDepartmentId: dept('FGW'),
    budgetFen: 2_380_000_00,
    isLegallyRequired: false,
    lots: [{ name: '报废公交车46辆', budgetFen: 2_380_000_00 }],
  })
  await trading.projects.register(center, buses.id)
  await announce(
    buses.id,
    'transfer',
    '乌鲁木齐市公共交通集团报废公交车辆转让公告',
    '转让标的：报废公交车46辆，车辆停放于北站车场，可预约看样。',
    {
      tradingStart: after(today, 20, 'working'),
      listingEnd: after(after(today, 20, 'working'), 5, 'working'),
    },
  )

  // 10. mining rights by listing
  const sand = await project(
    {
      name: '达坂城区柴窝堡建筑用砂石矿采矿权挂牌出让',
      category: 'mining',
      method: 'listing',
      region: '650107',
      supervisingDepartmentId: dept('ZRZY'),
      budgetFen: 15_600_000_00,
      isLegallyRequired: false,
      lots: [{ name: '柴窝堡建筑用砂石矿', budgetFen: 15_600_000_00 }],
    },
    'land',
  )
  await trading.projects.register(center, sand.id)
  const sandStart = after(today, 20, 'working')
  await announce(
    sand.id,
    'transfer',
    '达坂城区柴窝堡建筑用砂石矿采矿权挂牌出让公告',
    '出让矿种：建筑用砂石；出让年限：10年。',
    { tradingStart: sandStart, listingEnd: after(sandStart, 10, 'working') },
  )

  ctx.progress(`trading: ${TRADING_ORGS.length} organisations, ${ROOMS.length} rooms, 10 projects`)
}

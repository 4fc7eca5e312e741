import type { Principal, Role } from '@yimin/shared'
import { createContainer } from '../../container'
import { formatDate, parseDate } from '../../modules/calendar/civil-dates'
import type { WorkingCalendar } from '../../modules/calendar/working-days'
import { periodEnd } from '../../modules/trading/timetable.rules'
import { instantAt, localDate, ManualClock } from '../../platform/clock'
import { createLogger } from '../../platform/logger'
import { DEMO_BIDDERS } from './bidders'
import { need, type SeedContext } from './context'
import { TRADING_ORGS } from './load-trading'
import { sealAndUploadBid } from './seal-bid'

const PROJECT_NAME = '乌鲁木齐市第一人民医院门诊综合楼改造工程施工'

/** The hall's day in Beijing time: the opening falls between these (Xinjiang hours). */
const FIRST_OPENING = 10 * 60 + 30
const LAST_OPENING = 19 * 60

/**
 * When the demo's watchable opening is due, from the moment the demo starts: the next half-hour
 * boundary at least 30 minutes ahead while the hall is open on a working day, else 10:30 on the
 * next working day (or today, before the hall opens). Answers the local date and time.
 */
export function demoOpeningAt(
  now: Date,
  cal: Pick<WorkingCalendar, 'isWorkingDay'>,
  timeZone: string,
): { date: string; hhmm: string } {
  const today = localDate(now, timeZone)
  const minutes = Math.floor((now.getTime() - instantAt(today, '00:00', timeZone).getTime()) / 60_000)
  const at = Math.ceil((minutes + 30) / 30) * 30
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  if (cal.isWorkingDay(today) && at <= LAST_OPENING)
    return { date: today, hhmm: hhmm(Math.max(at, FIRST_OPENING)) }
  let d = formatDate(parseDate(today) + 1)
  while (!cal.isWorkingDay(d)) d = formatDate(parseDate(d) + 1)
  return { date: d, hhmm: hhmm(FIRST_OPENING) }
}

/**
 * One lot whose bid deadline falls during the demo day, so a reviewer can watch an opening and
 * decrypt as a demo bidder (README.md lists their sign-ins and decryption codes). Its tender was
 * announced 25 days earlier: a second container with its own clock plays those days through
 * the services (the timetable check, the sealed documents and bids, the signed receipts), then
 * the live center's opening job opens it at the deadline. Runs with the demo seed, history or not;
 * skipped when the project exists.
 */
export async function loadDemoOpening(ctx: SeedContext): Promise<void> {
  const live = ctx.c
  const center0: Principal = {
    kind: 'staff',
    userId: need(ctx.ids.users, 'trading-staff', 'user'),
    username: 'trading-staff',
    displayName: 'trading-staff',
    grants: [{ role: 'trading_staff', departmentId: null }],
  }
  if ((await live.trading.projects.list(center0)).some((p) => p.name === PROJECT_NAME)) return
  const tz = live.config.timeZone
  const cal = await live.calendar.get()
  const opening = demoOpeningAt(live.clock.now(), cal, tz)
  const deadline = instantAt(opening.date, opening.hhmm, tz).toISOString()
  const first = formatDate(parseDate(opening.date) - 25)
  const clock = new ManualClock(instantAt(first, '10:00', tz))
  const c = await createContainer({
    config: { ...live.config, workers: false },
    clock,
    database: live.database,
    log: createLogger(live.config.logLevel === 'silent' ? 'silent' : 'warn'),
    quietRealtime: true,
  })
  const user = (username: string, role: Role): Principal => ({
    kind: 'staff',
    userId: need(ctx.ids.users, username, 'user'),
    username,
    displayName: username,
    grants: [{ role, departmentId: null }],
  })
  const agency = user('trading-agency', 'trading_agency')
  const center = user('trading-staff', 'trading_staff')
  const bidders = DEMO_BIDDERS.map((b) => user(b.username, 'trading_bidder'))
  const orgs = await c.trading.projects.listOrgs(center)
  const orgId = (key: (typeof TRADING_ORGS)[number]['key']) =>
    orgs.find((o) => o.creditCode === TRADING_ORGS.find((x) => x.key === key)!.creditCode)!.id

  const project = await c.trading.projects.create(agency, {
    name: PROJECT_NAME,
    category: 'works',
    method: 'open_tender',
    region: '650102',
    ownerOrgId: orgId('hospital'),
    agencyOrgId: orgId('agency'),
    supervisingDepartmentId: need(ctx.ids.departments, 'ZJ', 'department'),
    budgetFen: 18_600_000_00,
    isLegallyRequired: true,
    lots: [{ name: '施工总承包', budgetFen: 18_600_000_00 }],
  })
  const lotId = project.lots[0]!.id
  await c.trading.projects.register(center, project.id)
  const draft = await c.trading.announcements.draft(agency, project.id, {
    kind: 'tender',
    title: '乌鲁木齐市第一人民医院门诊综合楼改造工程施工招标公告',
    body: '本招标项目已由乌鲁木齐市发展和改革委员会批准建设，资金来自财政资金。招标范围：门诊综合楼主体加固、内部改造及机电安装。采用电子招标投标，不见面开标。',
    language: 'zh-CN',
    dates: { saleStart: first, saleEnd: periodEnd(cal, first, 5, 'calendar').date, bidDeadline: deadline },
  })
  await c.trading.announcements.publish(agency, draft.id, {})
  const rooms = await c.trading.venues.listRooms(center)
  const room = rooms.find((r) => r.name === '第二开标室') ?? rooms[0]
  if (room)
    await c.trading.venues.book(center, {
      roomId: room.id,
      lotId,
      startsAt: deadline,
      endsAt: new Date(Date.parse(deadline) + 90 * 60_000).toISOString(),
    })

  const day = (n: number, hhmm: string) => clock.set(instantAt(formatDate(parseDate(first) + n), hhmm, tz))
  for (const [i, b] of bidders.entries()) {
    day(2 + i, '11:20')
    await c.bidding.bidders.obtainDocuments(b, lotId)
  }
  const prices = [17_280_000_00, 16_950_000_00, 17_640_000_00]
  for (const [i, b] of bidders.entries()) {
    day(12 + i, '16:40')
    const org = await c.bidding.bidders.me(b)
    await c.evaluation.deposits.record(center, lotId, {
      orgId: org.orgId,
      amountFen: 372_000_00,
      paidAt: clock.now().toISOString(),
    })
    await sealAndUploadBid(c, b, lotId, {
      form: { priceFen: prices[i]!, durationDays: 300 + 30 * i },
      files: [{ name: '投标文件.txt', text: `${DEMO_BIDDERS[i]!.name} 投标文件（演示）` }],
      code: DEMO_BIDDERS[i]!.decryptionCode,
      ip: DEMO_BIDDERS[i]!.ip,
    })
  }
  ctx.progress(
    `trading: a demo opening at ${opening.date} ${opening.hhmm} (${project.code}); decryption codes ` +
      DEMO_BIDDERS.map((b) => `${b.username} ${b.decryptionCode}`).join(', '),
  )
}

import type { Principal, Role } from '@yimin/shared'
import { createContainer } from '../../container'
import { formatDate, parseDate } from '../../modules/calendar/civil-dates'
import type { WorkingCalendar } from '../../modules/calendar/working-days'
import { periodEnd } from '../../modules/trading/timetable.rules'
import { instantAt, localDate, ManualClock } from '../../platform/clock'
import { createLogger } from '../../platform/logger'
import { DEMO_BIDDERS } from './bidders'
import type { Container } from '../../container'
import { readDemoSetup } from '../history/demo-setup.repository'
import { need, type SeedContext } from './context'
import { TRADING_ORGS } from './load-trading'
import { sealAndUploadBid } from './seal-bid'

/**
 * The demo's watchable openings, one per day the demo is started on, in turn: works tenders the
 * housing bureau (住建局) supervises.
 */
const PROJECTS = [
  {
    name: '乌鲁木齐市第一人民医院门诊综合楼改造工程施工',
    scope: '门诊综合楼主体加固、内部改造及机电安装',
    budgetFen: 18_600_000_00,
  },
  {
    name: '乌鲁木齐市第十三中学教学楼抗震加固工程施工',
    scope: '教学楼抗震加固及屋面防水',
    budgetFen: 9_400_000_00,
  },
  {
    name: '河滩快速路沿线雨污分流管网改造工程施工',
    scope: '雨污分流管网改造及路面恢复',
    budgetFen: 26_800_000_00,
  },
  {
    name: '水磨沟区老旧小区综合改造工程（一期）施工',
    scope: '外墙保温、管网更新及加装电梯',
    budgetFen: 15_200_000_00,
  },
  {
    name: '市档案馆新馆室内装修及智能化工程施工',
    scope: '室内装修、密集架及智能化系统',
    budgetFen: 7_900_000_00,
  },
] as const

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

/** What the demo opening needs of the demo center: its accounts and the supervising department. */
interface DemoAccounts {
  userId: (username: string) => string
  supervisingDepartmentId: string
}

/** Center staff, as the demo opening acts to look for earlier ones. */
const centerStaff = (userId: string): Principal => ({
  kind: 'staff',
  userId,
  username: 'trading-staff',
  displayName: 'trading-staff',
  grants: [{ role: 'trading_staff', departmentId: null }],
})

/** The demo openings made so far (their names are PROJECTS', dated after the first round). */
async function demoOpenings(live: Container, staffId: string) {
  const projects = await live.trading.projects.list(centerStaff(staffId))
  return projects.filter((p) => PROJECTS.some((x) => p.name.startsWith(x.name)))
}

/** With the demo seed: the first watchable opening (none when the seed runs again). */
export async function loadDemoOpening(ctx: SeedContext): Promise<void> {
  if ((await demoOpenings(ctx.c, need(ctx.ids.users, 'trading-staff', 'user'))).length > 0) return
  await addDemoOpening(
    ctx.c,
    {
      userId: (username) => need(ctx.ids.users, username, 'user'),
      supervisingDepartmentId: need(ctx.ids.departments, 'ZJ', 'department'),
    },
    ctx.progress,
  )
}

/**
 * On a later start of the demo: when every demo opening is of an earlier day, a new one for
 * today (or the next working day), so a demo started again days later still has an opening to
 * watch. Answers whether it added one.
 */
export async function refreshDemoOpening(live: Container, progress: (msg: string) => void): Promise<boolean> {
  const users = new Map((await readDemoSetup(live.database.db)).roles.map((r) => [r.username, r.userId]))
  const staffId = users.get('trading-staff')
  if (!staffId) return false
  const earlier = await demoOpenings(live, staffId)
  if (earlier.length === 0) return false
  const tz = live.config.timeZone
  const today = localDate(live.clock.now(), tz)
  const deadlines = earlier.flatMap((p) => p.lots.map((l) => l.bidDeadline)).filter((d) => d !== null)
  if (deadlines.some((d) => localDate(new Date(d), tz) >= today)) return false
  await addDemoOpening(
    live,
    {
      userId: (username) => {
        const id = users.get(username)
        if (id === undefined) throw new Error(`demo opening: no user ${username}`)
        return id
      },
      supervisingDepartmentId: earlier[0]!.supervisingDepartmentId,
    },
    progress,
  )
  return true
}

/**
 * One lot whose bid deadline falls during the demo day, so a reviewer can watch an opening and
 * decrypt as a demo bidder (README.md lists their sign-ins and decryption codes). Its tender was
 * announced 25 days earlier: a second container with its own clock plays those days through
 * the services (the timetable check, the sealed documents and bids, the signed receipts), then
 * the live center's opening job opens it at the deadline. The project is the next of PROJECTS
 * not used yet (after the last, the first again, its name dated).
 */
async function addDemoOpening(
  live: Container,
  accounts: DemoAccounts,
  progress: (msg: string) => void,
): Promise<void> {
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
    userId: accounts.userId(username),
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

  const names = new Set((await c.trading.projects.list(center)).map((p) => p.name))
  const plan = PROJECTS.find((p) => !names.has(p.name)) ?? PROJECTS[0]
  const name = names.has(plan.name) ? `${plan.name}（${opening.date}）` : plan.name
  const project = await c.trading.projects.create(agency, {
    name,
    category: 'works',
    method: 'open_tender',
    region: '650102',
    ownerOrgId: orgId('hospital'),
    agencyOrgId: orgId('agency'),
    supervisingDepartmentId: accounts.supervisingDepartmentId,
    budgetFen: plan.budgetFen,
    isLegallyRequired: true,
    lots: [{ name: '施工总承包', budgetFen: plan.budgetFen }],
  })
  const lotId = project.lots[0]!.id
  await c.trading.projects.register(center, project.id)
  const draft = await c.trading.announcements.draft(agency, project.id, {
    kind: 'tender',
    title: `${name}招标公告`,
    body: `本招标项目已由乌鲁木齐市发展和改革委员会批准建设，资金来自财政资金。招标范围：${plan.scope}。采用电子招标投标，不见面开标。`,
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
  // about 93%, 91% and 95% of the budget, in whole yuan
  const prices = [0.929, 0.911, 0.948].map((r) => Math.round((plan.budgetFen * r) / 100) * 100)
  for (const [i, b] of bidders.entries()) {
    day(12 + i, '16:40')
    const org = await c.bidding.bidders.me(b)
    await c.evaluation.deposits.record(center, lotId, {
      orgId: org.orgId,
      // a bid bond of 2% of the budget (实施条例 第26条: at most 2%)
      amountFen: Math.floor(plan.budgetFen / 50 / 100) * 100,
      paidAt: clock.now().toISOString(),
    })
    await sealAndUploadBid(c, b, lotId, {
      form: { priceFen: prices[i]!, durationDays: 300 + 30 * i },
      files: [{ name: '投标文件.txt', text: `${DEMO_BIDDERS[i]!.name} 投标文件（演示）` }],
      code: DEMO_BIDDERS[i]!.decryptionCode,
      ip: DEMO_BIDDERS[i]!.ip,
    })
  }
  progress(
    `trading: a demo opening at ${opening.date} ${opening.hhmm} (${project.code}); decryption codes ` +
      DEMO_BIDDERS.map((b) => `${b.username} ${b.decryptionCode}`).join(', '),
  )
}

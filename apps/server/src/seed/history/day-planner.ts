import type { RatingLevel } from '@yimin/shared'
import { Random } from './random'

/**
 * The plan of one working day of the demo history: who comes when, for what, and how it ends.
 * Pure: the same seed and day give the same plan; the actors carry it out through the services.
 */

/** Arrivals per hour of the hall's day, relative (Xinjiang hours in Beijing time: 10:00–14:00, 15:30–19:30). */
export const ARRIVAL_CURVE: ReadonlyArray<readonly [string, number]> = [
  ['10:00', 3.2],
  ['11:00', 2.6],
  ['12:00', 1.7],
  ['13:00', 1.0],
  ['15:30', 1.5],
  ['16:30', 1.2],
  ['17:30', 0.9],
  ['18:30', 0.5],
]
/** minutes each slot of the curve lasts (the last afternoon slot ends 19:20, before the hall closes) */
const SLOT_MINUTES = 60

export type CaseFate =
  /** done within the promised time */
  | 'on_time'
  /** done after the promised time (a red light while it ran late) */
  | 'late'
  /** sent back once for correction (补正) at intake, then accepted */
  | 'corrected'
  /** paused for a supplement (补齐补正 while running), then resumed */
  | 'paused'
  /** extended: an approval step asked and granted before the decision */
  | 'extended'
  /** not accepted (不予受理) */
  | 'refused'
  /** still running today (recent days only): green, yellow or red now */
  | 'open'

/** The applicant's answer to the SMS invitation to rate. */
export type SmsReply =
  | { kind: 'level'; level: RatingLevel; comment: string | null }
  | { kind: 'unclear'; text: string }
  | { kind: 'opt_out' }
  | { kind: 'none' }

export interface TicketPlan {
  /** HH:MM, Beijing time */
  at: string
  /** index into the day's categories */
  category: number
  serviceMinutes: number
  withPhone: boolean
  rating: { level: RatingLevel; comment: string | null; channel: 'pad' | 'qr' } | null
}

export interface CasePlan {
  at: string
  /** index into the eligible matters */
  matter: number
  fate: CaseFate
  /** on_time/late/…: how far into the promised time the work ends (0.2 … 1.6) */
  progress: number
  reply: SmsReply
  /** a serial that makes the applicant's ID number and phone */
  person: number
}

export interface DayPlan {
  date: string
  tickets: TicketPlan[]
  cases: CasePlan[]
}

export interface PlanOptions {
  seed: number
  /** YYYY-MM-DD */
  date: string
  /** working days between this day and today (1 = yesterday) */
  workingDaysAgo: number
  /** Monday = 1 … Sunday = 7 */
  weekday: number
  ticketsPerDay: number
  casesPerDay: number
  categories: number
  matters: number
}

const COMMENTS: Record<RatingLevel, readonly string[]> = {
  very_satisfied: [
    '办事效率高，一次就办好了',
    'ئىش تېز پۈتتى، رەھمەت',
    '窗口人员很耐心',
    '不用跑第二趟，点赞',
  ],
  satisfied: ['挺好的', '等的时间不长', 'مۇلازىمەت ياخشى', '指引清楚'],
  basic: ['还可以，就是人多', '排队有点久', 'بىر ئاز ساقلىدىم'],
  dissatisfied: ['等了一个多小时', '材料要求没有一次说清楚', 'ساقلاش ۋاقتى بەك ئۇزۇن'],
  very_dissatisfied: ['跑了三趟还没办成', '工作人员态度不好', '电话一直打不通'],
}

const UNCLEAR = ['好的谢谢', '收到', 'ok', 'رەھمەت', '什么时候能拿证？', '6']

const LEVEL_WEIGHTS: ReadonlyArray<readonly [RatingLevel, number]> = [
  ['very_satisfied', 52],
  ['satisfied', 28],
  ['basic', 11],
  ['dissatisfied', 6],
  ['very_dissatisfied', 3],
]

const WEEKDAY_FACTOR = [1, 1.18, 1.05, 1.0, 0.97, 0.85, 0.5, 0.4]

function rating(r: Random): { level: RatingLevel; comment: string | null } {
  const level = r.weighted(LEVEL_WEIGHTS)
  const wantsComment = level === 'dissatisfied' || level === 'very_dissatisfied' ? 0.9 : 0.25
  return { level, comment: r.chance(wantsComment) ? r.pick(COMMENTS[level]) : null }
}

/** The busy categories first (exit-entry, household, vehicles …): weights fall off as 1/(i+1)^0.7. */
function categoryOf(r: Random, n: number): number {
  return r.weighted(Array.from({ length: n }, (_, i) => [i, 1 / (i + 1) ** 0.7] as const))
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return h! * 60 + m!
}

/** `n` arrival times along the curve, in order. */
function arrivals(r: Random, n: number): string[] {
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const [start] = r.weighted(ARRIVAL_CURVE.map((slot) => [slot, slot[1]] as const))
    out.push(minutesOf(start) + r.int(0, SLOT_MINUTES - 11))
  }
  return out.sort((a, b) => a - b).map(clock)
}

function fateOf(r: Random, workingDaysAgo: number): CaseFate {
  const recent = workingDaysAgo <= 15
  return r.weighted<CaseFate>([
    ['on_time', 62],
    ['late', 7],
    ['corrected', 8],
    ['paused', 6],
    ['extended', 4],
    ['refused', 3],
    ['open', recent ? 6 : 0],
  ])
}

function replyOf(r: Random): SmsReply {
  const x = r.next()
  if (x < 0.55) return { kind: 'level', ...rating(r) }
  if (x < 0.6) return { kind: 'unclear', text: r.pick(UNCLEAR) }
  if (x < 0.62) return { kind: 'opt_out' }
  return { kind: 'none' }
}

export function planDay(o: PlanOptions): DayPlan {
  const r = Random.forDay(o.seed, o.date)
  const factor = WEEKDAY_FACTOR[o.weekday] ?? 1
  const ticketCount = Math.round(o.ticketsPerDay * factor * (0.9 + 0.2 * r.next()))
  const caseCount = Math.round(o.casesPerDay * factor * (0.85 + 0.3 * r.next()))
  const tickets = arrivals(r, ticketCount).map((at): TicketPlan => {
    const rated = r.next()
    return {
      at,
      category: categoryOf(r, o.categories),
      serviceMinutes: r.int(3, 15),
      withPhone: r.chance(0.3),
      rating: rated < 0.55 ? { ...rating(r), channel: rated < 0.45 ? 'pad' : 'qr' } : null,
    }
  })
  const cases = arrivals(r, caseCount).map((at): CasePlan => {
    const fate = fateOf(r, o.workingDaysAgo)
    return {
      at,
      matter: r.int(0, o.matters - 1),
      fate,
      progress: fate === 'late' ? 1.15 + 0.45 * r.next() : 0.2 + 0.7 * r.next(),
      reply: replyOf(r),
      person: r.int(1, 999_999),
    }
  })
  return { date: o.date, tickets, cases }
}

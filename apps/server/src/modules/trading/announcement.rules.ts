import type {
  AnnouncementDates,
  AnnouncementKind,
  TimetableRule,
  TimetableStep,
  TimetableViolation,
} from '@yimin/shared'
import type { WorkingCalendar } from '../calendar/working-days'
import { checkRule, earliestDeadlineAfter, ruleFor, type TimetableContext } from './timetable.rules'

/**
 * The timetable check of an announcement before publication, pure. Dates are local dates
 * ('YYYY-MM-DD'); the bid deadline is given as its local date (`bidDeadlineDate`).
 */
export interface AnnouncementCheckInput {
  kind: AnnouncementKind
  /** the local date it is published */
  publishDate: string
  dates: AnnouncementDates
  /** local date of dates.bidDeadline, when set */
  bidDeadlineDate: string | null
  /** for a change: the local date of the bid deadline in force */
  currentDeadlineDate: string | null
  /** for a change: the first day of sale of the published tender (an earlier deadline is checked against it) */
  originalSaleStart?: string | null
}

export interface AnnouncementCheck {
  violations: TimetableViolation[]
  /** the dates the kind needs and that are missing */
  missing: Array<keyof AnnouncementDates>
  /** a change that affects bids and comes too late: the deadline moves here (a local date) */
  movedDeadline: { date: string; rule: TimetableRule } | null
  /** the dates are out of order (the sale ends before it starts, …) */
  disordered: string[]
}

const required: Record<AnnouncementKind, Array<keyof AnnouncementDates>> = {
  tender: ['saleStart', 'saleEnd', 'bidDeadline'],
  transfer: ['tradingStart'],
  change: ['affectsBids'],
  candidates: ['reportReceivedOn', 'publicityStart', 'publicityEnd'],
  result: ['decidedOn'],
  termination: [],
}

export function checkAnnouncement(
  cal: WorkingCalendar,
  rules: readonly TimetableRule[],
  ctx: TimetableContext,
  input: AnnouncementCheckInput,
): AnnouncementCheck {
  const d = input.dates
  const missing = required[input.kind].filter((k) => d[k] === undefined)
  if (input.kind === 'transfer' && ctx.method === 'listing' && d.listingEnd === undefined)
    missing.push('listingEnd')
  const violations: TimetableViolation[] = []
  const disordered: string[] = []
  let movedDeadline: AnnouncementCheck['movedDeadline'] = null
  const check = (
    step: TimetableStep,
    trigger: string | undefined | null,
    action: string | undefined | null,
  ) => {
    if (!trigger || !action) return
    const rule = ruleFor(rules, step, ctx)
    if (!rule) return
    const v = checkRule(cal, rule, trigger, action)
    if (v) violations.push(v)
  }
  const order = (name: string, a: string | undefined | null, b: string | undefined | null) => {
    if (a && b && b < a) disordered.push(name)
  }

  switch (input.kind) {
    case 'tender':
      order('saleStart<publish', input.publishDate, d.saleStart)
      order('saleEnd<saleStart', d.saleStart, d.saleEnd)
      order('bidDeadline<saleEnd', d.saleEnd, input.bidDeadlineDate)
      check('documents_on_sale', d.saleStart, d.saleEnd)
      check('issue_to_deadline', d.saleStart, input.bidDeadlineDate)
      break
    case 'transfer':
      order('tradingStart<publish', input.publishDate, d.tradingStart)
      order('listingEnd<tradingStart', d.tradingStart, d.listingEnd)
      check('announcement_before_trading', input.publishDate, d.tradingStart)
      if (ctx.category === 'property') check('disclosure_period', input.publishDate, d.tradingStart)
      if (ctx.method === 'listing') check('listing_period', d.tradingStart, d.listingEnd)
      break
    case 'change': {
      const current = input.currentDeadlineDate
      if (current && input.bidDeadlineDate !== null && input.bidDeadlineDate < current) {
        // an earlier deadline shortens every period that ends at it, whatever the change says of
        // bids: the change itself must come early enough, and the tender's period still hold
        order('bidDeadline<publish', input.publishDate, input.bidDeadlineDate)
        check('clarification_before_deadline', input.bidDeadlineDate, input.publishDate)
        check('issue_to_deadline', input.originalSaleStart, input.bidDeadlineDate)
        break
      }
      if (!d.affectsBids || !current) break
      const rule = ruleFor(rules, 'clarification_before_deadline', ctx)
      if (!rule) break
      const late = checkRule(cal, rule, current, input.publishDate)
      if (!late) break
      const earliest = earliestDeadlineAfter(cal, rule, input.publishDate)
      if (input.bidDeadlineDate === null) {
        movedDeadline = { date: earliest.date, rule }
      } else {
        // the change sets its own new deadline: it must satisfy the rule
        const v = checkRule(cal, rule, input.bidDeadlineDate, input.publishDate)
        if (v) violations.push(v)
      }
      break
    }
    case 'candidates':
      order('publicityEnd<publicityStart', d.publicityStart, d.publicityEnd)
      order('publicityStart<publish', input.publishDate, d.publicityStart)
      check('candidates_published', d.reportReceivedOn, input.publishDate)
      check('candidates_publicity', d.publicityStart, d.publicityEnd)
      break
    case 'result':
      check('result_announced', d.decidedOn, input.publishDate)
      if (d.publicityEnd) check('result_publicity', input.publishDate, d.publicityEnd)
      break
    case 'termination':
      break
  }
  return { violations, missing, movedDeadline, disordered }
}

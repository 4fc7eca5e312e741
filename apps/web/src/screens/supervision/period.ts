import type { Period } from '../../api/supervision'
import { centerDay } from '../../components/format'

export const periodChoices = ['month', 'quarter', 'year', 'last12'] as const
export type PeriodChoice = (typeof periodChoices)[number]

const pad = (n: number) => String(n).padStart(2, '0')

/** The dates of a period choice, up to today: this month, this quarter, this year, the last 12 months. */
export function periodOf(choice: PeriodChoice, today = centerDay()): Period {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  switch (choice) {
    case 'month':
      return { from: `${today.slice(0, 7)}-01`, to: today }
    case 'quarter':
      return { from: `${year}-${pad(Math.floor((month - 1) / 3) * 3 + 1)}-01`, to: today }
    case 'year':
      return { from: `${year}-01-01`, to: today }
    case 'last12': {
      const m = month === 12 ? 1 : month + 1
      return { from: `${month === 12 ? year : year - 1}-${pad(m)}-01`, to: today }
    }
  }
}

/** A rate 0..1 as a percentage, "—" without data. */
export const percent = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`
/** A number with one decimal, "—" without data. */
export const oneDecimal = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : n.toFixed(1)

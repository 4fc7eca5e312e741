import { formatDate, parseDate } from '../../modules/calendar/civil-dates'

export { instantAt } from '../../platform/clock'

export const addDays = (date: string, n: number): string => formatDate(parseDate(date) + n)

/** Monday = 1 … Sunday = 7 */
export function weekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay()
  return d === 0 ? 7 : d
}

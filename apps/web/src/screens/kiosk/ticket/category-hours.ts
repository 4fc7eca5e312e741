import type { OpeningHours, QueueCategorySettings } from '@yimin/shared'

/** A category's ticket hours: its own, else the hall's, else none known. */
export function hoursOf(
  categoryId: string,
  categories: readonly Pick<QueueCategorySettings, 'id' | 'queueHours'>[] | undefined,
  hallHours: OpeningHours | undefined,
): OpeningHours {
  const own = categories?.find((c) => c.id === categoryId)?.queueHours
  return own ?? hallHours ?? []
}

/**
 * Opening hours as one line: consecutive days joined into a range ("周一至周五 09:30–13:30"),
 * entries separated; `day(n)` names a weekday (1 = Monday), `range(a, b)` joins two days.
 */
export function hoursLine(
  hours: OpeningHours,
  day: (n: number) => string,
  range: (from: string, to: string) => string,
  separator: string,
): string {
  return hours
    .map((h) => {
      const days = [...new Set(h.days)].sort((a, b) => a - b)
      const runs: number[][] = []
      for (const d of days) {
        const last = runs.at(-1)
        if (last && last.at(-1) === d - 1) last.push(d)
        else runs.push([d])
      }
      const dayText = runs
        .map((r) => (r.length >= 3 ? range(day(r[0]!), day(r.at(-1)!)) : r.map(day).join(separator)))
        .join(separator)
      return `${dayText} ${h.open}–${h.close}`
    })
    .join('; ')
}

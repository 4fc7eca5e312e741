import type { OpeningHours } from '@yimin/shared'

/** Opening periods as text lines, e.g. "1-5 10:00-14:00" (weekdays 1 = Monday … 7 = Sunday). */
export function hoursToText(hours: OpeningHours | null): string {
  if (!hours) return ''
  return hours.map((h) => `${compactDays(h.days)} ${h.open}-${h.close}`).join('\n')
}

function compactDays(days: number[]): string {
  const sorted = [...days].sort((a, b) => a - b)
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  if (first !== undefined && last !== undefined && sorted.length > 1 && last - first === sorted.length - 1)
    return `${first}-${last}`
  return sorted.join(',')
}

/** The reverse of hoursToText; null for empty text (always open), or the first bad line's number. */
export function textToHours(text: string): { hours: OpeningHours | null } | { badLine: number } {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  if (lines.length === 0) return { hours: null }
  const hours: OpeningHours = []
  for (const [i, line] of lines.entries()) {
    const m =
      /^([1-7](?:\s*[-,]\s*[1-7])*)\s+([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-3]):([0-5]\d)$/.exec(line)
    if (!m) return { badLine: i + 1 }
    const days = new Set<number>()
    for (const part of (m[1] ?? '').split(',')) {
      const [a, b] = part.split('-').map((x) => Number(x.trim()))
      if (a === undefined) return { badLine: i + 1 }
      for (let d = a; d <= (b ?? a); d++) days.add(d)
    }
    const open = `${m[2]}:${m[3]}`
    const close = `${m[4]}:${m[5]}`
    if (days.size === 0 || open >= close) return { badLine: i + 1 }
    hours.push({ days: [...days].sort((x, y) => x - y), open, close })
  }
  return { hours }
}

/**
 * Working-day clock speed: `npx tsx bench/calendar.bench.ts`. Prints calls per second of
 * addWorkingDays and countWorkingDays on the seeded 2016–2026 calendar, and the same calls
 * done naively (a loop over the days, as one would write without precomputation) in the same
 * run, since absolute figures depend on the machine. Target (issue 4): over 1M adds per second.
 */
import {
  chineseDaysOverrides,
  SEED_FIRST_YEAR,
  SEED_LAST_YEAR,
} from '../apps/server/src/modules/calendar/chinese-days-seed'
import { daysFromCivil, formatDate, parseDate } from '../apps/server/src/modules/calendar/civil-dates'
import { WorkingCalendar } from '../apps/server/src/modules/calendar/working-days'

const years = Array.from({ length: SEED_LAST_YEAR - SEED_FIRST_YEAR + 1 }, (_, i) => SEED_FIRST_YEAR + i)
const built = performance.now()
const cal = new WorkingCalendar(years.flatMap(chineseDaysOverrides), years)
const buildMs = performance.now() - built

// Inputs: start dates over 2016–2026, limits like the catalog's (1–60 working days).
const N = 4096
let seed = 42
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff
const lo = daysFromCivil(2016, 1, 1)
const hi = daysFromCivil(2026, 10, 1)
const starts = Array.from({ length: N }, () => formatDate(lo + Math.floor(rand() * (hi - lo))))
const limits = Array.from({ length: N }, () => 1 + Math.floor(rand() * 60))
const ends = starts.map((s, i) => formatDate(parseDate(s) + Math.floor((limits[i] ?? 1) * 1.5)))
const pauses = starts.map((s) => [{ from: formatDate(parseDate(s) + 3), to: formatDate(parseDate(s) + 9) }])

function naiveAdd(date: string, n: number): string {
  let d = parseDate(date)
  for (let left = n; left > 0;) if (cal.isWorkingDay(formatDate(++d))) left--
  return formatDate(d)
}
function naiveCount(from: string, to: string): number {
  let n = 0
  for (let d = parseDate(from) + 1; d <= parseDate(to); d++) if (cal.isWorkingDay(formatDate(d))) n++
  return n
}

let sink = 0
function rate(name: string, fn: (i: number) => unknown, minMs = 1000): number {
  for (let i = 0; i < 20_000; i++) fn(i % N) // warm up
  let calls = 0
  const t0 = performance.now()
  let elapsed = 0
  while (elapsed < minMs) {
    for (let i = 0; i < N; i++) if (fn(i) !== undefined) sink++
    calls += N
    elapsed = performance.now() - t0
  }
  const perSecond = (calls / elapsed) * 1000
  console.log(`${name.padEnd(38)} ${Math.round(perSecond).toLocaleString('en').padStart(14)} calls/s`)
  return perSecond
}

console.log(
  `calendar ${SEED_FIRST_YEAR}–${SEED_LAST_YEAR} built in ${buildMs.toFixed(1)} ms; ${N} inputs, limits 1–60 working days\n`,
)
const add = rate('addWorkingDays', (i) => cal.addWorkingDays(starts[i]!, limits[i]!))
const addPaused = rate('addWorkingDays with a pause', (i) =>
  cal.addWorkingDays(starts[i]!, limits[i]!, pauses[i]!),
)
const count = rate('countWorkingDays', (i) => cal.countWorkingDays(starts[i]!, ends[i]!))
const countPaused = rate('countWorkingDays with a pause', (i) =>
  cal.countWorkingDays(starts[i]!, ends[i]!, pauses[i]!),
)
const nAdd = rate('naive add (loop over days)', (i) => naiveAdd(starts[i]!, limits[i]!), 500)
const nCount = rate('naive count (loop over days)', (i) => naiveCount(starts[i]!, ends[i]!), 500)
console.log(
  `\nadd: ${(add / nAdd).toFixed(1)}× the naive loop; count: ${(count / nCount).toFixed(1)}× the naive loop`,
)
console.log(
  `with one pause: add ${Math.round(addPaused).toLocaleString('en')}/s, count ${Math.round(countPaused).toLocaleString('en')}/s`,
)
console.log(
  add >= 1_000_000
    ? 'target met: over 1,000,000 addWorkingDays calls per second'
    : 'TARGET MISSED: under 1,000,000 addWorkingDays calls per second',
)
if (sink < 0) console.log(sink)

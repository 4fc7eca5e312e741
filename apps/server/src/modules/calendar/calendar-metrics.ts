import { Gauge, type Registry } from 'prom-client'
import type { CalendarService } from './calendar.service'

/**
 * `yimin_calendar_year_loaded{year}`: 1 or 0 for the current and the next year (by the
 * injectable clock, in the center's time zone). Alert on 0: due dates there are provisional.
 */
export function registerCalendarMetrics(registry: Registry, calendar: CalendarService): void {
  new Gauge({
    name: 'yimin_calendar_year_loaded',
    help: 'Whether the holiday schedule of the current and next year is loaded (0: due dates there are provisional)',
    labelNames: ['year'] as const,
    registers: [registry],
    async collect() {
      const s = await calendar.yearsStatus()
      this.reset()
      for (const year of [s.currentYear, s.nextYear])
        this.set({ year: String(year) }, s.missingYears.includes(year) ? 0 : 1)
    },
  })
}

import type { CalendarDay } from '@yimin/shared'
import { useTranslation } from 'react-i18next'
import './calendar.css'

const pad = (n: number) => String(n).padStart(2, '0')
const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`
/** ISO weekday, 1 = Monday … 7 = Sunday. */
const weekday = (y: number, m: number, d: number) =>
  ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1

/**
 * A year at a glance: twelve months, holidays marked 休 and make-up working days marked 班 (text
 * and colour); weekends are shaded. Each day is a button when the calendar can be edited.
 */
export function YearGrid({
  year,
  days,
  onPick,
}: {
  year: number
  days: readonly CalendarDay[]
  onPick?: (date: string) => void
}) {
  const { t } = useTranslation()
  const byDate = new Map(days.map((d) => [d.date, d]))
  return (
    <div className="yimin-year">
      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => {
        const count = new Date(Date.UTC(year, month, 0)).getUTCDate()
        const lead = weekday(year, month, 1) - 1
        return (
          <section
            key={month}
            className="yimin-month"
            aria-label={t('calendarAdmin.monthLabel', { year, month })}
          >
            <h3>{t('calendarAdmin.monthLabel', { year, month })}</h3>
            <div className="yimin-month-grid" role="presentation">
              {[1, 2, 3, 4, 5, 6, 7].map((w) => (
                <span key={`h${w}`} className="yimin-weekday" aria-hidden>
                  {t(`weekdaysShort.${w}`)}
                </span>
              ))}
              {Array.from({ length: lead }, (_, i) => (
                <span key={`e${i}`} aria-hidden />
              ))}
              {Array.from({ length: count }, (_, i) => i + 1).map((d) => {
                const date = isoDate(year, month, d)
                const special = byDate.get(date)
                const isWeekend = weekday(year, month, d) >= 6
                const kind = special?.kind ?? (isWeekend ? 'weekend' : 'workday-plain')
                const mark =
                  special?.kind === 'holiday'
                    ? t('calendarAdmin.holidayMark')
                    : special?.kind === 'workday'
                      ? t('calendarAdmin.workdayMark')
                      : ''
                const label = [
                  date,
                  special?.name,
                  special
                    ? t(`calendarAdmin.kinds.${special.kind}`)
                    : isWeekend
                      ? t('calendarAdmin.weekend')
                      : null,
                ]
                  .filter(Boolean)
                  .join(' · ')
                const content = (
                  <>
                    <span className="yimin-day-n">{d}</span>
                    {mark && <span className="yimin-day-mark">{mark}</span>}
                  </>
                )
                return onPick ? (
                  // named by its content (the full date for screen readers, then what the cell shows: WCAG 2.5.3 label in name)
                  <button
                    key={date}
                    type="button"
                    className={`yimin-day is-${kind}`}
                    title={label}
                    onClick={() => onPick(date)}
                  >
                    <span className="yimin-sr-only">{`${label} · `}</span>
                    {content}
                  </button>
                ) : (
                  <span key={date} className={`yimin-day is-${kind}`} aria-label={label} title={label}>
                    {content}
                  </span>
                )
              })}
            </div>
          </section>
        )
      })}
    </div>
  )
}

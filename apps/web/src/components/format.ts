/** Dates in the reader's language and the center's time zone (Asia/Shanghai by default). */
export function formatDateTime(iso: string | null | undefined, language: string, timeZone = 'Asia/Shanghai'): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '—'
  if (language === 'ug') {
    // Browsers ship no Uyghur date data (they fall back to Chinese): use neutral digits, 2026-03-01 09:30.
    return new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZone }).format(d)
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(d)
}

/** A calendar day (YYYY-MM-DD, already the center's) in the reader's language: 2026年3月2日, Mar 2, 2026, 2026-03-02 in Uyghur. */
export function formatDay(day: string | null | undefined, language: string): string {
  if (!day) return '—'
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return day
  if (language === 'ug') return day // no Uyghur date data in browsers (see formatDateTime)
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(d)
}

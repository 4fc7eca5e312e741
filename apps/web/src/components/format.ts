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

/** Dates in the reader's language and the center's time zone (Asia/Shanghai by default). */
export function formatDateTime(iso: string | null | undefined, language: string, timeZone = 'Asia/Shanghai'): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '—'
  const locale = language === 'ug' ? 'ug-CN' : language
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(d)
}

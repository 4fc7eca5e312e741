import { localDate } from '../../platform/clock'

/** A backup file as the folder shows it: its name and when it was taken. */
export interface BackupFile {
  name: string
  at: Date
}

export interface RetentionPolicy {
  /** the newest backup of each of this many most recent days (center's time zone) */
  keepDaily: number
  /** the newest backup of each of this many most recent ISO weeks */
  keepWeekly: number
}

const NAME = /^yimin-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.(db|dump)$/

/** The file name of a backup taken at `at` (UTC, sortable); the extension tells the database. */
export function backupName(at: Date, extension: 'db' | 'dump'): string {
  const iso = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')
  return `yimin-${iso}.${extension}`
}

/** When a backup of this name was taken, or null for a file that is not a finished backup. */
export function parseBackupName(name: string): Date | null {
  const m = NAME.exec(name)
  if (!m) return null
  const at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`)
  return Number.isNaN(at.getTime()) ? null : at
}

/** ISO week of a civil date `YYYY-MM-DD`, as `YYYY-Www`. */
export function isoWeek(civilDate: string): string {
  const d = new Date(`${civilDate}T00:00:00Z`)
  const weekday = (d.getUTCDay() + 6) % 7 // Monday 0
  const thursday = new Date(d.getTime() + (3 - weekday) * 86_400_000)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

/**
 * Which backups to delete: a backup stays when it is the newest of one of the `keepDaily` most
 * recent days that have a backup, or of one of the `keepWeekly` most recent weeks. The newest
 * backup always stays. Files that are not backups are never named.
 */
export function backupsToDelete(files: BackupFile[], policy: RetentionPolicy, timeZone: string): string[] {
  const sorted = [...files].sort((a, b) => b.at.getTime() - a.at.getTime())
  const keep = new Set<string>()
  if (sorted[0]) keep.add(sorted[0].name)
  const days = new Set<string>()
  const weeks = new Set<string>()
  for (const f of sorted) {
    const day = localDate(f.at, timeZone)
    const week = isoWeek(day)
    if (!days.has(day)) {
      if (days.size < policy.keepDaily) keep.add(f.name)
      days.add(day)
    }
    if (!weeks.has(week)) {
      if (weeks.size < policy.keepWeekly) keep.add(f.name)
      weeks.add(week)
    }
  }
  return sorted.filter((f) => !keep.has(f.name)).map((f) => f.name)
}

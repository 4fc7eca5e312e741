/** What a database's backup tool does: write a copy, check one, restore one. Progress goes to `say`. */
export interface BackupEngine {
  /** the file extension of its backups: `db` (a SQLite file) or `dump` (pg_dump custom format) */
  readonly extension: 'db' | 'dump'
  write(target: string, say: (line: string) => void): Promise<void>
  /** the problems found (none: a good backup) */
  verify(file: string, say: (line: string) => void): Promise<string[]>
  /** replaces the configured database with the backup (the server must be stopped) */
  restore(file: string, say: (line: string) => void): Promise<void>
}

export const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`

import { describe, expect, it } from 'vitest'
import { backupName, backupsToDelete, isoWeek, parseBackupName } from './backup-retention.rules'

const TZ = 'Asia/Shanghai'

describe('backup names', () => {
  it('round-trips the instant and ignores other files', () => {
    const at = new Date('2026-03-02T18:30:05.123Z')
    const name = backupName(at, 'db')
    expect(name).toBe('yimin-20260302T183005Z.db')
    expect(parseBackupName(name)).toEqual(new Date('2026-03-02T18:30:05Z'))
    expect(parseBackupName(`${name}.partial`)).toBeNull()
    expect(parseBackupName('notes.txt')).toBeNull()
  })
  it('numbers ISO weeks across a year end', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01')
    expect(isoWeek('2025-12-29')).toBe('2026-W01')
    expect(isoWeek('2027-01-01')).toBe('2026-W53')
    expect(isoWeek('2026-03-02')).toBe('2026-W10')
  })
})

describe('backup retention', () => {
  // one backup a day at 02:30 Shanghai (18:30 UTC the day before) for 60 days, ending 2026-03-31
  const daily = Array.from({ length: 60 }, (_, i) => {
    const at = new Date(Date.UTC(2026, 2, 30, 18, 30) - i * 86_400_000)
    return { name: backupName(at, 'db'), at }
  })

  it('keeps 7 daily and 4 weekly backups and deletes the rest', () => {
    const gone = new Set(backupsToDelete(daily, { keepDaily: 7, keepWeekly: 4 }, TZ))
    const kept = daily.filter((f) => !gone.has(f.name))
    // 7 days (03-25…03-31, local) and the newest of 4 ISO weeks: W14 and W13 are covered by the
    // dailies (03-31, 03-29), W12 and W11 add their Sundays 03-22 and 03-15
    expect(kept.map((f) => f.name)).toEqual([
      'yimin-20260330T183000Z.db',
      'yimin-20260329T183000Z.db',
      'yimin-20260328T183000Z.db',
      'yimin-20260327T183000Z.db',
      'yimin-20260326T183000Z.db',
      'yimin-20260325T183000Z.db',
      'yimin-20260324T183000Z.db',
      'yimin-20260321T183000Z.db',
      'yimin-20260314T183000Z.db',
    ])
    expect(gone.size).toBe(51)
  })

  it('keeps only the newest of several backups on one day, and always the newest', () => {
    const at = (h: number) => new Date(Date.UTC(2026, 2, 2, h))
    const files = [1, 2, 3].map((h) => ({ name: backupName(at(h), 'dump'), at: at(h) }))
    expect(backupsToDelete(files, { keepDaily: 7, keepWeekly: 4 }, TZ)).toEqual([
      files[1]!.name,
      files[0]!.name,
    ])
    expect(backupsToDelete(files, { keepDaily: 0, keepWeekly: 0 }, TZ)).toEqual([
      files[1]!.name,
      files[0]!.name,
    ])
  })
})

import { supervisionSettingsSchema, type MatterType, type SupervisionSettings } from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import type { SupervisionSettingsView } from './rules/rule'

const KEY = 'supervision.settings'

export const defaultSupervisionSettings: SupervisionSettings = {
  yellowDays: 1,
  yellowDaysByType: {},
  completedTooFastMinutes: 30,
  weights: { timeliness: 60, satisfaction: 30, volume: 10 },
  grades: { excellent: 90, good: 80, pass: 60 },
}

/** The rules' view of the settings. */
export function settingsView(s: SupervisionSettings): SupervisionSettingsView {
  return {
    yellowDays: (type) => s.yellowDaysByType[type as MatterType] ?? s.yellowDays,
    completedTooFastMinutes: s.completedTooFastMinutes,
  }
}

/** Supervision settings live in one system_settings row (JSON); missing fields take defaults. */
export class SupervisionSettingsStore {
  constructor(private readonly db: Db) {}

  async get(tx: Executor = this.db): Promise<SupervisionSettings> {
    const row = await tx
      .selectFrom('system_settings')
      .select('value')
      .where('key', '=', KEY)
      .executeTakeFirst()
    if (!row) return defaultSupervisionSettings
    const parsed = supervisionSettingsSchema.safeParse({
      ...defaultSupervisionSettings,
      ...(JSON.parse(row.value) as object),
    })
    return parsed.success ? parsed.data : defaultSupervisionSettings
  }

  async set(value: SupervisionSettings, now: string, tx: Executor): Promise<void> {
    await tx
      .insertInto('system_settings')
      .values({ key: KEY, value: JSON.stringify(value), updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: now }))
      .execute()
  }

  /** A marker kept beside the settings (the rollup's last final day). */
  async marker(name: string, tx: Executor = this.db): Promise<string | null> {
    const row = await tx
      .selectFrom('system_settings')
      .select('value')
      .where('key', '=', `supervision.${name}`)
      .executeTakeFirst()
    return row?.value ?? null
  }

  async setMarker(name: string, value: string, now: string, tx: Executor = this.db): Promise<void> {
    await tx
      .insertInto('system_settings')
      .values({ key: `supervision.${name}`, value, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
      .execute()
  }
}

import type { Executor } from '../../db/database'

/** A matter's name in Uyghur and English (the catalog's; null where it has none: the Chinese name shows). */
export interface MatterNames {
  nameUg: string | null
  nameEn: string | null
}

const NO_NAMES: MatterNames = { nameUg: null, nameEn: null }

/**
 * Cases store the matter's name in Chinese only; the reader's language comes from the catalog:
 * the published version of each matter, in one query for any number of cases (a list, a bundle).
 */
export async function findMatterNames(db: Executor, matterIds: readonly string[]): Promise<(matterId: string) => MatterNames> {
  const ids = [...new Set(matterIds)]
  if (ids.length === 0) return () => NO_NAMES
  const rows = await db
    .selectFrom('matters as m')
    .innerJoin('matter_versions as v', 'v.id', 'm.published_version_id')
    .select(['m.id', 'v.document'])
    .where('m.id', 'in', ids)
    .execute()
  const names = new Map(
    rows.map((r) => {
      const doc = JSON.parse(r.document) as { nameUg?: string | null; nameEn?: string | null }
      return [r.id, { nameUg: doc.nameUg || null, nameEn: doc.nameEn || null }] as const
    }),
  )
  return (matterId) => names.get(matterId) ?? NO_NAMES
}

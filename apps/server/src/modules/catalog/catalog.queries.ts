import { compactLocalized, type LocalizedText } from '@yimin/shared'
import type { Executor } from '../../db/database'

/*
 * What other modules (cases, online, supervision) read of the catalog without its service: the
 * matters' names in the reader's languages, which version of a matter is published, a bundle's
 * feeds.
 * matters' names in the reader's languages, and the versions' terms.
 */

/** The version of a matter (by id or code) published now, or null when none is. */
export async function publishedVersionId(db: Executor, idOrCode: string): Promise<string | null> {
  const row = await db
    .selectFrom('matters')
    .select('published_version_id')
    .where((eb) => eb.or([eb('id', '=', idOrCode), eb('code', '=', idOrCode)]))
    .executeTakeFirst()
  return row?.published_version_id ?? null
}

/**
 * A matter's name in Uyghur and English (the catalog's; absent where it has none: the Chinese name
 * shows). A case keeps its own Chinese name: `{ zh: row.matter_name, ...names }` is its LocalizedText.
 */
export type MatterNames = Omit<LocalizedText, 'zh'>

const NO_NAMES: MatterNames = {}

/** Published versions never change (an edit is a new version): their names, once read, by version id. */
const namesByVersion = new Map<string, MatterNames>()
const MAX_REMEMBERED = 5000

/**
 * Cases store the matter's name in Chinese only; the reader's language comes from the catalog:
 * the published version of each matter, in one query for any number of cases (a list, a bundle).
 * A version's document (materials, forms: kilobytes) is read and parsed only the first time.
 */
export async function findMatterNames(
  db: Executor,
  matterIds: readonly string[],
): Promise<(matterId: string) => MatterNames> {
  const ids = [...new Set(matterIds)]
  if (ids.length === 0) return () => NO_NAMES
  const published = await db
    .selectFrom('matters')
    .select(['id', 'published_version_id'])
    .where('id', 'in', ids)
    .execute()
  const unknown = [
    ...new Set(
      published.flatMap((m) =>
        m.published_version_id && !namesByVersion.has(m.published_version_id) ? [m.published_version_id] : [],
      ),
    ),
  ]
  if (unknown.length > 0) {
    if (namesByVersion.size + unknown.length > MAX_REMEMBERED) namesByVersion.clear()
    for (const v of await db
      .selectFrom('matter_versions')
      .select(['id', 'document'])
      .where('id', 'in', unknown)
      .execute()) {
      const doc = JSON.parse(v.document) as { name: LocalizedText }
      const { zh: _zh, ...names } = compactLocalized(doc.name)
      namesByVersion.set(v.id, names)
    }
  }
  const names = new Map(
    published.map((m) => [
      m.id,
      (m.published_version_id && namesByVersion.get(m.published_version_id)) || NO_NAMES,
    ]),
  )
  return (matterId) => names.get(matterId) ?? NO_NAMES
}

/**
 * A bundle's feeds (the results its matters pass on, JSON) by its code: a derived table for the
 * caller to join (`.leftJoin(bundleFeeds(tx).as('b'), 'b.code', …)`); both databases flatten it.
 */
export const bundleFeeds = (db: Executor) => db.selectFrom('bundles').select(['code', 'feeds'])

/** A bundle's name in Uyghur and English (absent where the catalog has none), by its code. */
export async function findBundleNames(db: Executor, code: string): Promise<Omit<LocalizedText, 'zh'>> {
  const r = await db
    .selectFrom('bundles')
    .select(['name_ug', 'name_en'])
    .where('code', '=', code)
    .executeTakeFirst()
  const { zh: _zh, ...names } = compactLocalized({ zh: '', ug: r?.name_ug, en: r?.name_en })
  return names
}

/**
 * The matter versions' type and promised time limit as a derived table (columns `id`, `type`,
 * `promised_limit_days`) for a statement about cases to join by version id:
 * `.innerJoin(matterVersionTerms(db).as('mv'), 'mv.id', 'c.matter_version_id')`. Both databases
 * flatten it into the join (the plan is the one of joining `matter_versions`).
 */
export const matterVersionTerms = (db: Executor) =>
  db.selectFrom('matter_versions').select(['id', 'type', 'promised_limit_days'])

/** Every matter version with its type (a few hundred rows). */
export async function matterVersionTypes(db: Executor): Promise<Array<{ id: string; type: string }>> {
  return db.selectFrom('matter_versions').select(['id', 'type']).execute()
}

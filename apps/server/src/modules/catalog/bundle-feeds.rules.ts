import type { BundleFeed, BundleMaterial } from '@yimin/shared'
import { normalizeName } from './catalog.rules'

/**
 * A bundle does not ask for what it issues (pure). A feed says: the result of matter `from`
 * (e.g. 营业执照 from 企业设立登记) is the material `material` of the later matter `to`. The
 * applicant neither brings nor uploads it; the later case's material waits ('awaited') and is
 * attached when the result is issued.
 */
export interface FeedProblem {
  path: string
  message: string
}

/** Feeds name two different matters of the bundle, the later one asking for the material; no material fed twice. */
export function checkFeeds(
  feeds: readonly BundleFeed[],
  matterCodes: readonly string[],
  documentOf: (code: string) => { materials: ReadonlyArray<{ name: { zh: string } }> } | null,
): FeedProblem[] {
  const problems: FeedProblem[] = []
  const seen = new Set<string>()
  feeds.forEach((f, i) => {
    const path = `feeds.${i}`
    if (!matterCodes.includes(f.fromMatterCode))
      problems.push({ path: `${path}.fromMatterCode`, message: `${f.fromMatterCode} is not in the bundle` })
    if (!matterCodes.includes(f.toMatterCode))
      problems.push({ path: `${path}.toMatterCode`, message: `${f.toMatterCode} is not in the bundle` })
    if (f.fromMatterCode === f.toMatterCode) problems.push({ path, message: 'a matter cannot feed itself' })
    const doc = documentOf(f.toMatterCode)
    if (doc && !doc.materials.some((m) => normalizeName(m.name.zh) === normalizeName(f.material)))
      problems.push({ path: `${path}.material`, message: `${f.toMatterCode} asks for no ${f.material}` })
    const key = `${f.toMatterCode}|${normalizeName(f.material)}`
    if (seen.has(key)) problems.push({ path, message: `${f.material} of ${f.toMatterCode} is fed twice` })
    seen.add(key)
    // a result cannot come back to the matter that issues it (no cycles of two)
    if (
      f.fromMatterCode !== f.toMatterCode &&
      feeds.some((g) => g.fromMatterCode === f.toMatterCode && g.toMatterCode === f.fromMatterCode)
    )
      problems.push({ path, message: `${f.fromMatterCode} and ${f.toMatterCode} feed each other` })
  })
  return problems
}

/** The feed of a matter's material within the bundle, if any. */
export function feedOf(
  feeds: readonly BundleFeed[],
  matterCode: string,
  materialName: string,
): BundleFeed | null {
  const name = normalizeName(materialName)
  return feeds.find((f) => f.toMatterCode === matterCode && normalizeName(f.material) === name) ?? null
}

/**
 * The bundle's material list with what it issues marked: a material every asking matter gets
 * from another matter of the bundle is `issuedBy` that matter and not required of the applicant.
 */
export function markIssued(
  materials: readonly BundleMaterial[],
  feeds: readonly BundleFeed[],
): BundleMaterial[] {
  return materials.map((m) => {
    const fed = m.matterCodes.map((code) => feedOf(feeds, code, m.name.zh))
    if (fed.length === 0 || fed.some((f) => f === null)) return m
    return { ...m, isRequired: false, issuedBy: fed[0]!.fromMatterCode }
  })
}

/** Positions of a matter's materials that the bundle issues (awaited on its case). */
export function awaitedPositions(
  feeds: readonly BundleFeed[],
  matterCode: string,
  doc: { materials: ReadonlyArray<{ name: { zh: string } }> },
): Set<number> {
  const out = new Set<number>()
  doc.materials.forEach((m, i) => {
    if (feedOf(feeds, matterCode, m.name.zh)) out.add(i)
  })
  return out
}

/** A case material counts as handed in for acceptance: submitted, supplied, or awaited from the bundle. */
export function isMaterialIn(status: string): boolean {
  return status === 'submitted' || status === 'supplied' || status === 'awaited'
}

import type { BundleFeed } from '@yimin/shared'
import type { Executor } from '../../db/database'
import { bundleFeeds } from '../catalog/catalog.queries'
import { applicationRefs } from '../online/bundle-applications.queries'

/**
 * The SQL of a bundle's cases seen together (一件事): the cases filed under one bundle
 * application (`cases.bundle_id`, the online application), the bundle's number and name, and the
 * results its matters pass on (`bundles.feeds`). Always read inside the caller's transaction.
 */
export const bundleLinks = {
  async siblings(tx: Executor, bundleId: string) {
    return tx
      .selectFrom('cases')
      .select(['id', 'number', 'matter_code', 'status', 'due_on', 'completed_at', 'closed_at', 'outcome'])
      .where('bundle_id', '=', bundleId)
      .orderBy('number')
      .execute()
  },

  /** The bundle application's number (联办编号), its name and the bundle's feeds; null when gone. */
  async bundleOf(
    tx: Executor,
    bundleId: string,
  ): Promise<{ number: string | null; name: string; feeds: BundleFeed[] } | null> {
    const row = await tx
      .selectFrom(applicationRefs(tx).as('a'))
      .leftJoin(bundleFeeds(tx).as('b'), 'b.code', 'a.code')
      .select(['a.bundle_number', 'a.name', 'b.feeds'])
      .where('a.id', '=', bundleId)
      .where('a.kind', '=', 'bundle')
      .executeTakeFirst()
    if (!row) return null
    return {
      number: row.bundle_number,
      name: row.name,
      feeds: row.feeds ? (JSON.parse(row.feeds) as BundleFeed[]) : [],
    }
  },

  /** The materials of these cases that are still awaited from the bundle. */
  async awaitedMaterials(tx: Executor, caseIds: readonly string[]) {
    if (caseIds.length === 0) return []
    return tx
      .selectFrom('case_materials')
      .select(['id', 'case_id', 'position', 'name'])
      .where('case_id', 'in', caseIds)
      .where('status', '=', 'awaited')
      .execute()
  },
}

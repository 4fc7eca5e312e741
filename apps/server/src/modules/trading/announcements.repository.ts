import type { Executor } from '../../db/database'
import { sql } from 'kysely'
import { gramMatch, unindexed } from '../../db/dialect'
import { queryPhrases } from './announcement-search'
import type { TradingAnnouncementsTable } from './trading.tables'

export type AnnouncementRow = TradingAnnouncementsTable

export interface PublicFilter {
  category?: string | undefined
  method?: string | undefined
  region?: string | undefined
  kind?: string | undefined
  /** lower-case; matched against the title, its pinyin and initials */
  q?: string | undefined
  /** published and public at this instant */
  now: string
}

/** The public list counts matches up to this many ("1000+"). */
export const TOTAL_CAP = 1000

/** Up to this many matches, a search reads its page through the full-text index. */
const FEW_MATCHES = 200

const TABLE = 'trading_announcements'

/** All SQL of announcements, the public list included. */
export class AnnouncementsRepository {
  constructor(private readonly db: Executor) {}

  async insert(row: AnnouncementRow, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('trading_announcements').values(row).execute()
  }

  async find(id: string, tx: Executor = this.db): Promise<AnnouncementRow | undefined> {
    return tx.selectFrom('trading_announcements').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async ofProject(projectId: string, tx: Executor = this.db): Promise<AnnouncementRow[]> {
    return tx
      .selectFrom('trading_announcements')
      .selectAll()
      .where('project_id', '=', projectId)
      .orderBy('created_at')
      .execute()
  }

  /** Updates a draft; false when it is no longer a draft (published meanwhile). */
  async updateDraft(id: string, patch: Partial<AnnouncementRow>, tx: Executor = this.db): Promise<boolean> {
    const r = await tx
      .updateTable('trading_announcements')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /**
   * `isIndexed`: the query narrowed through the full-text indexes first (pairs and trigrams,
   * `queryPhrases`), which then drive it (the other filters take no index); the text match on the
   * search text decides either way.
   */
  private publicQuery(f: PublicFilter, tx: Executor, isIndexed: boolean) {
    const phrases = isIndexed && f.q ? queryPhrases(f.q) : null
    const col = (c: 'status' | 'publish_at' | 'category') => (phrases ? unindexed(tx, c) : sql.ref(c))
    let q = tx.selectFrom(TABLE).where(col('status'), '=', 'published').where(col('publish_at'), '<=', f.now)
    if (f.category) q = q.where(col('category'), '=', f.category)
    if (f.method) q = q.where('method', '=', f.method)
    if (f.region) q = q.where('region', '=', f.region)
    if (f.kind) q = q.where('kind', '=', f.kind)
    if (!f.q) return q
    if (phrases?.grams.length) q = q.where(gramMatch(tx, TABLE, 'search_grams', phrases.grams))
    if (phrases?.trigrams.length) q = q.where(gramMatch(tx, TABLE, 'search_trigrams', phrases.trigrams))
    return q.where('search_text', 'like', `%${f.q.replace(/[%_\\]/g, '')}%`)
  }

  async listPublic(
    f: PublicFilter,
    limit: number,
    offset: number,
    tx: Executor = this.db,
  ): Promise<{ rows: AnnouncementRow[]; total: number; isTotalCapped: boolean }> {
    // The index finds few matches at once, where LIKE reads every row; LIKE, reading the newest
    // first, fills a page of a common query at once, where the index gathers and sorts every match.
    // So: count through the index (counting stops at TOTAL_CAP + 1: an exact count of a broad
    // filter reads every row), and read the page through the index only when matches are few.
    const count = await tx
      .selectFrom(
        this.publicQuery(f, tx, true)
          .select('id')
          .limit(TOTAL_CAP + 1)
          .as('m'),
      )
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow()
    const n = Number(count.n)
    const rows = await this.publicQuery(f, tx, n <= FEW_MATCHES)
      .selectAll()
      .orderBy('publish_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute()
    return { rows, total: Math.min(n, TOTAL_CAP), isTotalCapped: n > TOTAL_CAP }
  }

  /** Published announcements of a project, public ones only (for its public timeline). */
  async publicOfProject(projectId: string, now: string, tx: Executor = this.db): Promise<AnnouncementRow[]> {
    return tx
      .selectFrom('trading_announcements')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('status', '=', 'published')
      .where('publish_at', '<=', now)
      .orderBy('publish_at')
      .execute()
  }

  /** Published announcements of several projects (the supervision board). */
  async publishedOfProjects(projectIds: string[], tx: Executor = this.db): Promise<AnnouncementRow[]> {
    if (projectIds.length === 0) return []
    return tx
      .selectFrom('trading_announcements')
      .selectAll()
      .where('project_id', 'in', projectIds)
      .where('status', '=', 'published')
      .orderBy('publish_at')
      .execute()
  }
}

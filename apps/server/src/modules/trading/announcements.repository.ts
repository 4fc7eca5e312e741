import type { Executor } from '../../db/database'
import { gramMatch } from '../../db/dialect'
import { queryGrams } from './announcement-search'
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

  /** `grams`: the query's grams, matched through the full-text index instead of `LIKE`. */
  private publicQuery(f: PublicFilter, tx: Executor, grams: string[] | null = null) {
    let q = tx
      .selectFrom('trading_announcements')
      .where('status', '=', 'published')
      .where('publish_at', '<=', f.now)
    if (f.category) q = q.where('category', '=', f.category)
    if (f.method) q = q.where('method', '=', f.method)
    if (f.region) q = q.where('region', '=', f.region)
    if (f.kind) q = q.where('kind', '=', f.kind)
    if (grams) q = q.where(gramMatch(tx, 'trading_announcements', 'search_grams', [grams]))
    else if (f.q) q = q.where('search_text', 'like', `%${f.q.replace(/[%_\\]/g, '')}%`)
    return q
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
    const grams = f.q ? queryGrams(f.q) : null
    const count = await tx
      .selectFrom(
        this.publicQuery(f, tx, grams)
          .select('id')
          .limit(TOTAL_CAP + 1)
          .as('m'),
      )
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow()
    const n = Number(count.n)
    const rows = await this.publicQuery(f, tx, n <= FEW_MATCHES ? grams : null)
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

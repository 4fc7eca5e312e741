import type { z } from 'zod'
import type {
  TradingCategory,
  TradingLotStage,
  TradingMethod,
  TradingProjectStatus,
  openingsResponse,
  publicAnnouncementItem,
  publicAnnouncementResponse,
  publicAnnouncementsQuery,
  publicTimelineResponse,
} from '@yimin/shared'
import { fromJson } from '../../db/convert'
import { instantAt, localDate, type Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { formatDate, parseDate } from '../calendar/civil-dates'
import { normalizeQuery } from './announcement-search'
import type { AnnouncementRow, AnnouncementsRepository } from './announcements.repository'
import { atomFeed } from './atom-feed'
import type { TradingRepository } from './trading.repository'
import type { VenuesRepository } from './venues.repository'

type Item = z.infer<typeof publicAnnouncementItem>

const item = (a: AnnouncementRow): Item => ({
  id: a.id,
  projectId: a.project_id,
  projectCode: a.project_code,
  kind: a.kind as Item['kind'],
  title: a.title,
  category: a.category as TradingCategory,
  method: a.method as TradingMethod,
  region: a.region,
  language: a.language as Item['language'],
  publishedAt: a.publish_at!,
})

/** The lots an announcement names, by their number in the project. */
const lotsNamed = (a: AnnouncementRow, lots: Array<{ id: string; seq: number; name: string }>) => {
  const ids = fromJson<string[]>(a.lot_ids) ?? []
  return lots.filter((l) => ids.includes(l.id)).map((l) => ({ seq: l.seq, name: l.name }))
}

/**
 * The public trading site (anonymous): published announcements whose time has come, a
 * project's timeline, the openings of today or this week, an Atom feed per category. Nothing
 * here reads drafts, scheduled announcements, bookings of evaluation rooms or organisations' staff.
 */
export class PublicTradingService {
  constructor(
    private readonly announcements: AnnouncementsRepository,
    private readonly trading: TradingRepository,
    private readonly venues: VenuesRepository,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  async list(query: z.infer<typeof publicAnnouncementsQuery>) {
    const q = query.q ? normalizeQuery(query.q) : undefined
    const { rows, total, isTotalCapped } = await this.announcements.listPublic(
      {
        category: query.category,
        method: query.method,
        region: query.region,
        kind: query.kind,
        q: q || undefined,
        now: this.clock.now().toISOString(),
      },
      query.limit,
      query.offset,
    )
    return { items: rows.map(item), total, isTotalCapped }
  }

  async get(id: string): Promise<z.infer<typeof publicAnnouncementResponse>> {
    const a = await this.announcements.find(id)
    if (!a || a.status !== 'published' || !a.publish_at || a.publish_at > this.clock.now().toISOString())
      throw new AppError('TRADING_ANNOUNCEMENT_NOT_FOUND', 'no such announcement')
    const lots = a.lot_ids ? await this.trading.lotsOf(a.project_id) : []
    return {
      ...item(a),
      lots: lotsNamed(a, lots),
      body: a.body,
      previousId: a.previous_id,
      movedDeadline: fromJson(a.moved_deadline),
    }
  }

  async timeline(projectId: string): Promise<z.infer<typeof publicTimelineResponse>> {
    const now = this.clock.now().toISOString()
    const p = await this.trading.findProject(projectId)
    const published = p ? await this.announcements.publicOfProject(p.id, now) : []
    // a project is public from its first public announcement on
    if (!p || published.length === 0) throw new AppError('TRADING_PROJECT_NOT_FOUND', 'no such project')
    const lots = await this.trading.lotsOf(p.id)
    return {
      projectId: p.id,
      projectCode: p.code,
      name: p.name,
      category: p.category as TradingCategory,
      method: p.method as TradingMethod,
      status: p.status as TradingProjectStatus,
      lots: lots.map((l) => ({
        name: l.name,
        bidDeadline: l.bid_deadline,
        openingAt: l.opening_at,
        stage: l.stage as TradingLotStage,
      })),
      announcements: published.map((a) => ({ ...item(a), lots: lotsNamed(a, lots) })),
    }
  }

  /** Openings from the start of today (center time) for one day or seven. */
  async openings(span: 'today' | 'week'): Promise<z.infer<typeof openingsResponse>> {
    const today = localDate(this.clock.now(), this.timeZone)
    const end = formatDate(parseDate(today) + (span === 'today' ? 1 : 7))
    const from = startOfLocalDay(today, this.timeZone)
    const to = startOfLocalDay(end, this.timeZone)
    const rows = await this.venues.listOpenings(from, to)
    return {
      from,
      to,
      items: rows.map((r) => ({
        lotId: r.lot_id,
        lotName: r.lot_name,
        openingAt: r.opening_at,
        projectId: r.project_id,
        projectCode: r.project_code,
        projectName: r.project_name,
        category: r.category as TradingCategory,
        roomName: r.room_name,
      })),
    }
  }

  async feed(category: TradingCategory, baseUrl: string): Promise<string> {
    const { rows } = await this.announcements.listPublic(
      { category, now: this.clock.now().toISOString() },
      50,
      0,
    )
    return atomFeed({
      id: `${baseUrl}/api/v1/trading/public/feed/${category}`,
      title: `公共资源交易公告 · ${category}`,
      selfUrl: `${baseUrl}/api/v1/trading/public/feed/${category}`,
      updated: rows[0]?.publish_at ?? this.clock.now().toISOString(),
      entries: rows.map((a) => ({
        id: `urn:yimin:trading:announcement:${a.id}`,
        title: a.title,
        url: `${baseUrl}/trading/announcements/${a.id}`,
        updated: a.publish_at!,
        summary: a.body.slice(0, 500),
      })),
    })
  }
}

/** The instant a local calendar day starts in a time zone. */
function startOfLocalDay(date: string, timeZone: string): string {
  return instantAt(date, '00:00', timeZone).toISOString()
}

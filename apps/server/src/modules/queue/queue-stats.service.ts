import ExcelJS from 'exceljs'
import { localizedFromColumns } from '../../db/localized'
import type { LocalizedText, Principal, QueueStats } from '@yimin/shared'
import { AppError } from '../../platform/errors'
import { canSomewhere } from '../auth/permissions'
import type { QueueContext } from './queue-context'
import { groupStats, summarise, toStatTicket, type StatRow, type StatTicket } from './queue-stats'
import { localClock } from './ticket.rules'

const MAX_DAYS = 366

/** Statistics of the queue by category, window, clerk and hour, and their Excel export. */
export class QueueStatsService {
  constructor(private readonly ctx: QueueContext) {}

  async stats(actor: Principal, from: string, to: string): Promise<QueueStats> {
    if (actor.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', 'sign in first')
    if (!canSomewhere(actor, 'queue.stats')) throw new AppError('FORBIDDEN', 'missing permission queue.stats')
    if (to < from || (Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS)
      throw new AppError('VALIDATION_FAILED', `a period of at most ${MAX_DAYS} days`, {
        fields: ['from', 'to'],
      })
    const rows = await this.ctx.stats.ticketsOfDays(from, to)
    const tickets: StatTicket[] = rows.map((t) =>
      toStatTicket(t, Number(localClock(new Date(t.arrived_at), this.ctx.timeZone).time.slice(0, 2))),
    )
    const categories = new Map((await this.ctx.tickets.categories()).map((c) => [c.id, labels(c.prefix, c)]))
    const windowIds = [...new Set(rows.map((t) => t.window_id).filter((x): x is string => x !== null))]
    const windows = new Map(
      windowIds.length
        ? (await this.ctx.stats.windowNames(windowIds)).map((w) => [w.id, labels(String(w.number), w)])
        : [],
    )
    const clerkIds = [...new Set(rows.map((t) => t.clerk_id).filter((x): x is string => x !== null))]
    const clerks = new Map(
      clerkIds.length ? (await this.ctx.stats.staffNames(clerkIds)).map((u) => [u.id, u.display_name]) : [],
    )
    return {
      from,
      to,
      total: translated([summarise('total', '合计', tickets)])[0]!,
      byCategory: translated(
        groupStats(
          tickets,
          (t) => t.categoryId,
          (k) => categories.get(k)?.zh ?? k,
        ),
        categories,
      ),
      byWindow: translated(
        groupStats(
          tickets,
          (t) => t.windowId,
          (k) => windows.get(k)?.zh ?? k,
        ),
        windows,
      ),
      byClerk: translated(
        groupStats(
          tickets,
          (t) => t.clerkId,
          (k) => clerks.get(k) ?? k,
        ),
      ),
      byHour: translated(
        groupStats(
          tickets,
          (t) => String(t.hour).padStart(2, '0'),
          (k) => `${k}:00`,
        ).sort((a, b) => a.key.localeCompare(b.key)),
      ),
    }
  }

  async exportXlsx(actor: Principal, from: string, to: string): Promise<Buffer> {
    const s = await this.stats(actor, from, to)
    const book = new ExcelJS.Workbook()
    const columns = [
      { header: '分组 Group', key: 'label', width: 28 },
      { header: '取号 Tickets', key: 'tickets', width: 12 },
      { header: '办结 Served', key: 'served', width: 12 },
      { header: '过号 No-shows', key: 'noShows', width: 12 },
      { header: '取消 Cancelled', key: 'cancelled', width: 12 },
      { header: '平均等候(分) Mean wait', key: 'meanWaitMinutes', width: 18 },
      { header: '最长等候(分) Max wait', key: 'maxWaitMinutes', width: 18 },
      { header: '平均办理(分) Mean service', key: 'meanServiceMinutes', width: 20 },
      { header: '预估误差(分) Estimate abs error', key: 'estimateMeanAbsErrorMinutes', width: 24 },
      { header: '预估偏差(分) Estimate bias', key: 'estimateMeanSignedErrorMinutes', width: 22 },
    ]
    const sheet = (name: string, rows: QueueStats['byHour']) => {
      const ws = book.addWorksheet(name)
      ws.columns = columns
      ws.getRow(1).font = { bold: true }
      for (const r of rows) ws.addRow({ ...r, label: r.label.zh })
    }
    sheet('合计 Total', [s.total])
    sheet('类别 Category', s.byCategory)
    sheet('窗口 Window', s.byWindow)
    sheet('人员 Clerk', s.byClerk)
    sheet('时段 Hour', s.byHour)
    return Buffer.from(await book.xlsx.writeBuffer())
  }
}

/** A category's or window's label ("A 出入境证件", "5 出入境") in the three languages the data has. */
function labels(
  prefix: string,
  named: { name: string; name_ug: string | null; name_en: string | null },
): LocalizedText {
  const name = localizedFromColumns(named, 'name')
  return {
    zh: `${prefix} ${name.zh}`,
    ...(name.ug ? { ug: `${prefix} ${name.ug}` } : {}),
    ...(name.en ? { en: `${prefix} ${name.en}` } : {}),
  }
}

/** The rows with their labels in the languages the data has (clerks and hours: as they are). */
const translated = (rows: StatRow[], names = new Map<string, LocalizedText>()): QueueStats['byHour'] =>
  rows.map((r) => ({ ...r, label: names.get(r.key) ?? { zh: r.label } }))

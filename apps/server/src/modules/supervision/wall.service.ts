import { localizedFromColumns } from '../../db/localized'
import type { Principal, SupervisionWall } from '@yimin/shared'
import { AppError } from '../../platform/errors'
import type { DashboardService } from './dashboard.service'
import { departmentLights, lightPage } from './light-board'
import { openByDepartmentFromCounts } from './light-counts'
import { dailySatisfaction, daysUpTo, heatHours, scrubComment, waitHeatmap } from './wall-figures'
import type { WallRepository } from './wall.repository'

const heatDays = 7
const trendDays = 30
const overdueShown = 8
const commentsShown = 6

/**
 * The supervision wall (数据大屏): every department's aggregates for the wall of the supervision
 * center. A wall display device reads it without a staff session, so it carries no personal data:
 * no applicant, phone, case number or staff name, and comments with identifying numbers hidden.
 */
export class WallService {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly repo: WallRepository,
    private readonly timeZone: string,
  ) {}

  /** A wall display, or staff who supervise every department. */
  requireWall(principal: Principal): void {
    if (principal.kind === 'device') {
      if (principal.deviceKind === 'wall_display') return
      throw new AppError('FORBIDDEN', 'only a wall display reads the supervision wall')
    }
    if (principal.kind !== 'staff') throw new AppError('AUTH_REQUIRED', 'sign in or use a wall display')
    this.dashboard.requireAll(principal)
  }

  async wall(principal: Principal): Promise<SupervisionWall> {
    this.requireWall(principal)
    const input = await this.dashboard.boardInput('all')
    const today = input.today
    const heat = daysUpTo(today, heatDays)
    const trend = daysUpTo(today, trendDays)
    const [overview, month, lights, open, red, departments, tickets, ratings, comments] = await Promise.all([
      this.dashboard.overviewOf('all', input),
      this.dashboard.figures('month', { from: `${today.slice(0, 8)}01`, to: today }),
      departmentLights(input),
      input.counts().then(openByDepartmentFromCounts),
      lightPage(input, { light: 'red', page: 1, pageSize: overdueShown }),
      this.repo.departments(),
      this.repo.calledTickets(heat[0]!, today),
      this.repo.ratingsByDay(trend[0]!, today),
      this.repo.latestComments(commentsShown),
    ])
    const monthSum = month.reduce(
      (a, f) => ({
        received: a.received + f.received,
        completed: a.completed + f.completed,
        onTime: a.onTime + f.completedOnTime,
      }),
      { received: 0, completed: 0, onTime: 0 },
    )
    const overdue = await this.dashboard.presentCases(red.entries)
    const cells = waitHeatmap(
      tickets,
      this.timeZone,
      heat,
      Array.from({ length: 24 }, (_, h) => h),
    )
    return {
      today,
      at: overview.at,
      cases: {
        today: { received: overview.received, accepted: overview.accepted, completed: overview.completed },
        month: {
          received: monthSum.received,
          completed: monthSum.completed,
          onTimeRate: monthSum.completed
            ? Math.round((monthSum.onTime / monthSum.completed) * 10_000) / 10_000
            : null,
        },
        open: overview.open,
        red: overview.red,
        yellow: overview.yellow,
      },
      departments: departments.map((d) => {
        const l = lights.get(d.id) ?? { red: 0, yellow: 0 }
        return {
          departmentId: d.id,
          name: localizedFromColumns(d, 'name'),
          red: l.red,
          yellow: l.yellow,
          green: Math.max(0, (open.get(d.id) ?? 0) - l.red - l.yellow),
        }
      }),
      overdue: overdue.map((c) => ({
        matterName: c.matterName,
        departmentId: c.departmentId,
        departmentName: c.departmentName,
        dueOn: c.dueOn,
        what: c.what,
        isPaused: c.isPaused,
      })),
      overdueTotal: red.total,
      queueWaits: { days: heat, hours: heatHours(cells), cells },
      satisfaction: dailySatisfaction(ratings, trend),
      comments: comments.map((c) => ({
        level: c.level,
        comment: scrubComment(c.comment ?? ''),
        ratedOn: c.rated_on,
        windowNumber: c.window_number,
      })),
    }
  }
}

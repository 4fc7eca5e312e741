import type { Db } from '../../db/database'
import { activeDepartments } from '../org/departments.queries'
import { calledTicketTimes } from '../queue/queue-tickets.queries'
import { latestComments, ratingsByDay } from '../ratings/rating-figures.queries'

/**
 * What the supervision wall reads besides the dashboard, through the owners' queries: department
 * names, queue tickets' times, ratings per day and the latest comments. Aggregates and free text
 * only; no person's data is selected (the comment is scrubbed by the service before it leaves).
 */
export class WallRepository {
  constructor(private readonly db: Db) {}

  async departments() {
    return activeDepartments(this.db)
  }

  /** Called tickets' arrival and call times in a range of service days. */
  async calledTickets(from: string, to: string) {
    return calledTicketTimes(this.db, from, to)
  }

  /** Ratings per day (upheld appeals left out) and how many were 满意 or better. */
  async ratingsByDay(from: string, to: string) {
    return ratingsByDay(this.db, from, to)
  }

  /** The latest rated comments with the window's number (never the phone or the staff). */
  async latestComments(limit: number) {
    return latestComments(this.db, limit)
  }
}

import { z } from 'zod'
import { localizedTextSchema } from './localized'
import { ratingLevelSchema } from './ratings'

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/**
 * The supervision wall (数据大屏): what the supervision center's wall shows. Aggregates only —
 * no applicant, phone, case number or staff name — so a display device may read it.
 */
export const wallSchema = z.object({
  today: date,
  at: z.string(),
  cases: z.object({
    today: z.object({ received: z.number(), accepted: z.number(), completed: z.number() }),
    month: z.object({
      received: z.number(),
      completed: z.number(),
      /** 0–1, null before anything completed */
      onTimeRate: z.number().nullable(),
    }),
    open: z.number(),
    red: z.number(),
    yellow: z.number(),
  }),
  /** open cases by their worst light, per department (green is the rest of its open cases) */
  departments: z.array(
    z.object({
      departmentId: z.string(),
      name: localizedTextSchema,
      green: z.number(),
      yellow: z.number(),
      red: z.number(),
    }),
  ),
  /** red cases, most overdue first: matter and department only */
  overdue: z.array(
    z.object({
      matterName: localizedTextSchema,
      departmentId: z.string(),
      departmentName: z.string(),
      dueOn: date,
      what: z.enum(['case', 'intake', 'task']),
      isPaused: z.boolean(),
    }),
  ),
  overdueTotal: z.number(),
  /** mean queue waits (minutes) by day and hour of arrival, the last days up to today */
  queueWaits: z.object({
    days: z.array(date),
    hours: z.array(z.number()),
    cells: z.array(
      z.object({ day: date, hour: z.number(), tickets: z.number(), meanWaitMinutes: z.number() }),
    ),
  }),
  /** satisfaction (满意度, 0–100) per day with the number of ratings */
  satisfaction: z.array(z.object({ day: date, ratings: z.number(), satisfaction: z.number().nullable() })),
  /** the latest comments, numbers that could identify someone hidden */
  comments: z.array(
    z.object({
      level: ratingLevelSchema,
      comment: z.string(),
      ratedOn: date,
      windowNumber: z.number().nullable(),
    }),
  ),
})
export type SupervisionWall = z.infer<typeof wallSchema>

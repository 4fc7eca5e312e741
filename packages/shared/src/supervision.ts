import { z } from 'zod'
import { localizedTextSchema } from './localized'
import { cleanText } from './text'
import { matterTypes } from './catalog'

/**
 * Electronic supervision (电子监察, PRODUCT.md 2.4): request and response shapes shared by the
 * server and the dashboard. Alert codes are translated by the web app (`supervision.alert.<CODE>`,
 * with the alert's params); lights carry their colour and a label, never colour alone.
 */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
const id = z.string().min(1).max(64)
const note = cleanText({ min: 1, max: 2000, multiline: true })

export const alertCodes = [
  'CASE_OVERDUE',
  'TASK_OVERDUE',
  'INTAKE_OVERDUE',
  'CORRECTION_REPEATED',
  'SPECIAL_PROCEDURE_OVER_MAX',
  'DEFERRED_MATERIAL_LATE',
  'FEE_MISMATCH',
  'COMPLETED_TOO_FAST',
  'EXTENSION_ON_LAST_DAY',
  'BAD_RATING_NOT_RECTIFIED',
  // the trading center's anomaly rules (modules/trading/anomalies), raised by its alerts job
  'TRADING_PERIOD_SHORT',
  'TRADING_PUBLICITY_SHORT',
  'TRADING_OPENING_WITHOUT_VENUE',
  'TRADING_OBJECTION_UNANSWERED',
  'TRADING_COMPLAINT_UNDECIDED',
  'TRADING_CONTRACT_NOT_SIGNED',
  'TRADING_CONTRACT_NOT_FILED',
  'TRADING_RESULT_REPORT_LATE',
  'TRADING_DEPOSIT_RETURN_LATE',
  'TRADING_BID_RIGGING',
] as const
export type AlertCode = (typeof alertCodes)[number]
/** resolved: the sweep found the condition gone (an extension, a supplied material) */
export const alertStatuses = ['open', 'acknowledged', 'answered', 'closed', 'resolved'] as const
export type AlertStatus = (typeof alertStatuses)[number]
export const lightColourSchema = z.enum(['green', 'yellow', 'red'])
export type LightColourName = z.infer<typeof lightColourSchema>

/** Settings (a supervisor edits them): thresholds and assessment weights. */
export const supervisionSettingsSchema = z.strictObject({
  /** yellow when this many working days or fewer are left */
  yellowDays: z.number().int().min(0).max(10),
  /** per matter type (行政许可 …), overriding yellowDays */
  yellowDaysByType: z.partialRecord(z.enum(matterTypes), z.number().int().min(0).max(10)),
  /** a non-instant matter completed within this many minutes of receipt is flagged */
  completedTooFastMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** assessment weights (relative; components without data are left out) */
  weights: z.strictObject({
    timeliness: z.number().min(0).max(100),
    satisfaction: z.number().min(0).max(100),
    volume: z.number().min(0).max(100),
  }),
  /** lowest score (0–100) of 优秀, 良好, 合格; below is 不合格 */
  grades: z.strictObject({
    excellent: z.number().min(0).max(100),
    good: z.number().min(0).max(100),
    pass: z.number().min(0).max(100),
  }),
})
export type SupervisionSettings = z.infer<typeof supervisionSettingsSchema>

export const periodQuery = z.strictObject({ from: date.optional(), to: date.optional() })
const rate = z.number().nullable().describe('0..1, null without completed cases')

const lightCounts = z.object({ green: z.number(), yellow: z.number(), red: z.number(), paused: z.number() })
export const overviewSchema = z.object({
  today: date,
  /** the instant the figures were computed */
  at: z.string(),
  received: z.number(),
  accepted: z.number(),
  completed: z.number(),
  open: z.number(),
  /** open cases with a yellow light somewhere (case, intake or a task) and none red */
  yellow: z.number(),
  /** open cases with a red light somewhere */
  red: z.number(),
  cases: lightCounts,
  intakes: lightCounts,
  tasks: lightCounts,
  isCalendarProvisional: z.boolean(),
})
export type SupervisionOverview = z.infer<typeof overviewSchema>

export const lightCasesQuery = z.strictObject({
  light: z.enum(['red', 'yellow']),
  departmentId: id.optional(),
  windowId: id.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
})
export const lightCaseSchema = z.object({
  id: z.string(),
  number: z.string(),
  /** the case's Chinese name of the matter, with the catalog's Uyghur and English */
  matterName: localizedTextSchema,
  departmentId: z.string(),
  departmentName: z.string(),
  windowId: z.string().nullable(),
  status: z.string(),
  /** masked (张*) */
  applicantName: z.string(),
  light: lightColourSchema,
  lightLabel: z.string(),
  /** what is late or nearly: the case, its intake decision, or a department task */
  what: z.enum(['case', 'intake', 'task']),
  dueOn: z.string(),
  isPaused: z.boolean(),
  link: z.string(),
})
export const lightCasesSchema = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(lightCaseSchema),
})
export type LightCase = z.infer<typeof lightCaseSchema>

const figures = {
  received: z.number(),
  accepted: z.number(),
  completed: z.number(),
  completedOnTime: z.number(),
  onTimeRate: rate,
  /** average working days used per completed case, and promised */
  avgUsedDays: z.number().nullable(),
  avgPromisedDays: z.number().nullable(),
  /** ratings (好差评) and queue waits join when those modules exist */
  satisfaction: z.number().nullable(),
  avgQueueWaitMinutes: z.number().nullable(),
}
export const departmentRowSchema = z.object({
  departmentId: z.string(),
  code: z.string(),
  name: z.string(),
  ...figures,
  open: z.number(),
  yellow: z.number(),
  red: z.number(),
})
export type DepartmentRow = z.infer<typeof departmentRowSchema>
export const windowRowSchema = z.object({
  windowId: z.string(),
  number: z.number().nullable(),
  name: localizedTextSchema,
  ...figures,
})
export type WindowRow = z.infer<typeof windowRowSchema>
export const periodTableSchema = <T extends z.ZodType>(row: T) =>
  z.object({ from: date, to: date, rows: z.array(row) })

export const trendQuery = periodQuery.extend({
  by: z.enum(['day', 'month']).default('day'),
  departmentId: id.optional(),
})
export const trendSchema = z.object({
  from: date,
  to: date,
  by: z.enum(['day', 'month']),
  points: z.array(z.object({ period: z.string(), ...figures })),
})

export const rankingQuery = periodQuery.extend({
  of: z.enum(['department', 'window']).default('department'),
  by: z.enum(['onTimeRate', 'volume', 'speed']).default('onTimeRate'),
})
export const rankingSchema = z.object({
  from: date,
  to: date,
  of: z.enum(['department', 'window']),
  by: z.string(),
  rows: z.array(
    z.object({
      /** null: no completed cases and no ratings in the period (no data), or no value to rank by */
      rank: z.number().nullable(),
      id: z.string(),
      name: z.string(),
      value: z.number().nullable(),
      completed: z.number(),
    }),
  ),
})

export const alertsQuery = z.strictObject({
  status: z.enum(alertStatuses).optional(),
  code: z.enum(alertCodes).optional(),
  departmentId: id.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
})
/** a kept step; actorName: the staff member's display name (null for the system or someone unknown) */
const step = z.object({
  action: z.string(),
  actor: z.string(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  at: z.string(),
})
export const alertSchema = z.object({
  id: z.string(),
  code: z.string(),
  severity: z.enum(['warning', 'serious']),
  status: z.enum(alertStatuses),
  /** the Chinese message; screens translate by code with params */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  caseId: z.string(),
  caseNumber: z.string(),
  departmentId: z.string(),
  departmentName: localizedTextSchema,
  windowId: z.string().nullable(),
  subjectKind: z.string(),
  subjectId: z.string(),
  /** where the alert opens; null when the reader may not open that screen */
  link: z.string().nullable(),
  raisedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  /** 'condition_cleared' when the sweep resolved it */
  resolvedReason: z.string().nullable(),
  history: z.array(step),
})
export type SupervisionAlert = z.infer<typeof alertSchema>
export const alertListSchema = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(alertSchema),
})
export const alertNoteRequest = z.strictObject({ note: note.optional() })
export const alertAnswerRequest = z.strictObject({ answer: note })

/** issued → answered by the department → closed by a supervisor (with a reason) */
export const cardStatuses = ['issued', 'answered', 'closed'] as const
export type CardStatus = (typeof cardStatuses)[number]
export const cardRequest = z.strictObject({
  colour: z.enum(['yellow', 'red']),
  targetKind: z.enum(['department', 'window']),
  departmentId: id.optional(),
  windowId: id.optional(),
  caseId: id.optional(),
  alertId: id.optional(),
  reason: note,
})
export const cardSchema = z.object({
  id: z.string(),
  colour: z.enum(['yellow', 'red']),
  targetKind: z.enum(['department', 'window']),
  departmentId: z.string(),
  departmentName: localizedTextSchema,
  windowId: z.string().nullable(),
  caseId: z.string().nullable(),
  alertId: z.string().nullable(),
  /**
   * Where the card's subject opens in the web app: its alert's screen when it was issued on an
   * alert (a trading alert's lot, announcement or board, never a case page for its project),
   * else its case's page; null when it has neither.
   */
  link: z.string().nullable(),
  reason: z.string(),
  issuedAt: z.string(),
  status: z.enum(cardStatuses),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeReason: z.string().nullable(),
  history: z.array(step),
})
export type SupervisionCard = z.infer<typeof cardSchema>
export const cardsQuery = z.strictObject({
  departmentId: id.optional(),
  status: z.enum(cardStatuses).optional(),
  caseId: id.optional(),
})
/** A supervisor closes an answered card with a reason. */
export const cardCloseRequest = z.strictObject({ reason: note })

export const grades = ['excellent', 'good', 'pass', 'fail'] as const // 优秀 / 良好 / 合格 / 不合格
export type Grade = (typeof grades)[number]
export const gradeLabels: Record<Grade, string> = {
  excellent: '优秀',
  good: '良好',
  pass: '合格',
  fail: '不合格',
}
export const assessmentQuery = periodQuery.extend({
  of: z.enum(['department', 'window', 'staff']).default('department'),
})
export const assessmentSchema = z.object({
  from: date,
  to: date,
  of: z.enum(['department', 'window', 'staff']),
  weights: supervisionSettingsSchema.shape.weights,
  rows: z.array(
    z.object({
      /** null: no completed cases and no ratings in the period (no data) */
      rank: z.number().nullable(),
      id: z.string(),
      name: z.string(),
      volume: z.number(),
      onTimeRate: rate,
      satisfaction: z.number().nullable(),
      /** 0–100 */
      score: z.number().nullable(),
      grade: z.enum(grades).nullable(),
      gradeLabel: z.string().nullable(),
    }),
  ),
})
export type Assessment = z.infer<typeof assessmentSchema>

/** The public page (open government): departments only, no person's name, ID or phone. */
export const publicPerformanceSchema = z.object({
  from: date,
  to: date,
  departments: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      completed: z.number(),
      onTimeRate: rate,
      avgUsedDays: z.number().nullable(),
      avgPromisedDays: z.number().nullable(),
      satisfaction: z.number().nullable(),
    }),
  ),
})
export type PublicPerformance = z.infer<typeof publicPerformanceSchema>

export const exportTables = [
  'departments',
  'windows',
  'red',
  'yellow',
  'alerts',
  'assessment-department',
  'assessment-window',
  'assessment-staff',
  'trends',
] as const
export type ExportTable = (typeof exportTables)[number]

/** The latest seal of the case histories' checkpoint chain (also in <DATA_DIR>/chain-seal.json). */
export const chainSealSchema = z.object({
  seal: z
    .object({
      at: z.string(),
      seal: z.string(),
      prevSeal: z.string(),
      algorithm: z.string(),
      /** chains (cases) whose heads it covers */
      chains: z.number().int(),
    })
    .nullable(),
})
export type ChainSeal = z.infer<typeof chainSealSchema>

import type { z } from 'zod'
import type { Logger } from '../../platform/logger'

export interface JobContext {
  jobId: string
  attempt: number
  log: Logger
}

/** A job type: its zod payload, its handler, and how it retries. Handlers must be idempotent. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  type: string
  payload: S
  handle(payload: z.infer<S>, ctx: JobContext): Promise<void>
  maxAttempts?: number
  /** delay before the next attempt; default exponential from 1 s, capped at 10 min */
  backoffMs?(attempt: number): number
}

/** A recurring job: one run per slot across all instances (the slot is the job's key). */
export type ScheduleSpec =
  | { name: string; type: string; payload: unknown; everyMs: number }
  /** once a day at HH:MM in the center's time zone */
  | { name: string; type: string; payload: unknown; dailyAt: string }

export const defaultBackoffMs = (attempt: number) => Math.min(600_000, 1000 * 2 ** Math.max(0, attempt - 1))

export class JobRegistry {
  private readonly defs = new Map<string, JobDefinition>()
  private readonly scheduleList: ScheduleSpec[] = []

  define<S extends z.ZodType>(def: JobDefinition<S>): void {
    if (this.defs.has(def.type)) throw new Error(`job type ${def.type} is defined twice`)
    this.defs.set(def.type, def)
  }

  schedule(spec: ScheduleSpec): void {
    this.scheduleList.push(spec)
  }

  get(type: string): JobDefinition | undefined {
    return this.defs.get(type)
  }

  get types(): string[] {
    return [...this.defs.keys()]
  }

  get schedules(): readonly ScheduleSpec[] {
    return this.scheduleList
  }

  /** Start-time check: every schedule names a defined type with a valid payload. */
  assertComplete(): void {
    for (const s of this.scheduleList) {
      const def = this.defs.get(s.type)
      if (!def) throw new Error(`schedule ${s.name} names unknown job type ${s.type}`)
      const parsed = def.payload.safeParse(s.payload)
      if (!parsed.success) throw new Error(`schedule ${s.name} has an invalid payload for ${s.type}`)
      if ('dailyAt' in s && !/^([01]\d|2[0-3]):[0-5]\d$/.test(s.dailyAt))
        throw new Error(`schedule ${s.name}: bad dailyAt`)
    }
  }
}

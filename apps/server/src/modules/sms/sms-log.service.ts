import { maskPhone, type Principal, smsStatuses, type SmsLogEntryDto, type SmsStatus } from '@yimin/shared'
import type { SmsMessagesTable } from './sms.tables'
import { instantAt } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { assertCan } from '../auth/permissions'
import type { SmsRepository } from './sms.repository'

export interface SmsLogQuery {
  status?: SmsStatus | undefined
  isUncertain?: boolean | undefined
  /** center-local dates, YYYY-MM-DD, both inclusive */
  from?: string | undefined
  to?: string | undefined
  cursor?: string | undefined
  limit: number
}

/** The midnight starting a center-local date, as a UTC instant. */
export function localDayStart(date: string, timeZone: string): Date {
  return instantAt(date, '00:00', timeZone)
}

const encodeCursor = (m: SmsMessagesTable) => Buffer.from(`${m.created_at}|${m.id}`).toString('base64url')
function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  if (!createdAt || !id || Number.isNaN(Date.parse(createdAt)))
    throw new AppError('VALIDATION_FAILED', 'bad cursor')
  return { createdAt, id }
}

/**
 * The message log for administrators and supervisors: every outgoing message with its status
 * and the uncertain flag, numbers masked, counts per status over the same dates.
 */
export class SmsLogService {
  constructor(
    private readonly repo: SmsRepository,
    private readonly timeZone: string,
  ) {}

  async list(
    actor: Principal,
    q: SmsLogQuery,
  ): Promise<{
    items: SmsLogEntryDto[]
    nextCursor: string | null
    counts: Record<SmsStatus | 'uncertain', number>
  }> {
    assertCan(actor, 'sms.read')
    if (q.from && q.to && q.from > q.to) throw new AppError('VALIDATION_FAILED', '`from` is after `to`')
    const from = q.from ? localDayStart(q.from, this.timeZone).toISOString() : undefined
    const to = q.to
      ? new Date(localDayStart(q.to, this.timeZone).getTime() + 24 * 3600_000).toISOString()
      : undefined
    const rows = await this.repo.log({
      status: q.status,
      isUncertain: q.isUncertain,
      from,
      to,
      before: q.cursor ? decodeCursor(q.cursor) : undefined,
      limit: q.limit + 1,
    })
    const page = rows.slice(0, q.limit)
    const { byStatus, uncertain } = await this.repo.logCounts({ from, to })
    const counts = Object.fromEntries(smsStatuses.map((s) => [s, byStatus[s] ?? 0])) as Record<
      SmsStatus,
      number
    >
    return {
      items: page.map((m) => ({
        id: m.id,
        phoneMasked: maskPhone(m.recipient),
        template: m.template,
        body: m.body,
        status: m.status,
        isUncertain: m.is_uncertain === 1,
        isEssential: m.is_essential === 1,
        attempts: m.attempts,
        provider: m.provider,
        lastError: m.last_error,
        createdAt: m.created_at,
        sentAt: m.sent_at,
        updatedAt: m.updated_at,
      })),
      nextCursor: rows.length > q.limit ? encodeCursor(page.at(-1)!) : null,
      counts: { ...counts, uncertain },
    }
  }
}

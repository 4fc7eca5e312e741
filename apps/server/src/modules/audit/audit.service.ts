import type { Principal } from '@yimin/shared'
import type { Executor } from '../../db/database'
import type { Clock } from '../../platform/clock'
import { newId } from '../../platform/ids'
import type { AuditRepository } from './audit.repository'

/** Who did what to whom: sign-ins, account and device changes, and reads of personal data. */
export class AuditService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async record(
    entry: {
      actor: Principal | string
      action: string
      subject?: string | null
      ip?: string | null
      details?: unknown
    },
    tx?: Executor,
  ): Promise<void> {
    const now = this.clock.now()
    await this.repo.insert(
      {
        id: newId(now.getTime()),
        at: now.toISOString(),
        actor: typeof entry.actor === 'string' ? entry.actor : actorLabel(entry.actor),
        action: entry.action,
        subject: entry.subject ?? null,
        ip: entry.ip ?? null,
        details: entry.details === undefined ? null : JSON.stringify(entry.details),
      },
      tx,
    )
  }
}

export function actorLabel(p: Principal): string {
  switch (p.kind) {
    case 'staff':
      return `staff:${p.userId}`
    case 'device':
      return `device:${p.deviceId}`
    case 'citizen':
      return `citizen:${p.citizenId}`
    case 'anonymous':
      return 'anonymous'
  }
}

/** The user id in a staff member's actor label (`staff:<user id>`), or null for another actor. */
export const staffIdOf = (label: string): string | null =>
  label.startsWith('staff:') ? label.slice('staff:'.length) : null

import { createHash } from 'node:crypto'
import type { Principal } from '@yimin/shared'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import type { IdempotencyRepository } from './idempotency.repository'

const KEPT_MS = 24 * 3_600_000
const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,200}$/

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** Whose key it is: keys are scoped to the caller, so one caller cannot replay another's answer. */
export function callerScope(principal: Principal, address: string): string {
  switch (principal.kind) {
    case 'staff':
      return `staff:${principal.userId}`
    case 'citizen':
      return `citizen:${principal.citizenId}`
    case 'device':
      return `device:${principal.deviceId}`
    case 'anonymous':
      return `anonymous:${address}`
  }
}

export type IdempotencyOutcome =
  { kind: 'first'; id: string } | { kind: 'replay'; status: number; response: string }

/**
 * Idempotent creation (issue 17.6): the first answer to a key is kept 24 hours and returned for
 * the same request again; the same key with another request is refused, and so is a key whose
 * first request is still running.
 */
export class IdempotencyService {
  constructor(
    private readonly repo: IdempotencyRepository,
    private readonly clock: Clock,
  ) {}

  async begin(input: {
    key: string
    principal: Principal
    address: string
    route: string
    method: string
    url: string
    body: unknown
  }): Promise<IdempotencyOutcome> {
    if (!KEY_PATTERN.test(input.key))
      throw new AppError('IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key: 8–200 letters, digits or ._:-')
    const id = sha256(
      `${callerScope(input.principal, input.address)}\n${input.method} ${input.route}\n${input.key}`,
    )
    const requestHash = sha256(`${input.method} ${input.url}\n${JSON.stringify(input.body ?? null)}`)
    const now = this.clock.now()
    const nowIso = now.toISOString()
    const claimed = await this.repo.claim(
      {
        id,
        request_hash: requestHash,
        status: null,
        response: null,
        created_at: nowIso,
        expires_at: new Date(now.getTime() + KEPT_MS).toISOString(),
      },
      nowIso,
    )
    if (claimed) return { kind: 'first', id }
    const existing = await this.repo.find(id)
    if (!existing)
      throw new AppError('IDEMPOTENCY_KEY_IN_PROGRESS', 'the first request with this key is still running')
    if (existing.request_hash !== requestHash)
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request')
    if (existing.status === null || existing.response === null)
      throw new AppError('IDEMPOTENCY_KEY_IN_PROGRESS', 'the first request with this key is still running')
    return { kind: 'replay', status: existing.status, response: existing.response }
  }

  /** Keeps the first answer (a server failure or a rate limit is not kept: a retry may run again). */
  async finish(id: string, status: number, response: string): Promise<void> {
    if (status >= 500 || status === 429) await this.repo.release(id)
    else await this.repo.complete(id, status, response)
  }

  async prune(): Promise<number> {
    return this.repo.prune(this.clock.now().toISOString())
  }
}

import { z } from 'zod'
import type { Principal } from '@yimin/shared'
import type { Config } from '../../config'
import type { Db } from '../../db/database'
import type { Clock } from '../../platform/clock'
import type { Logger } from '../../platform/logger'
import type { JobQueue } from '../jobs/job-queue'
import type { JobRegistry } from '../jobs/job-registry'
import type { EventBus } from '../realtime/event-bus'
import { AliyunVoiceGateway } from './aliyun-voice-gateway'
import { OutboxVoiceGateway } from './outbox-voice-gateway'
import type { VoiceGateway } from './voice-gateway'
import { VoiceRepository } from './voice.repository'
import { APPLY_RECEIPT_JOB, PLACE_CALL_JOB, VoiceService } from './voice.service'

/** The gateway VOICE_PROVIDER names, or none (the channel is off). */
export function createVoiceGateway(config: Config, clock: Clock): VoiceGateway | null {
  const { provider, aliyun } = config.voice
  if (provider === 'aliyun' && aliyun) return new AliyunVoiceGateway(aliyun, () => clock.now())
  if (provider === 'outbox') return new OutboxVoiceGateway()
  return null
}

/** The voice channel as the container holds it, with its two jobs. */
export function createVoice(deps: {
  db: Db
  config: Config
  clock: Clock
  log: Logger
  bus: EventBus
  jobs: { registry: JobRegistry; queue: JobQueue }
  assertVirtualPhone: (actor: Principal) => void
}): VoiceService {
  const { db, config, clock, log, bus, jobs } = deps
  const gateway = createVoiceGateway(config, clock)
  const placeAttempts = config.voice.placeAttempts
  const service = new VoiceService(db, new VoiceRepository(db), jobs.queue, bus, clock, log, gateway, {
    virtualPhone: deps.assertVirtualPhone,
    placeAttempts,
  })
  jobs.registry.define({
    type: PLACE_CALL_JOB,
    payload: z.object({ callId: z.string() }),
    maxAttempts: placeAttempts,
    // 15 s, 30 s, 1 min, … up to 10 min: a busy line or flow control passes
    backoffMs: (attempt) => Math.min(600_000, 15_000 * 2 ** Math.max(0, attempt - 1)),
    handle: (p, ctx) => service.place(p.callId, ctx.attempt),
  })
  jobs.registry.define({
    type: APPLY_RECEIPT_JOB,
    payload: z.object({ receiptId: z.string() }),
    maxAttempts: 20,
    handle: (p) => service.applyReceipt(p.receiptId),
  })
  return service
}

import { randomBytes } from 'node:crypto'
import { channels, phoneSchema, type Principal } from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { fromJson, toJson } from '../../db/convert'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import type { Logger } from '../../platform/logger'
import type { JobQueue } from '../jobs/job-queue'
import type { EventBus } from '../realtime/event-bus'
import { VoiceCallError, type VoiceGateway } from './voice-gateway'
import type { VoiceCallRow, VoiceRepository } from './voice.repository'

export const PLACE_CALL_JOB = 'voice.place-call'
export const APPLY_RECEIPT_JOB = 'voice.apply-receipt'

export interface QueueCallInput {
  /** what caused the call, `<kind>:<id>`; one call per cause and number */
  causeKey: string
  recipient: string
  /** the kind of notice (the provider's approved template is chosen by it) */
  template: string
  /** the words spoken (for the log and the demo's phone; the provider renders its template) */
  body: string
  params: Record<string, string>
  keys: string[]
}

/** A provider's receipt, as the callback route read it. */
export interface ReceiptInput {
  providerCallId: string
  outId: string | null
  statusCode: string
  dtmf: string | null
  statusTime: string | null
}

/**
 * What a module that places calls answers: whether a call is still worth placing, and what a
 * key pressed does. Registered per cause prefix (`expert-invitation`).
 */
export interface KeypadHandler {
  isWanted(causeKey: string, now: string): Promise<boolean>
  onKey(input: { causeKey: string; recipient: string; key: string; at: string }): Promise<string>
}

/**
 * The voice channel (语音通知 with a keypad reply). `queue` writes the call in the caller's
 * transaction with a `voice.place-call` job, so a call exists exactly when its cause committed;
 * the job places it through the gateway and retries with backoff. Receipts are stored (once)
 * in one transaction with a `voice.apply-receipt` job each before the provider is answered, so
 * an acknowledged receipt is never lost; the job hands a key to the cause's handler. When no
 * provider is configured the channel is off: `queue` does nothing.
 */
export class VoiceService {
  private readonly handlers = new Map<string, KeypadHandler>()

  constructor(
    private readonly db: Db,
    private readonly repo: VoiceRepository,
    private readonly jobs: JobQueue,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly gateway: VoiceGateway | null,
    private readonly options: { virtualPhone: (actor: Principal) => void; placeAttempts: number },
  ) {}

  get isEnabled(): boolean {
    return this.gateway !== null
  }

  get providerName(): string | null {
    return this.gateway?.name ?? null
  }

  handle(causePrefix: string, handler: KeypadHandler): void {
    if (this.handlers.has(causePrefix)) throw new Error(`voice handler ${causePrefix} is registered twice`)
    this.handlers.set(causePrefix, handler)
  }

  private handlerOf(causeKey: string): KeypadHandler | undefined {
    return this.handlers.get(causeKey.split(':')[0]!)
  }

  /** Queues a call inside `tx`. False when the channel is off or this cause already called this number. */
  async queue(tx: Executor, input: QueueCallInput): Promise<boolean> {
    if (!this.gateway) return false
    if (!phoneSchema.safeParse(input.recipient).success)
      throw new AppError('SMS_RECIPIENT_INVALID', 'not a mainland mobile number')
    const now = this.clock.now()
    const at = now.toISOString()
    const id = newId(now.getTime())
    const inserted = await this.repo.insertCall(
      {
        id,
        cause_key: input.causeKey,
        recipient: input.recipient,
        template: input.template,
        body: input.body,
        params: toJson(input.params),
        keys: toJson(input.keys),
        // OutId is 1–15 characters at Alibaba Cloud: 15 random base-36 characters
        out_id: outIdOf(randomBytes(12)),
        status: 'queued',
        attempts: 0,
        provider: this.gateway.name,
        provider_call_id: null,
        last_error: null,
        key_pressed: null,
        created_at: at,
        updated_at: at,
        placed_at: null,
      },
      tx,
    )
    if (inserted) await this.jobs.enqueue(PLACE_CALL_JOB, { callId: id }, { key: id }, tx)
    return inserted
  }

  /**
   * Places a queued call (the job). A refusal that retrying cannot mend fails the call; any
   * other failure is thrown so the job retries with backoff, and the last attempt fails it.
   */
  async place(callId: string, attempt: number): Promise<void> {
    const call = await this.repo.findCall(callId)
    if (!call || call.status !== 'queued' || !this.gateway) return
    const now = this.clock.now().toISOString()
    const handler = this.handlerOf(call.cause_key)
    if (handler && !(await handler.isWanted(call.cause_key, now))) {
      await this.repo.updateCallFrom(call.id, 'queued', { status: 'cancelled', updated_at: now })
      return
    }
    try {
      const { providerCallId } = await this.gateway.place({
        outId: call.out_id,
        recipient: call.recipient,
        template: call.template,
        params: fromJson<Record<string, string>>(call.params) ?? {},
        keys: fromJson<string[]>(call.keys) ?? [],
      })
      const at = this.clock.now().toISOString()
      await this.db.transaction().execute(async (tx) => {
        await this.repo.updateCallFrom(
          call.id,
          'queued',
          {
            status: 'placed',
            attempts: attempt,
            provider_call_id: providerCallId,
            placed_at: at,
            updated_at: at,
            last_error: null,
          },
          tx,
        )
        await this.bus.publish(tx, channels.virtualPhone(), 'voice.call', {
          phone: call.recipient,
          callId: call.id,
          status: 'placed',
        })
      })
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      const isFinal =
        (err instanceof VoiceCallError && !err.isRetryable) || attempt >= this.options.placeAttempts
      await this.repo.updateCallFrom(call.id, 'queued', {
        ...(isFinal ? { status: 'failed' } : {}),
        attempts: attempt,
        last_error: message.slice(0, 500),
        updated_at: this.clock.now().toISOString(),
      })
      if (isFinal) {
        this.log.warn({ callId: call.id, err: message }, 'voice call failed')
        return
      }
      throw err
    }
  }

  /**
   * Keeps the receipts of one callback in one transaction, each once (a repeat is ignored), with
   * a job to apply each. Answers how many were new.
   */
  async storeReceipts(provider: string, receipts: ReceiptInput[]): Promise<number> {
    const now = this.clock.now()
    return this.db.transaction().execute(async (tx) => {
      let stored = 0
      for (const r of receipts) {
        const id = newId(now.getTime())
        const inserted = await this.repo.insertReceipt(
          {
            id,
            provider,
            dedupe_key: [r.providerCallId, r.statusCode, r.statusTime ?? '', r.dtmf ?? ''].join('|'),
            provider_call_id: r.providerCallId,
            out_id: r.outId,
            status_code: r.statusCode,
            dtmf: r.dtmf,
            status_time: r.statusTime,
            received_at: now.toISOString(),
            processed_at: null,
            outcome: null,
          },
          tx,
        )
        if (!inserted) continue
        await this.jobs.enqueue(APPLY_RECEIPT_JOB, { receiptId: id }, { key: id }, tx)
        stored++
      }
      return stored
    })
  }

  /**
   * Applies a stored receipt (the job): the first key pressed goes to the cause's handler with
   * the time the receipt arrived. The handler runs before the receipt is marked, so a crash in
   * between repeats it, and the handler's own first-answer-wins keeps that harmless.
   */
  async applyReceipt(receiptId: string): Promise<void> {
    const receipt = await this.repo.findReceipt(receiptId)
    if (!receipt || receipt.processed_at) return
    const call = await this.repo.callOfReceipt(receipt)
    const now = () => this.clock.now().toISOString()
    if (!call) {
      this.log.warn({ receiptId, callId: receipt.provider_call_id }, 'voice receipt of an unknown call')
      await this.repo.markProcessed(receipt.id, 'unknown-call', now())
      return
    }
    const key = receipt.dtmf?.trim().charAt(0) ?? ''
    if (!key) {
      await this.repo.markProcessed(receipt.id, 'status', now())
      return
    }
    const keys = fromJson<string[]>(call.keys) ?? []
    const handler = this.handlerOf(call.cause_key)
    const outcome = !keys.includes(key)
      ? 'voice.unclear'
      : handler
        ? await handler.onKey({
            causeKey: call.cause_key,
            recipient: call.recipient,
            key,
            at: receipt.received_at,
          })
        : 'unhandled'
    const at = now()
    await this.db.transaction().execute(async (tx) => {
      await this.repo.setKeyPressed(call.id, key, at, tx)
      await this.repo.markProcessed(receipt.id, outcome, at, tx)
      await this.bus.publish(tx, channels.virtualPhone(), 'voice.call', {
        phone: call.recipient,
        callId: call.id,
        status: 'answered',
      })
    })
  }

  // --- the demo's virtual phone (VOICE_PROVIDER=outbox) ---

  /** The calls to a virtual phone, newest first (none when the demo's voice outbox is off). */
  async virtualPhoneCalls(actor: Principal, phone: string): Promise<VirtualPhoneCall[]> {
    this.options.virtualPhone(actor)
    if (this.gateway?.name !== 'outbox') return []
    return (await this.repo.callsTo(phone, 50)).map(presentCall)
  }

  /** A key pressed on the virtual phone: a receipt like the provider's, through the same path. */
  async virtualPhonePress(actor: Principal, callId: string, key: string): Promise<VirtualPhoneCall> {
    this.assertOutbox(actor)
    const call = await this.repo.findCall(callId)
    if (!call || call.status !== 'placed' || !call.provider_call_id)
      throw new AppError('VOICE_CALL_NOT_FOUND', 'no ringing call with this id')
    await this.storeReceipts('outbox', [
      {
        providerCallId: call.provider_call_id,
        outId: call.out_id,
        statusCode: '300000',
        dtmf: key,
        statusTime: this.clock.now().toISOString(),
      },
    ])
    return presentCall((await this.repo.findCall(callId))!)
  }

  private assertOutbox(actor: Principal): void {
    if (this.gateway?.name !== 'outbox')
      throw new AppError('VOICE_CALL_NOT_FOUND', 'the demo voice outbox is off')
    this.options.virtualPhone(actor)
  }
}

export interface VirtualPhoneCall {
  id: string
  body: string
  keys: string[]
  status: string
  keyPressed: string | null
  at: string
}

function presentCall(c: VoiceCallRow): VirtualPhoneCall {
  return {
    id: c.id,
    body: c.body,
    keys: fromJson<string[]>(c.keys) ?? [],
    status: c.status,
    keyPressed: c.key_pressed,
    at: c.created_at,
  }
}

/** 15 base-36 characters from random bytes (OutId's limit at Alibaba Cloud is 15). */
export function outIdOf(bytes: Buffer): string {
  let n = BigInt(`0x${bytes.toString('hex')}`)
  let s = ''
  for (let i = 0; i < 15; i++) {
    s += (n % 36n).toString(36)
    n /= 36n
  }
  return s
}

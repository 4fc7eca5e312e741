import { channels, maskPhone, phoneSchema, type Principal } from '@yimin/shared'
import type { Db, Executor } from '../../db/database'
import { toFlag } from '../../db/convert'
import type { SmsMessagesTable } from './sms.tables'
import type { Clock } from '../../platform/clock'
import { AppError } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { assertCan } from '../auth/permissions'
import type { EventBus } from '../realtime/event-bus'
import type { SmsRepository } from './sms.repository'
import type { SmsLanguage } from './templates/template-render'
import type { SmsTemplatesService } from './templates/templates.service'

export interface QueueSmsInput {
  /** what caused the message, e.g. `case:<id>:accepted`; one message per cause and recipient */
  causeKey: string
  recipient: string
  template: string
  body: string
  /** essential notices (corrections, refusals, completion, codes) ignore opt-outs */
  isEssential: boolean
}

export interface QueueTemplateInput {
  causeKey: string
  recipient: string
  /** a key of templates/template-catalog.ts */
  template: string
  vars: Readonly<Record<string, string | number>>
  language?: SmsLanguage
}

export type InboundHandler = (message: {
  id: string
  sender: string
  body: string
  receivedAt: string
}) => Promise<string | null>

/**
 * The SMS outbox (transactional): `queue` writes the message in the caller's transaction, so
 * a message exists exactly when its cause committed; the dispatcher sends it afterwards.
 */
export class SmsService {
  private readonly inboundHandlers: InboundHandler[] = []
  private wakeDispatcher: (() => void) | null = null
  private optedOut: ((tx: Executor, phone: string) => Promise<boolean>) | null = null

  constructor(
    private readonly db: Db,
    private readonly repo: SmsRepository,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly options: {
      centerName: string
      virtualPhone: boolean
      mode: 'demo' | 'production'
      templates: SmsTemplatesService
    },
  ) {}

  /** Tells whether a number opted out of non-essential SMS (TD); the ratings module keeps the opt-outs. */
  skipNonEssentialWhen(check: (tx: Executor, phone: string) => Promise<boolean>): void {
    this.optedOut = check
  }

  onQueued(listener: () => void): void {
    this.wakeDispatcher = listener
  }

  /** Queues a message inside `tx`. Returns false when this cause already queued one for this number. */
  async queue(tx: Executor, input: QueueSmsInput): Promise<boolean> {
    if (!phoneSchema.safeParse(input.recipient).success) {
      throw new AppError('SMS_RECIPIENT_INVALID', 'not a mainland mobile number')
    }
    // the number replied TD (ratings module): non-essential messages are not queued for it
    if (!input.isEssential && this.optedOut && (await this.optedOut(tx, input.recipient))) return false
    const now = this.clock.now().toISOString()
    const row: SmsMessagesTable = {
      id: newId(),
      cause_key: input.causeKey,
      recipient: input.recipient,
      template: input.template,
      body: this.sign(input.body),
      is_essential: toFlag(input.isEssential),
      is_uncertain: 0,
      status: 'queued',
      attempts: 0,
      next_attempt_at: now,
      lease_until: null,
      provider: null,
      provider_message_id: null,
      last_error: null,
      created_at: now,
      updated_at: now,
      sent_at: null,
    }
    const inserted = await this.repo.insert(row, tx)
    if (inserted && this.wakeDispatcher) setImmediate(this.wakeDispatcher)
    return inserted
  }

  /**
   * Queues the message of an event from its template (templates/template-catalog.ts) in the
   * recipient's language; whether it is essential comes from the template.
   */
  async queueTemplate(tx: Executor, input: QueueTemplateInput): Promise<boolean> {
    const { body, isEssential } = this.options.templates.render(input.template, input.vars, input.language)
    return this.queue(tx, {
      causeKey: input.causeKey,
      recipient: input.recipient,
      template: input.template,
      body,
      isEssential,
    })
  }

  /** The center's signature, as operators require (【乌鲁木齐市政务服务中心】). */
  sign(body: string): string {
    const signature = `【${this.options.centerName}】`
    return body.startsWith(signature) ? body : `${signature}${body}`
  }

  /**
   * Later issues add handlers (ratings by reply, TD opt-out). The first that answers wins;
   * `first` puts a handler before those already added (an open expert invitation goes before
   * rating replies from the same phone).
   */
  addInboundHandler(handler: InboundHandler, options: { first?: boolean } = {}): void {
    if (options.first) this.inboundHandlers.unshift(handler)
    else this.inboundHandlers.push(handler)
  }

  /**
   * An inbound message from any provider: kept first, then handled. `claim`, when given, runs
   * first in the same transaction; false means someone else took this message (nothing stored).
   */
  async receive(
    input: { sender: string; body: string; provider: string },
    claim?: (tx: Executor) => Promise<boolean>,
  ): Promise<{ id: string; outcome: string }> {
    const id = newId()
    const receivedAt = this.clock.now().toISOString()
    const stored = await this.db.transaction().execute(async (tx) => {
      if (claim && !(await claim(tx))) return false
      await this.repo.insertInbound(
        {
          id,
          sender: input.sender,
          body: input.body.slice(0, 2000),
          provider: input.provider,
          received_at: receivedAt,
          outcome: null,
        },
        tx,
      )
      await this.bus.publish(tx, channels.virtualPhone(), 'sms.message', {
        phone: input.sender,
        messageId: id,
        direction: 'in',
      })
      return true
    })
    if (!stored) return { id, outcome: 'duplicate' }
    let outcome = 'unhandled'
    for (const handler of this.inboundHandlers) {
      const r = await handler({ id, sender: input.sender, body: input.body, receivedAt })
      if (r) {
        outcome = r
        break
      }
    }
    await this.repo.setInboundOutcome(id, outcome)
    return { id, outcome }
  }

  // --- the virtual phone (embedded provider's page) ---

  assertVirtualPhone(actor: Principal): void {
    if (!this.options.virtualPhone)
      throw new AppError('SMS_VIRTUAL_PHONE_DISABLED', 'the virtual phone is off')
    // In demo mode the virtual phone is the citizen's phone for testers; in production only admins.
    if (this.options.mode === 'production') assertCan(actor, 'sms.virtual-phone')
  }

  async virtualPhoneNumbers(
    actor: Principal,
  ): Promise<Array<{ phone: string; phoneMasked: string; lastAt: string }>> {
    this.assertVirtualPhone(actor)
    const rows = await this.repo.conversations(200)
    return rows.map((r) => ({ ...r, phoneMasked: maskPhone(r.phone) }))
  }

  async virtualPhoneConversation(actor: Principal, phone: string): Promise<ConversationEntry[]> {
    this.assertVirtualPhone(actor)
    const [out, inbound] = await Promise.all([
      this.repo.listByRecipient(phone, 200),
      this.repo.listInbound(phone, 200),
    ])
    const entries: ConversationEntry[] = [
      ...out.map((m) => ({
        id: m.id,
        direction: 'out' as const,
        body: m.body,
        at: m.created_at,
        status: m.status,
      })),
      ...inbound.map((m) => ({
        id: m.id,
        direction: 'in' as const,
        body: m.body,
        at: m.received_at,
        status: m.outcome ?? 'received',
      })),
    ]
    return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  }

  async virtualPhoneReply(
    actor: Principal,
    phone: string,
    body: string,
  ): Promise<{ id: string; outcome: string }> {
    this.assertVirtualPhone(actor)
    return this.receive({ sender: phone, body, provider: 'outbox' })
  }
}

export interface ConversationEntry {
  id: string
  direction: 'out' | 'in'
  body: string
  at: string
  status: string
}

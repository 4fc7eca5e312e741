import type { OutgoingSms, SmsProvider } from './sms-provider'

/**
 * The embedded provider: messages stay in the database, where the virtual phone page reads
 * them. "Sending" is a no-op that succeeds; the dispatcher marks the message delivered and
 * tells the virtual phone.
 */
export class OutboxProvider implements SmsProvider {
  readonly name = 'outbox'
  readonly isIdempotent = true
  readonly isFinalOnSend = true
  /** tests can make the provider fail to exercise retries */
  failNext: ((message: OutgoingSms) => Error | null) | null = null

  async send(message: OutgoingSms): Promise<{ providerMessageId: string }> {
    const err = this.failNext?.(message)
    if (err) throw err
    return { providerMessageId: message.id }
  }
}

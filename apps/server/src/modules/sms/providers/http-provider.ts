import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signSmsRequest } from '../http-signature'
import { SmsSendError, type OutgoingSms, type SmsProvider } from './sms-provider'

export interface HttpSmsOptions {
  url: string
  secret: string
  /** sends in flight at once */
  concurrency: number
  timeoutMs?: number
}

/**
 * An HTTP SMS gateway: each message is a signed JSON POST `{ id, to, text }`; the gateway answers
 * `{ messageId }` and later reports receipts and replies to the signed inbound endpoints
 * (sms-http.routes.ts). The gateway dedupes by `id` (the contract), so a resend after a crash
 * reaches the phone once: the provider is idempotent.
 */
export class HttpSmsProvider implements SmsProvider {
  readonly name = 'http'
  readonly isIdempotent = true
  readonly isFinalOnSend = false
  readonly concurrency: number

  constructor(
    private readonly options: HttpSmsOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.concurrency = Math.max(1, options.concurrency)
  }

  async send(message: OutgoingSms): Promise<{ providerMessageId: string }> {
    const body = JSON.stringify({ id: message.id, to: message.recipient, text: message.body })
    const timestamp = String(Math.floor(this.now() / 1000))
    let res: Response
    try {
      res = await fetch(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: signSmsRequest(this.options.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      })
    } catch (err) {
      throw new SmsSendError(
        `SMS gateway unreachable: ${err instanceof Error ? err.message : String(err)}`,
        true,
        true,
      )
    }
    const text = await res.text().catch(() => '')
    if (!res.ok) {
      // 4xx: the gateway refused this message (retrying will not help), except throttling
      const isRetryable = res.status >= 500 || res.status === 429 || res.status === 408
      throw new SmsSendError(`SMS gateway answered ${res.status}: ${text.slice(0, 200)}`, isRetryable)
    }
    let providerMessageId = message.id
    try {
      const parsed = JSON.parse(text) as { messageId?: unknown }
      if (typeof parsed.messageId === 'string' && parsed.messageId) providerMessageId = parsed.messageId
    } catch {
      // a gateway that answers without a body: its id is ours
    }
    return { providerMessageId }
  }
}

/** A message as a provider sees it. */
export interface OutgoingSms {
  id: string
  recipient: string
  body: string
}

export class SmsSendError extends Error {
  override name = 'SmsSendError'
  constructor(
    message: string,
    /** false: retrying will not help (e.g. the number does not exist) */
    readonly isRetryable: boolean,
    /** true: the provider may have taken the message before the failure (a resend may duplicate it) */
    readonly isUncertain = false,
  ) {
    super(message)
  }
}

/** What a provider reports back: delivery receipts and messages from phones. */
export interface SmsTransportSink {
  /** a delivery receipt for one submitted part (`stat` as in SMPP: DELIVRD, UNDELIV, …) */
  receipt: (r: { providerMessageId: string; stat: string; error: string | null }) => Promise<void>
  /** a message from a phone; `concat` when it is one part of a longer message */
  inbound: (m: {
    sender: string
    body: string
    concat: { ref: number; total: number; seq: number } | null
  }) => Promise<void>
}

/**
 * The sender interface every provider implements: the embedded outbox (virtual phone), SMPP
 * and HTTP. The dispatcher owns queueing, retries and the throughput caps.
 */
export interface SmsProvider {
  readonly name: string
  /**
   * true when sending the same message id twice reaches the phone once (the provider dedupes);
   * false (SMPP) means a submit in flight at a crash is resent and marked uncertain.
   */
  readonly isIdempotent: boolean
  /** true when `send` already means delivered (no delivery receipts will follow) */
  readonly isFinalOnSend: boolean
  /** sends at most this many messages at once (SMPP: the window of outstanding submits); default 1 */
  readonly concurrency?: number
  /** the parts a body is sent as (each counts against the throughput cap); default 1 */
  partsOf?: (body: string) => number
  /** false while the provider cannot send (SMSC down): the dispatcher claims nothing meanwhile */
  isReady?: () => boolean
  /** called when the provider becomes ready again (the dispatcher wakes up) */
  onReady?: (listener: () => void) => void
  /** where receipts and inbound messages go (set once by the SMS module) */
  attach?: (sink: SmsTransportSink) => void
  /** `partIds`: the provider's id of each part, for matching delivery receipts */
  send(message: OutgoingSms): Promise<{ providerMessageId: string; partIds?: string[] }>
  start?(): Promise<void>
  stop?(): Promise<void>
}

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
  ) {
    super(message)
  }
}

/**
 * The sender interface every provider implements: the embedded outbox (virtual phone), later
 * SMPP and HTTP. The dispatcher owns queueing, retries and the throughput cap.
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
  send(message: OutgoingSms): Promise<{ providerMessageId: string }>
  start?(): Promise<void>
  stop?(): Promise<void>
}

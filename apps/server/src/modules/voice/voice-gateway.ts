/** A call as a provider places it. */
export interface OutgoingCall {
  /** our id of the call, echoed back in the provider's receipts (1–15 characters) */
  outId: string
  recipient: string
  /** the kind of notice: the adapter maps it to the provider's approved template */
  template: string
  /** the template's variables */
  params: Readonly<Record<string, string>>
  /** the keys the callee may press (each answered by the provider's acknowledgement prompt) */
  keys: readonly string[]
}

export class VoiceCallError extends Error {
  override name = 'VoiceCallError'
  constructor(
    message: string,
    /** false: placing it again will not help (a bad number, a template not approved) */
    readonly isRetryable: boolean,
  ) {
    super(message)
  }
}

/**
 * The voice-notification port (语音通知 with a keypad reply): places one call; keypad answers
 * come back later as receipts through the provider's callback route (voice.routes.ts). Adapters:
 * Alibaba Cloud VMS (`aliyun-voice-gateway.ts`) and the demo's outbox (`outbox-voice-gateway.ts`).
 */
export interface VoiceGateway {
  readonly name: string
  place(call: OutgoingCall): Promise<{ providerCallId: string }>
}

import type { OutgoingCall, VoiceGateway } from './voice-gateway'

/**
 * The demo's voice provider (VOICE_PROVIDER=outbox, refused in production): nothing is dialled;
 * the call stays in `voice_calls`, where the demo's virtual phone shows it ringing with keys
 * 1 and 2, and a key pressed there comes back as a receipt through the same path as the real
 * provider's. The real adapter is aliyun-voice-gateway.ts.
 */
export class OutboxVoiceGateway implements VoiceGateway {
  readonly name = 'outbox'

  async place(call: OutgoingCall): Promise<{ providerCallId: string }> {
    return { providerCallId: `outbox-${call.outId}` }
  }
}

/** Table types of the voice channel (migration 0043-voice). */

/** A call to place: queued with its cause, placed by the `voice.place-call` job. */
export interface VoiceCallsTable {
  id: string
  /** what caused the call, e.g. `expert-invitation:<id>`; one call per cause and number */
  cause_key: string
  recipient: string
  /** the kind of notice (`expert.invitation`): picks the provider's approved TTS template */
  template: string
  /** the words spoken, as the provider's template renders them (for the log and the demo phone) */
  body: string
  /** JSON: the template's variables (Record<string, string>) */
  params: string
  /** JSON: the keys the callee may press (string[]) */
  keys: string
  /** our id of the call as the provider echoes it in receipts (OutId: 1–15 characters) */
  out_id: string
  /** queued, placed, failed, cancelled, answered */
  status: string
  attempts: number
  provider: string | null
  provider_call_id: string | null
  last_error: string | null
  /** the first key the callee pressed */
  key_pressed: string | null
  created_at: string
  updated_at: string
  placed_at: string | null
}

/** A provider receipt (call status, keypad), stored once before the provider is answered. */
export interface VoiceReceiptsTable {
  id: string
  provider: string
  /** the receipt's identity at the provider (call, status, time, keys): a repeat is ignored */
  dedupe_key: string
  provider_call_id: string
  out_id: string | null
  status_code: string
  dtmf: string | null
  /** the provider's time of the status, as it sent it */
  status_time: string | null
  received_at: string
  processed_at: string | null
  /** what the receipt did (`expert.accepted`, `status`, `unknown-call`, …) */
  outcome: string | null
}

export interface VoiceTables {
  voice_calls: VoiceCallsTable
  voice_receipts: VoiceReceiptsTable
}

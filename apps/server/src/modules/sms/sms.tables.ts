/** Tables of the SMS transport (migration 0008-sms-transport; messages and inbound since 0001). */

export interface SmsMessagesTable {
  id: string
  /** what caused the message, e.g. `case:<id>:accepted`; unique with the recipient */
  cause_key: string
  recipient: string
  template: string
  body: string
  is_essential: number
  status: 'queued' | 'sending' | 'sent' | 'delivered' | 'failed'
  /** set when a submit was in flight as the process died and the provider cannot dedupe: resent, maybe twice */
  is_uncertain: number
  attempts: number
  next_attempt_at: string
  lease_until: string | null
  provider: string | null
  provider_message_id: string | null
  last_error: string | null
  created_at: string
  updated_at: string
  sent_at: string | null
}

export interface SmsInboundTable {
  id: string
  sender: string
  body: string
  provider: string
  received_at: string
  /** what the inbound handlers made of it (e.g. `rating`, `opt-out`, `unclear`) */
  outcome: string | null
}

/** One submitted part of a message (a long SMPP message is several parts, each with its own id). */
export interface SmsPartsTable {
  provider: string
  provider_message_id: string
  message_id: string
  /** the message's attempt this part belongs to; receipts count only for the latest attempt */
  attempt: number
  part_no: number
  part_count: number
  submitted_at: string
}

/** A delivery receipt as it arrived (kept even when it overtakes the record of its submit). */
export interface SmsReceiptsTable {
  provider: string
  provider_message_id: string
  /** DELIVRD, UNDELIV, EXPIRED, REJECTD, DELETED, UNKNOWN, ACCEPTD, ENROUTE */
  stat: string
  error: string | null
  received_at: string
}

/** A part of a concatenated inbound message, kept until the whole message is there. */
export interface SmsInboundPartsTable {
  sender: string
  ref: number
  part_count: number
  part_no: number
  body: string
  received_at: string
}

export interface SmsTransportTables {
  sms_messages: SmsMessagesTable
  sms_inbound: SmsInboundTable
  sms_parts: SmsPartsTable
  sms_receipts: SmsReceiptsTable
  sms_inbound_parts: SmsInboundPartsTable
}

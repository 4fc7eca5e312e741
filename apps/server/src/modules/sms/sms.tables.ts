/** Tables of the SMS transport (migration 0008-sms-transport). */

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
  sms_parts: SmsPartsTable
  sms_receipts: SmsReceiptsTable
  sms_inbound_parts: SmsInboundPartsTable
}

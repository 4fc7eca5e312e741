/**
 * Pure SMS encoding rules: UCS-2 (data coding 8) parts, the concatenation header, delivery
 * receipt text, and phone numbers as operators write them.
 */

/** Characters (UTF-16 code units) in a single UCS-2 message, and per part of a long one. */
export const UCS2_SINGLE = 70
export const UCS2_PART = 67

/**
 * Splits a text into UCS-2 parts: one part up to 70 code units, else parts of at most 67, never
 * cutting a surrogate pair (an emoji or a rare character outside the BMP) in two.
 */
export function splitUcs2(text: string): string[] {
  if (text.length <= UCS2_SINGLE) return [text]
  const parts: string[] = []
  let at = 0
  while (at < text.length) {
    let end = Math.min(text.length, at + UCS2_PART)
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
    parts.push(text.slice(at, end))
    at = end
  }
  return parts
}

/** How many parts a text needs in UCS-2. */
export const ucs2PartCount = (text: string): number => splitUcs2(text).length

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/** UTF-16 big-endian bytes (what SMPP calls UCS-2, data_coding 8). */
export function encodeUcs2(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16()
}

export function decodeUcs2(bytes: Buffer): string {
  const even = bytes.length - (bytes.length % 2)
  return Buffer.from(bytes.subarray(0, even)).swap16().toString('utf16le')
}

/** The 5-byte user data header of part `seq` (1-based) of `total`: IEI 0x00, 8-bit reference. */
export function concatHeader(ref: number, total: number, seq: number): Buffer {
  return Buffer.from([0x05, 0x00, 0x03, ref & 0xff, total & 0xff, seq & 0xff])
}

export interface SmppPart {
  /** the short_message bytes: header (when split) and UCS-2 text */
  shortMessage: Buffer
  /** esm_class: 0x40 (UDH indicator) for the parts of a long message */
  esmClass: number
  text: string
}

/** The submit_sm payloads for a text: one part, or concatenated parts sharing `ref`. */
export function ucs2SubmitParts(text: string, ref: number): SmppPart[] {
  const parts = splitUcs2(text)
  if (parts.length === 1) return [{ shortMessage: encodeUcs2(text), esmClass: 0, text }]
  return parts.map((part, i) => ({
    shortMessage: Buffer.concat([concatHeader(ref, parts.length, i + 1), encodeUcs2(part)]),
    esmClass: 0x40,
    text: part,
  }))
}

export interface ConcatInfo {
  ref: number
  total: number
  seq: number
}

/**
 * Reads the concatenation element from user data header elements (each `[iei, len, ...data]`):
 * IEI 0x00 (8-bit reference) or 0x08 (16-bit reference).
 */
export function concatInfo(elements: readonly Buffer[] | undefined): ConcatInfo | null {
  for (const e of elements ?? []) {
    if (e[0] === 0x00 && e[1] === 3 && e.length >= 5) return { ref: e[2]!, total: e[3]!, seq: e[4]! }
    if (e[0] === 0x08 && e[1] === 4 && e.length >= 6)
      return { ref: e.readUInt16BE(2), total: e[4]!, seq: e[5]! }
  }
  return null
}

export type ReceiptStat =
  'DELIVRD' | 'UNDELIV' | 'EXPIRED' | 'REJECTD' | 'DELETED' | 'UNKNOWN' | 'ACCEPTD' | 'ENROUTE'
const STATS = new Set<string>([
  'DELIVRD',
  'UNDELIV',
  'EXPIRED',
  'REJECTD',
  'DELETED',
  'UNKNOWN',
  'ACCEPTD',
  'ENROUTE',
])

/** Final receipt states that mean the message did not reach the phone. */
export const FAILED_STATS: ReadonlySet<string> = new Set([
  'UNDELIV',
  'EXPIRED',
  'REJECTD',
  'DELETED',
  'UNKNOWN',
])

/**
 * Parses the text of a delivery receipt (SMPP 3.4 appendix B):
 * `id:IIIIIIIIII sub:SSS dlvrd:DDD submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DDDDDDD err:E text:…`
 */
export function parseReceipt(text: string): { id: string; stat: ReceiptStat; err: string | null } | null {
  const id = /\bid:(\S+)/i.exec(text)?.[1]
  const stat = /\bstat:([A-Z]+)/i.exec(text)?.[1]?.toUpperCase()
  if (!id || !stat || !STATS.has(stat)) return null
  const err = /\berr:(\S+)/i.exec(text)?.[1] ?? null
  return { id, stat: stat as ReceiptStat, err }
}

/** A mainland number as SMSCs send it (`+8613…`, `8613…`, `13…`) → the 11-digit number. */
export function normalizeMsisdn(address: string): string {
  const digits = address.replace(/[^\d]/g, '')
  if (digits.length === 13 && digits.startsWith('861')) return digits.slice(2)
  if (digits.length === 15 && digits.startsWith('00861')) return digits.slice(4)
  return digits
}

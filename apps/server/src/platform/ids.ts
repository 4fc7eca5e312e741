import { randomBytes } from 'node:crypto'

/**
 * Row ids are UUIDv7 text: time-ordered (good for b-tree inserts on both databases), no
 * central counter, the same representation on SQLite and PostgreSQL. RFC 9562 §5.7 is a few
 * lines; a dependency is not worth it.
 */
export function newId(nowMs: number = Date.now()): string {
  const bytes = randomBytes(16)
  bytes.writeUIntBE(nowMs, 0, 6)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** An opaque secret for sessions and device credentials (256 bits, URL-safe). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url')
}

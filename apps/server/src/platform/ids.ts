import { randomBytes, randomFillSync } from 'node:crypto'

/**
 * Row ids are UUIDv7 text: time-ordered (good for b-tree inserts on both databases), no
 * central counter, the same representation on SQLite and PostgreSQL. RFC 9562 §5.7 is a few
 * lines; a dependency is not worth it. Ids made in the same millisecond by this process
 * follow each other too (RFC 9562 §6.2 method 1: a 12-bit counter in rand_a, seeded randomly
 * each millisecond), so "newest first" lists are stable when two rows share a timestamp.
 */
let lastMs = -1
let sequence = 0
// Random bytes are drawn from the system a pool at a time: one call per 256 ids, not two per id.
const POOL_IDS = 256
const pool = Buffer.alloc(POOL_IDS * 18)
let poolOffset = pool.length
const bytes = Buffer.alloc(16)
function takeRandom(n: number): number {
  if (poolOffset + n > pool.length) {
    randomFillSync(pool)
    poolOffset = 0
  }
  const at = poolOffset
  poolOffset += n
  return at
}
export function newId(nowMs: number = Date.now()): string {
  let ms = nowMs
  // Within a second behind the last id (same millisecond, or one borrowed after 4,096 ids):
  // keep counting from the last id. Further back (an injected clock set to the past): restart.
  if (ms <= lastMs && lastMs - ms < 1000) {
    ms = lastMs
    sequence += 1
    if (sequence > 0xfff) {
      ms = lastMs + 1
      sequence = 0
    }
  } else {
    sequence = pool.readUInt16BE(takeRandom(2)) & 0x7ff
  }
  lastMs = ms
  const at = takeRandom(16)
  pool.copy(bytes, 0, at, at + 16)
  bytes.writeUIntBE(ms, 0, 6)
  bytes[6] = 0x70 | (sequence >> 8)
  bytes[7] = sequence & 0xff
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** An opaque secret for sessions and device credentials (256 bits, URL-safe). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url')
}

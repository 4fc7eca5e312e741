import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The signature of HTTP SMS traffic (both directions): HMAC-SHA256 over `<timestamp>.<body>`
 * with the shared secret, hex, sent as `x-yimin-signature: sha256=<hex>` next to
 * `x-yimin-timestamp: <unix seconds>`.
 */
export const SIGNATURE_HEADER = 'x-yimin-signature'
export const TIMESTAMP_HEADER = 'x-yimin-timestamp'

export function signSmsRequest(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

/** Checks the signature (timing-safe) and that the timestamp is within `maxSkewSeconds` of now. */
export function verifySmsRequest(
  secret: string,
  input: { timestamp: string | undefined; signature: string | undefined; body: string },
  nowMs: number,
  maxSkewSeconds: number,
): 'ok' | 'missing' | 'stale' | 'mismatch' {
  const { timestamp, signature, body } = input
  if (!timestamp || !signature) return 'missing'
  if (!/^\d{1,12}$/.test(timestamp)) return 'stale'
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > maxSkewSeconds) return 'stale'
  const expected = Buffer.from(signSmsRequest(secret, timestamp, body))
  const given = Buffer.from(signature)
  if (given.length !== expected.length) return 'mismatch'
  return timingSafeEqual(given, expected) ? 'ok' : 'mismatch'
}

import { createHmac, randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto'

/**
 * Time-based one-time passwords for staff sign-in (issue 17.5), pure: HOTP (RFC 4226) and TOTP
 * (RFC 6238) over node:crypto, Base32 secrets (RFC 4648) for authenticator apps, and recovery
 * codes stored as salted scrypt hashes.
 */
export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512'

export const TOTP_STEP_SECONDS = 30
export const TOTP_DIGITS = 6
/** steps either side of now that still count (clock drift of the phone) */
export const TOTP_WINDOW = 1

export function hotp(
  secret: Buffer,
  counter: number,
  digits = TOTP_DIGITS,
  algorithm: TotpAlgorithm = 'sha1',
): string {
  const msg = Buffer.alloc(8)
  msg.writeBigUInt64BE(BigInt(counter))
  const mac = createHmac(algorithm, secret).update(msg).digest()
  const offset = mac[mac.length - 1]! & 0x0f
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits
  return String(binary).padStart(digits, '0')
}

/** The time step (RFC 6238 T) of an instant. */
export function totpStep(ms: number, stepSeconds = TOTP_STEP_SECONDS): number {
  return Math.floor(ms / 1000 / stepSeconds)
}

export function totp(
  secret: Buffer,
  ms: number,
  digits = TOTP_DIGITS,
  algorithm: TotpAlgorithm = 'sha1',
): string {
  return hotp(secret, totpStep(ms), digits, algorithm)
}

/**
 * The step a code matches within ±TOTP_WINDOW of now and after `lastStep` (a code once used,
 * or an older one, is refused), or null.
 */
export function matchTotp(secret: Buffer, code: string, ms: number, lastStep: number): number | null {
  if (!/^\d{6}$/.test(code)) return null
  const now = totpStep(ms)
  for (let step = now - TOTP_WINDOW; step <= now + TOTP_WINDOW; step++) {
    if (step <= lastStep) continue
    if (timingSafeEqual(Buffer.from(hotp(secret, step)), Buffer.from(code))) return step
  }
  return null
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export function base32Encode(bytes: Buffer): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31]
  return out
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase()
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const ch of clean) {
    const v = BASE32.indexOf(ch)
    if (v < 0) throw new Error('not Base32')
    value = (value << 5) | v
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return Buffer.from(out)
}

/** A new secret: 160 bits, as RFC 4226 recommends. */
export function newTotpSecret(): Buffer {
  return randomBytes(20)
}

/** The otpauth:// URI authenticator apps read from the QR code. */
export function otpauthUri(issuer: string, account: string, secret: Buffer): string {
  const label = encodeURIComponent(`${issuer}:${account}`)
  const params = new URLSearchParams({
    secret: base32Encode(secret),
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  })
  return `otpauth://totp/${label}?${params.toString()}`
}

export const RECOVERY_CODE_COUNT = 10
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789' // no 0/o, 1/l/i

/** Ten one-time recovery codes, e.g. `k7md-2xqp-9tne`, shown once. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: 3 }, () =>
      Array.from({ length: 4 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join(''),
    ).join('-'),
  )
}

/** A recovery code as typed: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '')
}

/** A recovery code holds ~59 random bits: a light scrypt is plenty, and ten checks stay fast. */
const SCRYPT = { N: 1024, r: 8, p: 1 }

/** `salt:hash`, scrypt over the normalised code. */
export function hashRecoveryCode(code: string): string {
  const salt = randomBytes(16)
  return `${salt.toString('hex')}:${scryptSync(normaliseRecoveryCode(code), salt, 32, SCRYPT).toString('hex')}`
}

export function recoveryCodeMatches(code: string, stored: string): boolean {
  const [salt, hash] = stored.split(':')
  if (!salt || !hash) return false
  const candidate = scryptSync(normaliseRecoveryCode(code), Buffer.from(salt, 'hex'), 32, SCRYPT)
  return timingSafeEqual(candidate, Buffer.from(hash, 'hex'))
}

import { createHash, randomInt } from 'node:crypto'
import { OTP_LENGTH } from '@yimin/shared'

/**
 * One-time sign-in codes, pure rules: how codes are made and stored, when a code may be sent
 * (per phone and per address), and what a try does to a code.
 */
export const OTP_TTL_MS = 5 * 60_000
/** wrong tries that burn a code */
export const OTP_MAX_ATTEMPTS = 5
export const OTP_LIMITS = {
  /** one code per phone per minute */
  phoneGapMs: 60_000,
  /** codes per phone per hour */
  phonePerHour: 5,
  /** codes per client address per hour (one address asking for many phones) */
  ipPerHour: 20,
} as const

export function newOtpCode(): string {
  return String(randomInt(0, 10 ** OTP_LENGTH)).padStart(OTP_LENGTH, '0')
}

/** Codes are stored hashed with their phone: the same code for another phone hashes apart. */
export function otpHash(phone: string, code: string): string {
  return createHash('sha256').update(`otp:${phone}:${code}`).digest('hex')
}

export type OtpSendDecision = { ok: true } | { ok: false; scope: 'phone' | 'ip'; retryAfterSeconds: number }

/**
 * May a code be sent now? `phoneSent` and `ipSent` are the creation times (ISO) of codes sent
 * within the last hour to this phone and from this address.
 */
export function canSendOtp(
  now: Date,
  phoneSent: readonly string[],
  ipSent: readonly string[],
): OtpSendDecision {
  const t = now.getTime()
  const hourAgo = t - 3_600_000
  const phoneTimes = phoneSent
    .map((s) => Date.parse(s))
    .filter((x) => x > hourAgo)
    .sort((a, b) => a - b)
  const ipTimes = ipSent
    .map((s) => Date.parse(s))
    .filter((x) => x > hourAgo)
    .sort((a, b) => a - b)
  const last = phoneTimes.at(-1)
  if (last !== undefined && t - last < OTP_LIMITS.phoneGapMs)
    return {
      ok: false,
      scope: 'phone',
      retryAfterSeconds: Math.ceil((last + OTP_LIMITS.phoneGapMs - t) / 1000),
    }
  if (phoneTimes.length >= OTP_LIMITS.phonePerHour)
    return {
      ok: false,
      scope: 'phone',
      retryAfterSeconds: Math.ceil(
        ((phoneTimes[phoneTimes.length - OTP_LIMITS.phonePerHour] ?? t) + 3_600_000 - t) / 1000,
      ),
    }
  if (ipTimes.length >= OTP_LIMITS.ipPerHour)
    return {
      ok: false,
      scope: 'ip',
      retryAfterSeconds: Math.ceil(
        ((ipTimes[ipTimes.length - OTP_LIMITS.ipPerHour] ?? t) + 3_600_000 - t) / 1000,
      ),
    }
  return { ok: true }
}

export interface OtpState {
  code_hash: string
  attempts: number
  is_spent: number
  expires_at: string
}

export type OtpTryResult = 'ok' | 'wrong' | 'burned' | 'unusable'

/** What a try with `hash` does to the latest code: spent/expired ones never match again. */
export function tryOtp(otp: OtpState | undefined, hash: string, now: Date): OtpTryResult {
  if (!otp || otp.is_spent || otp.expires_at <= now.toISOString() || otp.attempts >= OTP_MAX_ATTEMPTS)
    return 'unusable'
  if (otp.code_hash === hash) return 'ok'
  return otp.attempts + 1 >= OTP_MAX_ATTEMPTS ? 'burned' : 'wrong'
}

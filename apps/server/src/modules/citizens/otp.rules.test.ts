import { describe, expect, it } from 'vitest'
import { OTP_MAX_ATTEMPTS, canSendOtp, newOtpCode, otpHash, tryOtp } from './otp.rules'

const now = new Date('2026-03-02T02:00:00.000Z')
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString()

describe('one-time codes', () => {
  it('are six digits and hashed with their phone', () => {
    for (let i = 0; i < 50; i++) expect(newOtpCode()).toMatch(/^\d{6}$/)
    expect(otpHash('13800000001', '123456')).not.toBe(otpHash('13800000002', '123456'))
    expect(otpHash('13800000001', '123456')).toMatch(/^[0-9a-f]{64}$/)
  })

  it('are sent at most once a minute and five times an hour per phone', () => {
    expect(canSendOtp(now, [], [])).toEqual({ ok: true })
    expect(canSendOtp(now, [ago(30_000)], [])).toEqual({ ok: false, scope: 'phone', retryAfterSeconds: 30 })
    expect(canSendOtp(now, [ago(61_000)], [])).toEqual({ ok: true })
    const five = [1, 2, 3, 4, 5].map((m) => ago(m * 10 * 60_000))
    expect(canSendOtp(now, five, [])).toMatchObject({ ok: false, scope: 'phone' })
    // the oldest of five leaves the hour: allowed again
    expect(canSendOtp(new Date(now.getTime() + 11 * 60_000), five, [])).toEqual({ ok: true })
  })

  it('are limited per address across phones', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => ago((i + 1) * 60_000))
    expect(canSendOtp(now, [], twenty)).toMatchObject({ ok: false, scope: 'ip' })
    expect(canSendOtp(now, [], twenty.slice(1))).toEqual({ ok: true })
  })

  it('match once, expire, and burn after too many wrong tries', () => {
    const otp = { code_hash: 'h', attempts: 0, is_spent: 0, expires_at: ago(-60_000) }
    expect(tryOtp(otp, 'h', now)).toBe('ok')
    expect(tryOtp(otp, 'x', now)).toBe('wrong')
    expect(tryOtp({ ...otp, attempts: OTP_MAX_ATTEMPTS - 1 }, 'x', now)).toBe('burned')
    expect(tryOtp({ ...otp, attempts: OTP_MAX_ATTEMPTS }, 'h', now)).toBe('unusable')
    expect(tryOtp({ ...otp, is_spent: 1 }, 'h', now)).toBe('unusable')
    expect(tryOtp({ ...otp, expires_at: ago(0) }, 'h', now)).toBe('unusable')
    expect(tryOtp(undefined, 'h', now)).toBe('unusable')
  })
})

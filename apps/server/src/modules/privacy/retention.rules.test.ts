import { describe, expect, it } from 'vitest'
import { retentionCutoffs } from './retention.rules'

describe('retention cut-offs', () => {
  const policy = {
    signInCodeDays: 2,
    smsBodyDays: 180,
    smsReplyDays: 90,
    closedUploadDays: 180,
    ticketContactDays: 30,
    ratingPhoneDays: 365,
  }
  it('counts instants back by whole days and civil dates in the center’s time zone', () => {
    // 2026-09-01T17:00Z is already 2026-09-02 01:00 in Shanghai
    const c = retentionCutoffs(new Date('2026-09-01T17:00:00Z'), policy, 'Asia/Shanghai')
    expect(c.signInCodes).toBe('2026-08-30T17:00:00.000Z')
    expect(c.smsBodies).toBe('2026-03-05T17:00:00.000Z')
    expect(c.smsReplies).toBe('2026-06-03T17:00:00.000Z')
    expect(c.closedUploads).toBe('2026-03-05T17:00:00.000Z')
    expect(c.ticketsBefore).toBe('2026-08-03')
    expect(c.ratingsBefore).toBe('2025-09-02')
  })
})

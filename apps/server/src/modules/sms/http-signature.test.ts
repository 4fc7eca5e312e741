import { describe, expect, it } from 'vitest'
import { signSmsRequest, verifySmsRequest } from './http-signature'

const SECRET = 'a-long-shared-secret-for-tests'
const NOW = Date.parse('2026-03-02T02:00:00Z')
const TS = String(NOW / 1000)

describe('HTTP SMS signatures', () => {
  it('accepts a correct signature and refuses changed bodies, wrong secrets, stale or missing headers', () => {
    const body = '{"from":"13912345678","text":"２ 服务很好"}'
    const signature = signSmsRequest(SECRET, TS, body)
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/)
    expect(verifySmsRequest(SECRET, { timestamp: TS, signature, body }, NOW, 300)).toBe('ok')
    expect(
      verifySmsRequest(SECRET, { timestamp: TS, signature, body: body.replace('２', '1') }, NOW, 300),
    ).toBe('mismatch')
    expect(verifySmsRequest('another-secret-entirely!!', { timestamp: TS, signature, body }, NOW, 300)).toBe(
      'mismatch',
    )
    expect(verifySmsRequest(SECRET, { timestamp: TS, signature: 'sha256=00', body }, NOW, 300)).toBe(
      'mismatch',
    )
    expect(verifySmsRequest(SECRET, { timestamp: TS, signature, body }, NOW + 301_000, 300)).toBe('stale')
    expect(verifySmsRequest(SECRET, { timestamp: 'soon', signature, body }, NOW, 300)).toBe('stale')
    expect(verifySmsRequest(SECRET, { timestamp: undefined, signature, body }, NOW, 300)).toBe('missing')
    expect(verifySmsRequest(SECRET, { timestamp: TS, signature: undefined, body }, NOW, 300)).toBe('missing')
  })
})

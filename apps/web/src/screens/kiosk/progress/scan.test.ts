import { describe, expect, it } from 'vitest'
import { isScanInProgress, parseScannedCaseNumber } from './scan'

describe('parseScannedCaseNumber', () => {
  it('takes the number from the receipt QR’s address', () => {
    expect(parseScannedCaseNumber('http://192.168.1.20:3000/portal/progress?number=650102202603020001')).toBe('650102202603020001')
    expect(parseScannedCaseNumber('https://zw.example.cn/portal/progress?lang=ug&number=650102202603020001#top')).toBe('650102202603020001')
  })

  it('takes a plain case number, with the scanner’s stray spaces', () => {
    expect(parseScannedCaseNumber(' 650102202603020001\n')).toBe('650102202603020001')
  })

  it('refuses anything that is not a case number', () => {
    expect(parseScannedCaseNumber('http://x/portal/progress?number=12')).toBeNull()
    expect(parseScannedCaseNumber('http://x/queue/ticket/abc?token=123456789012')).toBeNull()
    expect(parseScannedCaseNumber('650102-2026')).toBeNull()
    expect(parseScannedCaseNumber('')).toBeNull()
  })

  it('knows a scanned address while it is being typed', () => {
    expect(isScanInProgress('http://192.168.1.20:3000/por')).toBe(true)
    expect(isScanInProgress('6501022026')).toBe(false)
  })
})

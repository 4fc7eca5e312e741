import { describe, expect, it } from 'vitest'
import { isScanInProgress, parseScannedCaseNumber } from './scan'

describe('parseScannedCaseNumber', () => {
  it('takes the number from the receipt QR’s address', () => {
    expect(parseScannedCaseNumber('http://192.168.1.20:3000/portal/progress?number=650102202603020001')).toBe(
      '650102202603020001',
    )
    expect(
      parseScannedCaseNumber('https://zw.example.cn/portal/progress?lang=ug&number=650102202603020001#top'),
    ).toBe('650102202603020001')
  })

  it('takes a plain case number, with the scanner’s stray spaces', () => {
    expect(parseScannedCaseNumber(' 650102202603020001\n')).toBe('650102202603020001')
  })

  it('takes a bundle number (YJS…) from the bundle receipt’s QR or as typed', () => {
    expect(
      parseScannedCaseNumber('http://192.168.1.20:3000/portal/progress?number=YJS6501002026112800001'),
    ).toBe('YJS6501002026112800001')
    expect(parseScannedCaseNumber(' yjs6501002026112800001\n')).toBe('YJS6501002026112800001')
    expect(parseScannedCaseNumber('YJS12')).toBeNull()
    expect(parseScannedCaseNumber('http://x/portal/progress?number=ABC6501002026112800001')).toBeNull()
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

/**
 * What the barcode scanner typed (it types like a keyboard and ends with Enter): the receipt's QR
 * holds the progress page's address `…/portal/progress?number=<case number>`; a plain case number
 * (typed, or a 1-D barcode) is taken as it is. Anything else is not a case number (null).
 */
export function parseScannedCaseNumber(text: string): string | null {
  const s = text.trim()
  const fromUrl = /[?&]number=(\d{10,24})(?:[&#]|$)/.exec(s)
  if (fromUrl?.[1]) return fromUrl[1]
  return /^\d{10,24}$/.test(s) ? s : null
}

/** The case number part of what the number field holds while typing: digits, or a scanned address as it comes in. */
export function isScanInProgress(text: string): boolean {
  return /^https?:|\/portal\/progress/i.test(text.trim())
}

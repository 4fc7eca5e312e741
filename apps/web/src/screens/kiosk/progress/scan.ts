/** A case number (digits) or a bundle number (联办编号: YJS and digits), as the lookups take them. */
const NUMBER = /^(\d{10,24}|YJS\d{10,24})$/

/**
 * What the barcode scanner typed (it types like a keyboard and ends with Enter): a receipt's QR
 * holds the progress page's address `…/portal/progress?number=<case or bundle number>` (a case's
 * receipt or a bundle's); a plain number (typed, or a 1-D barcode) is taken as it is. Anything
 * else is not a number the lookup takes (null). Bundle numbers come back upper-case.
 */
export function parseScannedCaseNumber(text: string): string | null {
  const s = text.trim()
  const fromUrl = /[?&]number=([0-9A-Za-z]{10,30})(?:[&#]|$)/.exec(s)
  const candidate = (fromUrl ? (fromUrl[1] ?? '') : s).toUpperCase()
  return NUMBER.test(candidate) ? candidate : null
}

/** The case number part of what the number field holds while typing: digits, or a scanned address as it comes in. */
export function isScanInProgress(text: string): boolean {
  return /^https?:|\/portal\/progress/i.test(text.trim())
}

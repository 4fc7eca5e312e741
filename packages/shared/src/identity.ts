/**
 * Identity numbers of applicants, validated by their check characters:
 * - resident identity card number (居民身份证号码), GB 11643-1999: 17 digits + check (0–9 or X),
 *   with a real birth date in positions 7–14;
 * - unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-letter
 *   alphabet without I, O, Z, S, V, the last one a check character.
 * Pure functions, used by the server and by the web forms.
 */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

export function residentIdCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0)
  return ID_CHECK[sum % 11] ?? '?'
}

export type IdProblem = 'format' | 'birth-date' | 'check-digit'

/** null when valid; otherwise what is wrong. Lower-case x is accepted and means X. */
export function checkResidentId(value: string): IdProblem | null {
  const id = value.toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return 'format'
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  const date = new Date(Date.UTC(y, m - 1, d))
  if (y < 1880 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return 'birth-date'
  return residentIdCheckChar(id) === id[17] ? null : 'check-digit'
}

/** The birth date (YYYY-MM-DD) in a valid resident ID number: the queue's priority for the elderly uses it. */
export function birthDateOf(residentId: string): string | null {
  if (checkResidentId(residentId) !== null) return null
  return `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}`
}

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i] ?? '') * (USCC_WEIGHTS[i] ?? 0)
  const c = (31 - (sum % 31)) % 31
  return USCC_ALPHABET[c] ?? '?'
}

export function checkCreditCode(value: string): IdProblem | null {
  const code = value.toUpperCase()
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return 'format'
  return creditCodeCheckChar(code) === code[17] ? null : 'check-digit'
}

/** Masks an identity number for lists and logs: first 3 and last 4 kept (110***********002X). */
export function maskIdNumber(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length)
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`
}

/** Masks a personal name: 张三 → 张*, 欧阳娜娜 → 欧***. Organisation names are public and not masked. */
export function maskPersonName(name: string): string {
  const chars = [...name]
  if (chars.length <= 1) return name
  return chars[0] + '*'.repeat(chars.length - 1)
}

/** Returns to the start (and the default language) after this long without a touch. */
export const kioskIdleMs = 90_000

/**
 * The idle time: 90 s, or `?idle=<seconds>` (5–600) in the kiosk's address — a device setting
 * for a terminal in a busy spot, and what the browser test uses instead of waiting 90 s.
 */
export function idleMsFrom(param: string | null): number {
  const seconds = Number(param)
  return param !== null && Number.isInteger(seconds) && seconds >= 5 && seconds <= 600
    ? seconds * 1000
    : kioskIdleMs
}

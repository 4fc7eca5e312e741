import { checkResidentId } from '@yimin/shared'

/**
 * The resident ID card reader (身份证阅读器) is a local bridge program on the kiosk PC: the page
 * polls `GET <url>` and the bridge answers `200 {"idNumber": "…", "name": "…"}` once a card lies
 * on the reader, or `204` while none does. Its address is a device setting kept in localStorage,
 * set by opening `/kiosk?cardReader=<url>` once (`?cardReader=off` removes it). Without one the
 * page offers typing only. See screens/kiosk/README.md.
 */
export const cardReaderStorageKey = 'yimin.kiosk.cardReaderUrl'

export interface CardRead {
  idNumber: string
  name: string | null
}

export function cardReaderUrl(): string | null {
  try {
    return globalThis.localStorage?.getItem(cardReaderStorageKey) || null
  } catch {
    return null
  }
}

/** Takes `?cardReader=` from the kiosk's address: an http(s) URL is kept, `off` forgets it. */
export function configureCardReader(param: string | null): void {
  if (param === null) return
  try {
    if (param === 'off' || param === '') globalThis.localStorage?.removeItem(cardReaderStorageKey)
    else if (/^https?:\/\/[^\s]+$/i.test(param)) globalThis.localStorage?.setItem(cardReaderStorageKey, param)
  } catch {
    // no storage: no reader
  }
}

/** Reads the bridge's answer: a valid resident ID (checksum included), else null. */
export function parseCardRead(body: unknown): CardRead | null {
  if (!body || typeof body !== 'object' || !('idNumber' in body) || typeof body.idNumber !== 'string')
    return null
  const idNumber = body.idNumber.trim().toUpperCase()
  if (checkResidentId(idNumber) !== null) return null
  const name = 'name' in body && typeof body.name === 'string' && body.name.trim() ? body.name.trim() : null
  return { idNumber, name }
}

/**
 * Polls the bridge until a card is read, the time is up (null) or the signal aborts. A bridge
 * that cannot be reached or answers garbage throws, so the page can say "type it instead".
 */
export async function readCard(
  url: string,
  options: { signal: AbortSignal; timeoutMs?: number; intervalMs?: number },
): Promise<CardRead | null> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000)
  while (Date.now() < deadline && !options.signal.aborted) {
    const res = await fetch(url, { signal: options.signal, cache: 'no-store' })
    if (res.status === 200) {
      const read = parseCardRead(await res.json())
      if (!read) throw new Error('the card reader answered no valid ID number')
      return read
    }
    if (res.status !== 204 && res.status !== 404) throw new Error(`the card reader answered ${res.status}`)
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 800))
  }
  return null
}

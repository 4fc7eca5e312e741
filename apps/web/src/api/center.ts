import { api } from './client'

/** The center's public configuration, as `GET /api/v1/center` answers it. */
export interface CenterConfig {
  /** the center's time zone (the server's TZ_CENTER) */
  timeZone: string
}

/** Until the server has answered (and in unit tests): the time zone the server defaults to. */
const defaultTimeZone = 'Asia/Shanghai'
let current: CenterConfig = { timeZone: defaultTimeZone }

/**
 * Loads the center's configuration once, before the first render (main.tsx): it does not change
 * while a page is open. Without an answer the pages keep the server's default time zone.
 */
export async function loadCenterConfig(): Promise<CenterConfig> {
  try {
    current = await api<CenterConfig>('/api/v1/center')
  } catch {
    // the server is unreachable: the screens show that on their own requests
  }
  return current
}

/** The center's time zone (for helpers outside React). */
export const centerTimeZone = (): string => current.timeZone

/** The center's time zone, for screens: every date, "today" and clock time is on its wall clock. */
export function useCenterTimeZone(): string {
  return current.timeZone
}

import type { SupervisionAlert } from '@yimin/shared'
import type { TFunction } from 'i18next'
import { formatDateTime } from '../../components/format'

/** An instant as the server sends it (ISO 8601 in UTC, e.g. `2026-12-28T02:30:00.000Z`). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/

/**
 * A rule's params ready for its message: an instant (a trading lot's opening time) as a date and
 * time on the center's clock in the reader's language, never the raw UTC text.
 */
export function ruleParams<P extends Record<string, string | number | null>>(params: P, language: string): P {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === 'string' && INSTANT.test(v) ? formatDateTime(v, language) : v,
    ]),
  ) as P
}

/** An alert's message in the reader's language, by code with its params; the server's Chinese text otherwise. */
export function alertText(
  t: TFunction,
  alert: Pick<SupervisionAlert, 'code' | 'params' | 'message'>,
  language: string,
): string {
  const p = ruleParams(alert.params, language)
  const extra = {
    position: typeof p.position === 'number' ? p.position + 1 : p.position,
    catalogAmount: p.catalogAmount ?? '—',
  }
  const key =
    alert.code === 'FEE_MISMATCH' && p.catalogAmount === null
      ? 'supervision.rules.FEE_UNLISTED'
      : `supervision.rules.${alert.code}`
  return t(key, { ...p, ...extra, defaultValue: alert.message })
}

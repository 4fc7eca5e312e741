import type { SupervisionAlert } from '@yimin/shared'
import type { TFunction } from 'i18next'

/** An alert's message in the reader's language, by code with its params; the server's Chinese text otherwise. */
export function alertText(
  t: TFunction,
  alert: Pick<SupervisionAlert, 'code' | 'params' | 'message'>,
): string {
  const p = alert.params
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

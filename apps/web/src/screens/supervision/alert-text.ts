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

/**
 * Where an alert's subject opens: a case page, or for an unrectified bad review the worklist of
 * rectifications (the rated subject may be a visit, which has no case page).
 */
export function alertSubjectLink(alert: Pick<SupervisionAlert, 'code' | 'caseId'>): string {
  return alert.code === 'BAD_RATING_NOT_RECTIFIED' ? '/ratings/rectifications' : `/cases/${alert.caseId}`
}

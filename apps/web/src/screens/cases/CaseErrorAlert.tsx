import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client'
import { errorKey } from '../../components/ErrorAlert'

interface MaterialProblem {
  position: number
  name: string
  problem?: string
}

/** The materials a CASE_MATERIALS_MISSING (or similar) error names, if any. */
export function errorMaterials(error: unknown): MaterialProblem[] {
  if (!(error instanceof ApiError) || !error.details || typeof error.details !== 'object') return []
  const list = (error.details as { materials?: unknown }).materials
  if (!Array.isArray(list)) return []
  return list.filter(
    (m): m is MaterialProblem =>
      Boolean(m) && typeof m === 'object' && typeof (m as MaterialProblem).position === 'number',
  )
}

/** What the details of a case error say, in words: the status, the cap, the materials. */
function detailLines(error: unknown, t: (k: string, o?: Record<string, unknown>) => string): string[] {
  if (!(error instanceof ApiError) || !error.details || typeof error.details !== 'object') return []
  const d = error.details as {
    status?: unknown
    action?: unknown
    capDays?: unknown
    extendedDays?: unknown
    maxDays?: unknown
  }
  const lines: string[] = []
  if (typeof d.status === 'string')
    lines.push(t('caseErrors.status', { status: t(`caseStatus.${d.status}`) }))
  if (typeof d.capDays === 'number')
    lines.push(
      t('caseErrors.cap', { cap: d.capDays, used: typeof d.extendedDays === 'number' ? d.extendedDays : 0 }),
    )
  if (typeof d.maxDays === 'number') lines.push(t('caseErrors.maxDays', { days: d.maxDays }))
  for (const m of errorMaterials(error))
    lines.push(t('caseErrors.material', { no: m.position + 1, name: m.name }))
  return lines
}

/** A case error: the message for its code, and what its details point at. */
export function CaseErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation()
  if (!error) return null
  const lines = detailLines(error, t)
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t(errorKey(error))}
      description={
        lines.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        )
      }
    />
  )
}

import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import type { FieldIssue } from '../api/client'
import { errorKey } from './ErrorAlert'
import { issueText } from './issues'

/** An error with its field issues listed (each also shown next to its field). */
export function IssueList({
  error,
  issues,
  fieldLabel,
}: {
  error: unknown
  issues: readonly FieldIssue[]
  fieldLabel?: (path: FieldIssue['path']) => string
}) {
  const { t } = useTranslation()
  if (!error && issues.length === 0) return null
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={error ? t(errorKey(error)) : t('validation.summary', { count: issues.length })}
      description={
        issues.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {issues.map((i, n) => (
              <li key={n}>
                <strong>{fieldLabel ? fieldLabel(i.path) : i.path.join('.')}</strong>: {issueText(i, t)}
              </li>
            ))}
          </ul>
        )
      }
    />
  )
}

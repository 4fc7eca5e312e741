import type { FormInstance } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldIssues, type FieldIssue } from '../api/client'
import { issueText } from './issues'

/** Shows field issues next to their fields (antd setFields). */
export function showIssues(
  form: FormInstance,
  issues: readonly FieldIssue[],
  t: (i: FieldIssue) => string,
): void {
  const byPath = new Map<string, { name: Array<string | number>; errors: string[] }>()
  for (const i of issues) {
    if (i.path.length === 0) continue
    const key = i.path.join('.')
    const entry = byPath.get(key) ?? { name: i.path, errors: [] }
    entry.errors.push(t(i))
    byPath.set(key, entry)
  }
  form.setFields([...byPath.values()])
}

/** Puts a server answer's `details.issues[]` next to the fields they name; returns them. */
export function useFormIssues(form: FormInstance, error: unknown): FieldIssue[] {
  const { t } = useTranslation()
  const issues = fieldIssues(error)
  const key = issues.map((i) => `${i.path.join('.')}:${i.code}`).join('|')
  useEffect(() => {
    if (issues.length > 0) showIssues(form, issues, (i) => issueText(i, t))
  }, [form, key, t])
  return issues
}

import { errorCodes } from '@yimin/shared'
import type { TFunction } from 'i18next'
import type { FieldIssue } from '../api/client'

const codes = new Set<string>(errorCodes)

interface ZodLikeIssue {
  code: string
  path: PropertyKey[]
  message: string
  minimum?: unknown
  maximum?: unknown
}

/** zod's issues (from the shared schemas, run before sending) as field issues. */
export function zodIssues(issues: readonly ZodLikeIssue[]): FieldIssue[] {
  return issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    code: `zod:${i.code}`,
    message:
      i.code === 'too_small'
        ? `min:${String(i.minimum)}`
        : i.code === 'too_big'
          ? `max:${String(i.maximum)}`
          : i.message,
  }))
}

/** One issue in the reader's language: our error codes translate; zod's become plain words. */
export function issueText(issue: FieldIssue, t: TFunction): string {
  if (codes.has(issue.code) && issue.code !== 'VALIDATION_FAILED') return t(`errors.${issue.code}`)
  switch (issue.code) {
    case 'zod:too_small':
      return issue.message === 'min:1'
        ? t('validation.required')
        : t('validation.tooSmall', { min: issue.message.slice(4) })
    case 'zod:too_big':
      return t('validation.tooBig', { max: issue.message.slice(4) })
    case 'zod:invalid_type':
      return t('validation.required')
    case 'zod:invalid_format':
    case 'zod:invalid_string':
      return t('validation.format')
    case 'zod:invalid_value':
      return t('validation.choose')
    default:
      return issue.message ? `${t('validation.invalid')} (${issue.message})` : t('validation.invalid')
  }
}

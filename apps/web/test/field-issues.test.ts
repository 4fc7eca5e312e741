import { describe, expect, it } from 'vitest'
import { ApiError, fieldIssues } from '../src/api/client'
import { fieldLabel } from '../src/screens/admin/catalog/editor/document'

describe('field issues from a server answer', () => {
  it('reads details.issues[] paths into form paths, dropping the route prefix', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'bad', {
      issues: [
        { path: 'body.materials.2.deferralDays', code: 'too_small', message: 'x' },
        { path: 'promisedLimitDays', code: 'CATALOG_PROMISED_EXCEEDS_LEGAL', message: 'y' },
      ],
    })
    expect(fieldIssues(error)).toEqual([
      { path: ['materials', 2, 'deferralDays'], code: 'too_small', message: 'x' },
      { path: ['promisedLimitDays'], code: 'CATALOG_PROMISED_EXCEEDS_LEGAL', message: 'y' },
    ])
  })

  it('is empty for other errors', () => {
    expect(fieldIssues(new Error('x'))).toEqual([])
    expect(fieldIssues(new ApiError(409, 'CATALOG_CODE_TAKEN', 'taken'))).toEqual([])
  })

  it('names a list item and its field', () => {
    const t = ((key: string, o?: { n?: number; defaultValue?: string }) =>
      o?.n ? `${key}#${o.n}` : key) as never
    expect(fieldLabel(['materials', 2, 'deferralDays'], t)).toBe(
      'editor.material#3 · editor.fields.deferralDays',
    )
    expect(fieldLabel(['promisedLimitDays'], t)).toBe('editor.fields.promisedLimitDays')
  })
})

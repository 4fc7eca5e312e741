import type { FormField } from './catalog'
import { pickLocalized } from './localized'
import { checkResidentId } from './identity'

/**
 * The answers to an application form, checked against its fields (pure; the server refuses a
 * case whose answers fail, the web forms show the same problems before sending).
 */
export type FormValue = string | number | boolean
export const formProblems = [
  'required',
  'unknown',
  'type',
  'option',
  'too-small',
  'too-large',
  'too-long',
] as const
export type FormProblem = (typeof formProblems)[number]
export interface FormFieldIssue {
  key: string
  problem: FormProblem
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')

/** A real calendar date written YYYY-MM-DD. */
function isDate(s: string): boolean {
  if (!DATE.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/** The problem of one answer, or null. */
export function checkFormValue(field: FormField, value: unknown): FormProblem | null {
  if (isBlank(value)) return field.isRequired ? 'required' : null
  switch (field.type) {
    case 'number': {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())
            ? Number(value)
            : Number.NaN
      if (!Number.isFinite(n)) return 'type'
      if (field.min !== undefined && n < field.min) return 'too-small'
      if (field.max !== undefined && n > field.max) return 'too-large'
      return null
    }
    case 'date':
      return typeof value === 'string' && isDate(value.trim()) ? null : 'type'
    case 'select':
      return typeof value === 'string' && field.options.some((o) => o.zh === value) ? null : 'option'
    case 'id_number':
      return typeof value === 'string' && checkResidentId(value.trim().toUpperCase()) === null ? null : 'type'
    case 'phone':
      return typeof value === 'string' && PHONE.test(value.trim()) ? null : 'type'
    case 'text':
    case 'textarea':
      if (typeof value !== 'string') return 'type'
      return [...value].length > (field.maxLength ?? 2000) ? 'too-long' : null
  }
}

/** Every problem of the answers: missing required ones, wrong ones, and keys the form does not have. */
export function checkFormData(
  fields: readonly FormField[],
  data: Readonly<Record<string, unknown>>,
): FormFieldIssue[] {
  const issues: FormFieldIssue[] = []
  const known = new Set(fields.map((f) => f.key))
  for (const key of Object.keys(data)) if (!known.has(key)) issues.push({ key, problem: 'unknown' })
  for (const f of fields) {
    const problem = checkFormValue(f, Object.hasOwn(data, f.key) ? data[f.key] : undefined)
    if (problem) issues.push({ key: f.key, problem })
  }
  return issues
}

/** The answers as stored: blanks dropped, numbers as numbers, text trimmed. */
export function normalizeFormData(
  fields: readonly FormField[],
  data: Readonly<Record<string, unknown>>,
): Record<string, FormValue> {
  const out: Record<string, FormValue> = {}
  for (const f of fields) {
    const v = Object.hasOwn(data, f.key) ? data[f.key] : undefined
    if (isBlank(v)) continue
    if (f.type === 'number') out[f.key] = Number(v)
    else if (typeof v === 'string') out[f.key] = f.type === 'id_number' ? v.trim().toUpperCase() : v.trim()
    else if (typeof v === 'number' || typeof v === 'boolean') out[f.key] = v
  }
  return out
}

/** A select field's choice (its stored Chinese text) shown in a language, falling back to Chinese. */
export function formOptionLabel(field: Pick<FormField, 'options'>, value: string, language: string): string {
  const option = field.options.find((o) => o.zh === value)
  return option ? pickLocalized(option, language) : value
}

/** The label of a field in a language (zh-CN, ug, en), falling back to Chinese. */
export function formFieldLabel(field: Pick<FormField, 'label'>, language: string): string {
  return pickLocalized(field.label, language)
}

import type { ErrorCode } from '@yimin/shared'

/**
 * How one Excel column maps to one field: the header (Chinese, the way catalogs are kept and
 * published), the field it holds (a rule's issue path leads back to the column through it), and
 * how its value is written and read. Enums are written as their Chinese labels, lists joined
 * with 、 or new lines, booleans as 是 / 否, references (departments, hall areas, queue
 * categories) by code, since ids differ between databases and codes are what people read.
 */
export type CellValue = string | number | null

export class CellError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** Code ↔ id maps of what documents refer to. */
export interface Refs {
  departmentIdByCode: Map<string, string>
  departmentCodeById: Map<string, string>
  areaIdByCode: Map<string, string>
  areaCodeById: Map<string, string>
  categoryIdByCode: Map<string, string>
  categoryCodeById: Map<string, string>
}

export interface Column<T> {
  header: string
  field: string
  write: (item: T, refs: Refs) => CellValue
  /** undefined: leave the field out (the schema's default applies, or it reports the field missing) */
  read: (cell: CellValue, refs: Refs) => unknown
  /** puts what `read` gave into the row's values (default: at `field`) */
  merge?: (values: Record<string, unknown>, value: unknown) => void
  /** a workbook written before the column existed may lack it: its cells read as blank */
  mayBeAbsent?: true
}

type Item = Record<string, unknown>
/** `field` may be a path into the item: `name.ug` is the Uyghur text of the name */
const get = (item: unknown, field: string): unknown =>
  field.split('.').reduce<unknown>((value, key) => (value as Item | undefined)?.[key], item)

/** Puts a cell's value at the column's field (a path: `name.ug` goes into `values.name`). */
export function setField(values: Item, field: string, value: unknown): void {
  const keys = field.split('.')
  const last = keys.pop()!
  let at = values
  for (const key of keys) at = (at[key] ??= {}) as Item
  at[last] = value
}
const blank = (c: CellValue) => c === null || (typeof c === 'string' && c.trim() === '')

export function textColumn<T>(
  header: string,
  field: string,
  options: { optional?: boolean } = {},
): Column<T> {
  return {
    header,
    field,
    write: (item) => {
      const v = get(item, field)
      return typeof v === 'string' && v !== '' ? v : null
    },
    read: (cell) => (blank(cell) ? (options.optional ? undefined : '') : String(cell).trim()),
  }
}

export function intColumn<T>(header: string, field: string, options: { nullable?: boolean } = {}): Column<T> {
  return {
    header,
    field,
    write: (item) => {
      const v = get(item, field)
      return typeof v === 'number' ? v : null
    },
    read: (cell) => {
      if (blank(cell)) return options.nullable ? null : undefined
      const n = typeof cell === 'number' ? cell : Number(String(cell).trim())
      if (!Number.isInteger(n))
        throw new CellError('VALIDATION_FAILED', `expected a whole number, found ${String(cell)}`)
      return n
    },
  }
}

export function numberColumn<T>(header: string, field: string): Column<T> {
  return {
    header,
    field,
    write: (item) => get(item, field) as number,
    read: (cell) => {
      if (blank(cell)) return undefined
      const n = typeof cell === 'number' ? cell : Number(String(cell).trim())
      if (!Number.isFinite(n))
        throw new CellError('VALIDATION_FAILED', `expected a number, found ${String(cell)}`)
      return n
    },
  }
}

export function boolColumn<T>(header: string, field: string): Column<T> {
  return {
    header,
    field,
    write: (item) => (get(item, field) ? '是' : '否'),
    read: (cell) => {
      if (blank(cell)) return undefined
      const s = String(cell).trim()
      if (s === '是' || s === 'true') return true
      if (s === '否' || s === 'false') return false
      throw new CellError('VALIDATION_FAILED', `expected 是 or 否, found ${s}`)
    },
  }
}

function fromLabel(labels: Record<string, string>, cell: string): string {
  const s = cell.trim()
  const key = Object.keys(labels).find((k) => labels[k] === s || k === s)
  if (key === undefined)
    throw new CellError('VALIDATION_FAILED', `${s} is not one of ${Object.values(labels).join('、')}`)
  return key
}

export function enumColumn<T>(header: string, field: string, labels: Record<string, string>): Column<T> {
  return {
    header,
    field,
    write: (item) => labels[get(item, field) as string] ?? null,
    read: (cell) => (blank(cell) ? undefined : fromLabel(labels, String(cell))),
  }
}

/** A list in one cell, joined by a separator; labelled enums when labels are given. */
export function listColumn<T>(
  header: string,
  field: string,
  separator: '、' | '\n',
  labels?: Record<string, string>,
): Column<T> {
  return {
    header,
    field,
    write: (item) => {
      const v = (get(item, field) as string[] | undefined) ?? []
      return v.length === 0 ? null : v.map((x) => (labels ? (labels[x] ?? x) : x)).join(separator)
    },
    read: (cell) => {
      if (blank(cell)) return []
      const parts = String(cell)
        .split(separator === '、' ? /[、\n]/ : /\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
      return labels ? parts.map((p) => fromLabel(labels, p)) : parts
    },
  }
}

/** A `LocalizedText` in three columns: the Chinese text, then the Uyghur and English (may be blank, or absent from an older workbook). */
export function localizedColumns<T>(
  field: string,
  header: string,
  translated = { ug: '维吾尔文名称', en: '英文名称' },
): Column<T>[] {
  return [
    textColumn(header, `${field}.zh`),
    { ...textColumn<T>(translated.ug, `${field}.ug`, { optional: true }), mayBeAbsent: true },
    { ...textColumn<T>(translated.en, `${field}.en`, { optional: true }), mayBeAbsent: true },
  ]
}

/**
 * The choices of a select field in three columns: the Chinese texts joined by 、, then the Uyghur
 * and the English ones in the same order (a blank between two 、 leaves that choice untranslated;
 * a blank cell, all of them). A translation column whose count differs from the Chinese one is an
 * error: position is all that pairs them.
 */
export function choicesColumns<T>(
  header: string,
  field: string,
  translated: { ug: string; en: string },
): Column<T>[] {
  const list = listColumn<T>(header, field, '、')
  const zh: Column<T> = {
    ...list,
    write: (item) => {
      const v = (get(item, field) as Array<{ zh: string }> | undefined) ?? []
      return v.length === 0 ? null : v.map((o) => o.zh).join('、')
    },
    read: (cell, refs) => (list.read(cell, refs) as string[]).map((text) => ({ zh: text })),
  }
  const translation = (language: 'ug' | 'en', header: string): Column<T> => ({
    header,
    field,
    mayBeAbsent: true,
    write: (item) => {
      const v = (get(item, field) as Array<{ ug?: string; en?: string }> | undefined) ?? []
      return v.some((o) => o[language]) ? v.map((o) => o[language] ?? '').join('、') : null
    },
    read: (cell) =>
      blank(cell)
        ? undefined
        : String(cell)
            .split('、')
            .map((s) => s.trim()),
    merge: (values, texts) => {
      const choices = (get(values, field) as Array<Record<string, string>> | undefined) ?? []
      const list = texts as string[]
      if (list.length !== choices.length)
        throw new CellError(
          'VALIDATION_FAILED',
          `${list.length} translated choices for ${choices.length} choices; keep the order and the count`,
        )
      list.forEach((text, i) => {
        if (text) choices[i]![language] = text
      })
    },
  })
  return [zh, translation('ug', translated.ug), translation('en', translated.en)]
}

/** A reference by code; `required` ones must name something that exists. */
export function refColumn<T>(
  header: string,
  field: string,
  kind: 'department' | 'area' | 'category',
  options: { nullable?: boolean } = {},
): Column<T> {
  const maps = (refs: Refs) =>
    kind === 'department'
      ? [refs.departmentCodeById, refs.departmentIdByCode]
      : kind === 'area'
        ? [refs.areaCodeById, refs.areaIdByCode]
        : [refs.categoryCodeById, refs.categoryIdByCode]
  const notFound: ErrorCode =
    kind === 'department'
      ? 'CATALOG_DEPARTMENT_NOT_FOUND'
      : kind === 'area'
        ? 'CATALOG_HALL_AREA_NOT_FOUND'
        : 'CATALOG_QUEUE_CATEGORY_NOT_FOUND'
  return {
    header,
    field,
    write: (item, refs) => {
      const id = get(item, field) as string | null
      return id === null || id === undefined ? null : (maps(refs)[0]!.get(id) ?? id)
    },
    read: (cell, refs) => {
      if (blank(cell)) return options.nullable ? null : undefined
      const code = String(cell).trim()
      const id = maps(refs)[1]!.get(code)
      if (id === undefined) throw new CellError(notFound, `no ${kind} with code ${code}`)
      return id
    },
  }
}

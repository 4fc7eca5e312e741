import ExcelJS from 'exceljs'
import type { CatalogExcelRowError, ErrorCode } from '@yimin/shared'
import { AppError } from '../../platform/errors'
import { CellError, setField, type CellValue, type Refs } from './catalog-excel.columns'
import {
  allSheets,
  bundleFormSheet,
  bundlesSheet,
  childSheets,
  mattersSheet,
  SEQ,
  type SheetSpec,
} from './catalog-excel.sheets'

/**
 * Reading and writing the catalog workbook (exceljs). Writing: one row per matter / bundle and
 * per list item. Reading: the file must be an xlsx with every sheet and column (else one error
 * for the file); then every cell is read and every problem kept with its sheet, row and column,
 * so an import reports all bad rows at once.
 */

export interface WorkbookContent {
  matters: Array<Record<string, unknown>>
  bundles: Array<Record<string, unknown>>
}

/** Where each part of a document came from: '' is the parent row, 'materials.2' a list item. */
export type Origins = Map<string, { sheet: SheetSpec; row: number }>
export interface ParsedItem {
  code: string
  input: Record<string, unknown>
  origins: Origins
}
export interface ParsedWorkbook {
  matters: ParsedItem[]
  bundles: ParsedItem[]
  errors: CatalogExcelRowError[]
}

export async function writeWorkbook(content: WorkbookContent, refs: Refs): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Yimin'
  const parents = { matter: content.matters, bundle: content.bundles }
  for (const spec of allSheets) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.addRow(spec.columns.map((c) => c.header))
    ws.getRow(1).font = { bold: true }
    ws.columns.forEach((col) => (col.width = 16))
    for (const parent of parents[spec.owner]) {
      if (spec.list === null) {
        ws.addRow(spec.columns.map((c) => c.write(parent, refs)))
        continue
      }
      const items = (parent[spec.list] as unknown[] | undefined) ?? []
      items.forEach((item, i) => {
        const row = { ...(item as object), _owner: parent.code, _seq: i + 1 }
        ws.addRow(spec.columns.map((c) => c.write(row, refs)))
      })
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export async function readWorkbook(file: Buffer, refs: Refs): Promise<ParsedWorkbook> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer)
  } catch {
    throw new AppError('CATALOG_EXCEL_INVALID', 'the file is not an Excel workbook (.xlsx)')
  }
  const errors: CatalogExcelRowError[] = []
  const note = (sheet: string, row: number, column: string, code: ErrorCode, message: string) =>
    errors.push({ sheet, row, column, code, message })
  const tables = new Map(allSheets.map((spec) => [spec, readSheet(wb, spec, refs, note)]))

  const parents = (spec: SheetSpec): ParsedItem[] => {
    const items: ParsedItem[] = []
    const seen = new Set<string>()
    for (const { row, values } of tables.get(spec)!) {
      const code = typeof values.code === 'string' ? values.code : ''
      if (seen.has(code)) {
        note(
          spec.name,
          row,
          spec.columns[0]!.header,
          spec.owner === 'matter' ? 'CATALOG_CODE_TAKEN' : 'CATALOG_BUNDLE_CODE_TAKEN',
          `code ${code} appears twice in the sheet`,
        )
        continue
      }
      seen.add(code)
      items.push({ code, input: { ...values }, origins: new Map([['', { sheet: spec, row }]]) })
    }
    return items
  }
  const matters = parents(mattersSheet)
  const bundles = parents(bundlesSheet)
  for (const spec of [...childSheets, bundleFormSheet]) {
    const owners = new Map((spec.owner === 'matter' ? matters : bundles).map((p) => [p.code, p]))
    const rows = [...tables.get(spec)!].sort(
      (a, b) => Number(a.values._seq ?? 0) - Number(b.values._seq ?? 0),
    )
    for (const { row, values } of rows) {
      const { _owner, _seq: _ignored, ...item } = values
      const ownerCode = typeof _owner === 'string' ? _owner : ''
      const owner = owners.get(ownerCode)
      if (!owner) {
        note(
          spec.name,
          row,
          spec.columns[0]!.header,
          spec.owner === 'matter' ? 'CATALOG_MATTER_NOT_FOUND' : 'CATALOG_BUNDLE_NOT_FOUND',
          `no ${spec.owner} ${ownerCode} in sheet ${spec.owner === 'matter' ? mattersSheet.name : bundlesSheet.name}`,
        )
        continue
      }
      const list = ((owner.input[spec.list!] as unknown[] | undefined) ??= [])
      owner.origins.set(`${spec.list}.${list.length}`, { sheet: spec, row })
      list.push(item)
    }
  }
  return { matters, bundles, errors }
}

/** The sheet and column a document issue points at (path like materials.2.deferralDays). */
export function locate(origins: Origins, path: string): { sheet: string; row: number; column: string } {
  const parts = path.split('.')
  const itemKey = parts.length >= 2 && /^\d+$/.test(parts[1]!) ? `${parts[0]}.${parts[1]}` : ''
  const origin = origins.get(itemKey) ?? origins.get('')!
  const field = parts.slice(itemKey && origins.has(itemKey) ? 2 : 0).join('.')
  // the column of the field itself, of its Chinese text (`name` → `name.zh`), or of the list it is in
  const columns = origin.sheet.columns
  const column =
    columns.find((c) => c.field === field) ??
    columns.find((c) => c.field.startsWith(`${field}.`)) ??
    columns.find((c) => field.startsWith(`${c.field}.`)) ??
    columns[0]!
  return { sheet: origin.sheet.name, row: origin.row, column: column.header }
}

function readSheet(
  wb: ExcelJS.Workbook,
  spec: SheetSpec,
  refs: Refs,
  note: (sheet: string, row: number, column: string, code: ErrorCode, message: string) => void,
): Array<{ row: number; values: Record<string, unknown> }> {
  const ws = wb.getWorksheet(spec.name)
  if (!ws)
    throw new AppError('CATALOG_EXCEL_SHEET_MISSING', `the workbook has no sheet ${spec.name}`, {
      sheet: spec.name,
    })
  const positions = new Map<string, number>()
  ws.getRow(1).eachCell((cell, col) => {
    const header = cellValue(cell.value)
    if (typeof header === 'string') positions.set(header.trim(), col)
  })
  const missing = spec.columns.filter((c) => !positions.has(c.header) && !c.mayBeAbsent).map((c) => c.header)
  if (missing.length > 0)
    throw new AppError(
      'CATALOG_EXCEL_COLUMNS_MISSING',
      `sheet ${spec.name} lacks the columns ${missing.join(', ')}`,
      { sheet: spec.name, columns: missing },
    )

  const rows: Array<{ row: number; values: Record<string, unknown> }> = []
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return
    const cells = spec.columns.map((c) => {
      const at = positions.get(c.header)
      return at === undefined ? null : cellValue(row.getCell(at).value)
    })
    if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) return
    const values: Record<string, unknown> = {}
    spec.columns.forEach((column, i) => {
      try {
        const v = column.read(cells[i] ?? null, refs)
        if (v !== undefined)
          if (column.merge) column.merge(values, v)
          else setField(values, column.field, v)
      } catch (err) {
        if (!(err instanceof CellError)) throw err
        note(spec.name, rowNumber, column.header, err.code, err.message)
      }
    })
    if (spec.list !== null && values._seq === undefined)
      note(spec.name, rowNumber, SEQ, 'VALIDATION_FAILED', 'the sequence number is missing')
    // a row with a bad cell is still kept, so its list items find it; the import stops anyway
    rows.push({ row: rowNumber, values })
  })
  return rows
}

/** A cell as a string, a number or nothing, whatever Excel stored (rich text, formulas …). */
function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null
  if (typeof v === 'number' || typeof v === 'string') return v
  if (typeof v === 'boolean') return v ? '是' : '否'
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('')
    if ('result' in v) return cellValue(v.result ?? null)
    if ('text' in v) return String(v.text)
    if ('error' in v) return null
  }
  return null
}

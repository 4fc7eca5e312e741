import type { Kysely } from 'kysely'

/**
 * The catalog's names and labels become one `LocalizedText` (`{ zh, ug?, en? }`, issue 16 point 3)
 * in the JSON it stores: a matter document's name, its materials' names and its form fields'
 * labels and choices (`name`/`nameUg`/`nameEn`, `label`/`labelUg`/`labelEn`, `options`/`optionsUg`/
 * `optionsEn`), and the form fields of bundles. Every version is rewritten, published ones too: the
 * text they say is the same, only its shape changes. A document already in the new shape is left
 * as it is (the migration may meet a database a newer build wrote to). The bundles' name columns
 * stay three columns.
 */

type Json = Record<string, unknown>
type Text = { zh: string; ug?: string; en?: string }

const BATCH = 200

function text(zh: unknown, ug: unknown, en: unknown): Text {
  const out: Text = { zh: typeof zh === 'string' ? zh : '' }
  if (typeof ug === 'string' && ug) out.ug = ug
  if (typeof en === 'string' && en) out.en = en
  return out
}

/** `item[field]` with its two translations folded in (in place: the key keeps its position). */
function foldName(item: Json, field: 'name' | 'label'): void {
  const ug = `${field}Ug`
  const en = `${field}En`
  if (typeof item[field] === 'string') item[field] = text(item[field], item[ug], item[en])
  delete item[ug]
  delete item[en]
}

function foldField(field: Json): Json {
  foldName(field, 'label')
  const options = Array.isArray(field.options) ? field.options : []
  const ug = Array.isArray(field.optionsUg) ? (field.optionsUg as unknown[]) : []
  const en = Array.isArray(field.optionsEn) ? (field.optionsEn as unknown[]) : []
  if (Array.isArray(field.options))
    field.options = options.map((o: unknown, i) => (typeof o === 'string' ? text(o, ug[i], en[i]) : o))
  delete field.optionsUg
  delete field.optionsEn
  return field
}

/** A stored matter document in the new shape (exported for its test). */
export function foldDocument(doc: Json): Json {
  foldName(doc, 'name')
  if (Array.isArray(doc.materials)) for (const m of doc.materials as Json[]) foldName(m, 'name')
  if (Array.isArray(doc.formFields)) doc.formFields = (doc.formFields as Json[]).map(foldField)
  return doc
}

/** A stored bundle form in the new shape. */
export function foldForm(form: Json[]): Json[] {
  return form.map(foldField)
}

async function rewrite(
  db: Kysely<any>,
  table: 'matter_versions' | 'bundles',
  column: 'document' | 'form',
  fold: (value: any) => unknown,
): Promise<void> {
  let after = ''
  for (;;) {
    const rows = (await db
      .selectFrom(table)
      .select(['id', column])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute()) as Array<{ id: string } & Record<string, string>>
    if (rows.length === 0) return
    for (const row of rows) {
      const before = row[column]!
      const folded = JSON.stringify(fold(JSON.parse(before)))
      if (folded !== before)
        await db
          .updateTable(table)
          .set({ [column]: folded })
          .where('id', '=', row.id)
          .execute()
    }
    after = rows.at(-1)!.id
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await rewrite(db, 'matter_versions', 'document', foldDocument)
  await rewrite(db, 'bundles', 'form', foldForm)
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}

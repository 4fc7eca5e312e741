import { compactLocalized, type LocalizedText } from '@yimin/shared'

/**
 * A translatable text is stored as three columns: `<field>` (Chinese), `<field>_ug` and
 * `<field>_en` (null when not translated). These two functions are the one mapping between the
 * columns and `LocalizedText`; code above the repositories sees only `LocalizedText`.
 */
export type LocalizedColumns<F extends string> = { [K in F]: string } & {
  [K in `${F}_ug` | `${F}_en`]: string | null
}

/** The text stored in `row[field]`, `row[field_ug]` and `row[field_en]`. */
export function localizedFromColumns<F extends string>(row: LocalizedColumns<F>, field: F): LocalizedText {
  const columns = row as unknown as Record<string, string | null>
  return compactLocalized({
    zh: columns[field]!,
    ug: columns[`${field}_ug`],
    en: columns[`${field}_en`],
  })
}

/** The columns that store `text` as `field` (to spread into an insert or an update). */
export function localizedToColumns<F extends string>(field: F, text: LocalizedText): LocalizedColumns<F> {
  return {
    [field]: text.zh,
    [`${field}_ug`]: text.ug ?? null,
    [`${field}_en`]: text.en ?? null,
  } as LocalizedColumns<F>
}

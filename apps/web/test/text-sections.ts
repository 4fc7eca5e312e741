import fs from 'node:fs'
import path from 'node:path'

const extensions = ['.ts', '.tsx', '/index.ts', '/index.tsx']

function resolveImport(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec)
  if (/\.(ts|tsx)$/.test(base) && fs.existsSync(base)) return base
  for (const ext of extensions) if (fs.existsSync(base + ext)) return base + ext
  return null
}

/**
 * The translation sections (top-level keys of the language files) that the modules reachable from
 * `entries` may use: any string or template starting `section.` (a literal key, `errors.${code}`,
 * a `labelKey`) names its section. Follows the relative imports inside the web app; dynamic
 * imports only with `followDynamic` (a screen's own lazy parts), never the router's screens.
 */
export function sectionsUsedBy(
  entries: string[],
  sections: string[],
  { followDynamic = true }: { followDynamic?: boolean } = {},
): { sections: Set<string>; files: string[] } {
  const seen = new Set<string>()
  const used = new Set<string>()
  const names = new Set(sections)
  const stack = [...entries]
  while (stack.length > 0) {
    const file = stack.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    const text = fs.readFileSync(file, 'utf8')
    for (const m of text.matchAll(/['"`]([a-zA-Z]+)\.[\w$]/g)) if (m[1] && names.has(m[1])) used.add(m[1])
    const imports = [...text.matchAll(/\bfrom\s+'(\.[^']+)'/g), ...text.matchAll(/^import\s+'(\.[^']+)'/gm)]
    if (followDynamic) imports.push(...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g))
    for (const m of imports) {
      const target = m[1] ? resolveImport(file, m[1]) : null
      if (target) stack.push(target)
    }
  }
  return { sections: used, files: [...seen] }
}

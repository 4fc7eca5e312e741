import fs from 'node:fs'
import path from 'node:path'

/** Flattens a nested locale object into dotted keys → values. */
export function flatten(
  obj: unknown,
  prefix = '',
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out)
  } else out[prefix] = obj
  return out
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(p)
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : []
  })
}

/**
 * The literal keys the source uses: `t('a.b')`, `i18nKey="a.b"`, `labelKey: 'a.b'`,
 * `titleKey: 'a.b'`; and section prefixes `key: 'a.b'` which need `a.b.title` and `a.b.description`.
 * Keys built at run time (`roles.${role}`, `errors.${code}`) are checked from their source lists.
 */
export function usedKeys(srcDir: string): Array<{ key: string; file: string }> {
  const found: Array<{ key: string; file: string }> = []
  const direct = [
    /\bt\(\s*'([^'`$]+)'/g,
    /\bt\(\s*"([^"`$]+)"/g,
    /i18nKey="([^"]+)"/g,
    /\b(?:labelKey|titleKey):\s*'([^']+)'/g,
  ]
  for (const file of sourceFiles(srcDir)) {
    const text = fs.readFileSync(file, 'utf8')
    const rel = path.relative(srcDir, file)
    for (const re of direct) for (const m of text.matchAll(re)) if (m[1]) found.push({ key: m[1], file: rel })
    for (const m of text.matchAll(/\bkey:\s*'([a-zA-Z]+\.[\w.]+)'/g)) {
      if (!m[1]) continue
      found.push({ key: `${m[1]}.title`, file: rel }, { key: `${m[1]}.description`, file: rel })
    }
    // t(cond ? 'a' : 'b'): both branches are keys
    for (const m of text.matchAll(/\bt\(\s*[\w.!]+\s*\?\s*'([^']+)'\s*:\s*'([^']+)'/g)) {
      if (m[1]) found.push({ key: m[1], file: rel })
      if (m[2]) found.push({ key: m[2], file: rel })
    }
  }
  return found
}

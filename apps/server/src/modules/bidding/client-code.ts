import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The SHA-256 of the built client code that encrypts bids (the web build puts it alone in
 * `assets/bid-crypto-*.js`), computed once from the served file, so anyone can compare what
 * their browser ran with what the trading site publishes. Null when the web app is not built.
 */
export function clientCodeHash(webDistDir: string): { file: string; sha256: string } | null {
  let names: string[]
  try {
    names = fs.readdirSync(path.join(webDistDir, 'assets'))
  } catch {
    return null
  }
  const file = names.find((n) => /^bid-crypto-[\w-]+\.js$/.test(n))
  if (!file) return null
  const bytes = fs.readFileSync(path.join(webDistDir, 'assets', file))
  return { file: `/assets/${file}`, sha256: createHash('sha256').update(bytes).digest('hex') }
}

// `npm run bench [-- name]`: runs the benchmarks under bench/ (not part of CI) and prints figures.
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const dir = path.resolve(import.meta.dirname, '../bench')
const only = process.argv[2]
for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  if (only && !file.includes(only)) continue
  console.log(`\n== ${file}`)
  execSync(`npx tsx ${path.join(dir, file)}`, { stdio: 'inherit' })
}

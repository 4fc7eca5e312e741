#!/usr/bin/env node
// The module edges ARCHITECTURE.md promises, checked on the source tree (no dependencies):
//   cycles    no file imports itself through others (type-only imports count: they tie files too)
//   routes    no source file imports a `*.routes.ts` except the app's route registry (app.ts)
//   services  no `*.service.ts`, `*.routes.ts` or `*.module.ts` builds SQL (Kysely builders or
//             sql``), except the ones listed
//   dialect   no file outside db/dialect.ts branches on the database kind
//   edges     a module reads another module's data through that module's service or query
//             interface: no file of modules/A imports modules/B/*.repository.ts (tests aside;
//             the container and the seed wire repositories together)
//   tables    each table is declared once, in its owning module's `*Tables` interface
//   reads     a module's SQL names only tables it owns (or system_settings, shared in db/tables.ts):
//             another module's rows come through that module's queries or service
// Run: node scripts/check-architecture.mjs   (exit 1 and a list when something is wrong)
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const sourceRoots = ['apps/server/src', 'apps/web/src', 'packages/shared/src']
// the history chain and its seal are being rewritten separately; they keep their SQL until then
const servicesAllowedSql = new Set()
// where the database kind may be looked at: the dialect, the connection itself, migrations
// (they run per dialect by nature), and the configuration that chooses it
const dialectAllowed = [
  /^apps\/server\/src\/db\//,
  /^apps\/server\/src\/config\.ts$/,
  /^apps\/server\/src\/container\.ts$/,
  /^apps\/server\/src\/cli\/backup\.ts$/,
]

const files = []
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== 'dist') walk(p)
    } else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p)
  }
}
for (const r of sourceRoots) walk(path.join(root, r))

const rel = (p) => path.relative(root, p).split(path.sep).join('/')
const importRe =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?\sfrom\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

function resolve(from, spec) {
  if (!spec.startsWith('.')) return null
  const base = path.resolve(path.dirname(from), spec)
  for (const c of [
    base,
    base + '.ts',
    base + '.tsx',
    base.replace(/\.js$/, '.ts'),
    path.join(base, 'index.ts'),
  ])
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c
  return null
}

const graph = new Map()
/** file → the table names its SQL mentions (Kysely builders and raw sql text) */
const sqlTables = new Map()
function tablesNamedInSql(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
  const names = new Set()
  const builder =
    /\.(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto)\(\s*['"`]([a-z][a-z0-9_]*)/g
  for (const m of code.matchAll(builder)) names.add(m[1])
  // raw statements: sql`…`, sql.raw('…')
  const raw = /\b(?:from|join|into|update)\s+"?([a-z][a-z0-9_]*)"?/gi
  for (const t of code.matchAll(/\bsql(?:\.raw\()?\s*`([^`]*)`|\bsql\.raw\(\s*'([^']*)'/g))
    for (const m of (t[1] ?? t[2]).matchAll(raw)) names.add(m[1])
  return names
}
/** table name → the files whose `*Tables` interface declares it */
const declared = new Map()
/** `cases` for apps/server/src/modules/cases/… */
const moduleOf = (r) => /^apps\/server\/src\/modules\/([^/]+)\//.exec(r)?.[1]
const isTestFile = (r) => /\.test\.tsx?$|test-fixtures\.ts$|\/test-support\//.test(r)
const problems = []
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8')
  const deps = new Set()
  for (const m of text.matchAll(importRe)) {
    const target = resolve(f, m[1] ?? m[2])
    if (!target) continue
    deps.add(target)
    if (target.endsWith('.routes.ts') && !/\/src\/app\.ts$/.test(f))
      problems.push(`routes: ${rel(f)} imports ${rel(target)}`)
    const from = moduleOf(rel(f))
    const to = moduleOf(rel(target))
    if (from && to && from !== to && target.endsWith('.repository.ts') && !isTestFile(rel(f)))
      problems.push(`edges: ${rel(f)} imports ${rel(target)} (use the ${to} module's service or queries)`)
  }
  graph.set(f, deps)
  const r = rel(f)
  if (moduleOf(r) && !isTestFile(r)) sqlTables.set(r, tablesNamedInSql(text))
  if (r.startsWith('apps/server/src/') && /(^|\/)tables\.ts$|\.tables\.ts$/.test(r)) {
    for (const block of text.matchAll(/export interface \w*Tables\b[^{]*\{([^}]*)\}/g))
      for (const member of block[1].matchAll(/^\s*([a-z][a-z0-9_]*)\??:/gm))
        (declared.get(member[1]) ?? declared.set(member[1], []).get(member[1])).push(r)
  }
  if (/\.(service|routes|module)\.ts$/.test(r) && !servicesAllowedSql.has(r)) {
    // code only: comments may name SQL words
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
    const hit = /\.(selectFrom|insertInto|updateTable|deleteFrom|with|selectNoFrom)\(|\bsql`/.exec(code)
    if (hit) problems.push(`sql: ${r} builds SQL (${hit[0]})`)
  }
  if (
    r.startsWith('apps/server/src/') &&
    !dialectAllowed.some((re) => re.test(r)) &&
    !r.endsWith('test.ts')
  ) {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
    const hit = /dialect\s*===?\s*['"]|\.dialect\s*!==?\s*['"]|instanceof\s+(Postgres|Sqlite)Adapter/.exec(
      code,
    )
    if (hit) problems.push(`dialect: ${r} branches on the database (${hit[0]})`)
  }
}

// strongly connected components (Tarjan): each with more than one file is a cycle
let index = 0
const stack = []
const info = new Map()
const cycles = []
function strong(v) {
  const vi = { index, low: index, on: true }
  index++
  info.set(v, vi)
  stack.push(v)
  for (const w of graph.get(v) ?? []) {
    if (!graph.has(w)) continue
    const wi = info.get(w)
    if (!wi) {
      strong(w)
      vi.low = Math.min(vi.low, info.get(w).low)
    } else if (wi.on) vi.low = Math.min(vi.low, wi.index)
  }
  if (vi.low === vi.index) {
    const component = []
    let w
    do {
      w = stack.pop()
      info.get(w).on = false
      component.push(rel(w))
    } while (w !== v)
    if (component.length > 1) cycles.push(component.sort())
  }
}
for (const v of graph.keys()) if (!info.has(v)) strong(v)
for (const [table, where] of declared)
  if (where.length > 1) problems.push(`tables: ${table} is declared in ${where.join(' and ')}`)
for (const c of cycles) problems.push(`cycles: ${c.join(' <-> ')}`)
/** table → owning module ('' for the shared db/tables.ts) */
const owner = new Map([...declared].map(([t, where]) => [t, moduleOf(where[0]) ?? '']))
for (const [r, tables] of sqlTables) {
  const mod = moduleOf(r)
  for (const t of tables) {
    const o = owner.get(t)
    if (o && o !== mod)
      problems.push(`reads: ${r} names ${t}, a table of the ${o} module (read it through ${o}'s queries)`)
  }
}

if (problems.length) {
  console.log(problems.sort().join('\n'))
  console.log(`\n${problems.length} problem(s) in ${files.length} files`)
  process.exit(1)
}
console.log(
  `architecture: ${files.length} files, no cycles, no route imports, no SQL in services, no dialect branches, no reads of another module's repository or tables, ${declared.size} tables declared once`,
)

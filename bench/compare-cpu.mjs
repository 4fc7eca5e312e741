// CPU per request of the case bench's (c) part, this tree against another checkout (e.g. the merge
// base in a git worktree), run alternately in one invocation so both see the same machine load;
// prints each round and the medians.
// Run: node bench/compare-cpu.mjs /path/to/base/worktree   (ROUNDS=3 REQUESTS=500)
import { execFileSync } from 'node:child_process'
import path from 'node:path'

const here = path.resolve(import.meta.dirname, '..')
const base = process.argv[2]
if (!base) {
  console.error('usage: node bench/compare-cpu.mjs <base checkout>')
  process.exit(2)
}
const rounds = Number(process.env.ROUNDS ?? 3)
const names = ['floor', 'create', 'accept']

function run(dir) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/cases.bench.ts', 'cpu'], {
    cwd: dir,
    env: { ...process.env, METER: '' },
    encoding: 'utf8',
  })
  const figures = [...out.matchAll(/cpu ([\d.]+) ms\/request/g)].map((m) => Number(m[1]))
  if (figures.length !== 3) throw new Error(`unexpected output from ${dir}:\n${out}`)
  return Object.fromEntries(names.map((n, i) => [n, figures[i]]))
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const results = { base: [], new: [] }
for (let r = 1; r <= rounds; r++) {
  // alternate which goes first, so neither always runs on a warmer machine
  const order = r % 2 ? ['base', 'new'] : ['new', 'base']
  for (const which of order) {
    const f = run(which === 'base' ? base : here)
    results[which].push(f)
    console.log(
      `round ${r} ${which.padEnd(4)} ${names.map((n) => `${n} ${f[n].toFixed(3)}`).join('  ')} ms/request`,
    )
  }
}
console.log('\nmedian CPU per request (ms)   base     new    change')
for (const n of names) {
  const b = median(results.base.map((f) => f[n]))
  const a = median(results.new.map((f) => f[n]))
  console.log(
    `${n.padEnd(28)} ${b.toFixed(3).padStart(7)} ${a.toFixed(3).padStart(7)}  ${(((a - b) / b) * 100).toFixed(1).padStart(6)}%`,
  )
}

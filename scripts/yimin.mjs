// `npm run yimin -- <command>`: the operator CLI (the server is rebuilt first when out of date).
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { buildIfStale, root } from './build-if-stale.mjs'

buildIfStale({ web: false })
const r = spawnSync(
  process.execPath,
  ['--enable-source-maps', path.join(root, 'apps/server/dist/cli.js'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
)
process.exit(r.status ?? 1)

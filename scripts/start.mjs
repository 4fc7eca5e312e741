// `npm start`: builds what is out of date, then starts the server (demo center on SQLite unless
// the environment says otherwise).
import { spawn } from 'node:child_process'
import path from 'node:path'
import { buildIfStale, root } from './build-if-stale.mjs'

buildIfStale()
const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'apps/server/dist/main.js')], {
  stdio: 'inherit',
})
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
child.on('exit', (code) => process.exit(code ?? 0))

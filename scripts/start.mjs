// `npm start`: builds the web apps and the server when their sources are newer than the build,
// then starts the server (demo center on SQLite unless the environment says otherwise).
import { execSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const newest = (dir) => {
  let t = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) t = Math.max(t, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return t
}
const stale = (output, ...sources) =>
  !fs.existsSync(output) || sources.some((s) => newest(path.join(root, s)) > fs.statSync(output).mtimeMs)

if (stale(path.join(root, 'apps/web/dist/index.html'), 'apps/web/src', 'packages/shared/src')) {
  execSync('npm run build -w @yimin/web --silent', { stdio: 'inherit', cwd: root })
}
if (stale(path.join(root, 'apps/server/dist/main.js'), 'apps/server/src', 'packages/shared/src')) {
  execSync('npm run build -w @yimin/server --silent', { stdio: 'inherit', cwd: root })
}
const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'apps/server/dist/main.js')], { stdio: 'inherit' })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
child.on('exit', (code) => process.exit(code ?? 0))

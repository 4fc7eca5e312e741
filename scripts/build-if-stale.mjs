// Builds the web apps and the server when their sources are newer than their builds
// (used by `npm start` and `npm run yimin`, so neither runs stale code).
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '..')

const newest = (dir) => {
  let t = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) t = Math.max(t, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return t
}
const stale = (output, ...sources) =>
  !fs.existsSync(output) || sources.some((s) => newest(path.join(root, s)) > fs.statSync(output).mtimeMs)

export function buildIfStale({ web = true } = {}) {
  if (web && stale(path.join(root, 'apps/web/dist/index.html'), 'apps/web/src', 'packages/shared/src')) {
    execSync('npm run build -w @yimin/web --silent', { stdio: 'inherit', cwd: root })
  }
  if (stale(path.join(root, 'apps/server/dist/main.js'), 'apps/server/src', 'packages/shared/src')) {
    execSync('npm run build -w @yimin/server --silent', { stdio: 'inherit', cwd: root })
  }
}

// `npm run yimin -- <command>`: the operator CLI (builds the server first when needed).
import { execSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'apps/server/dist/cli.js')
if (!fs.existsSync(cli)) execSync('npm run build -w @yimin/server --silent', { stdio: 'inherit', cwd: root })
const r = spawnSync(process.execPath, ['--enable-source-maps', cli, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(r.status ?? 1)

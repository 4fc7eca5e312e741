// `npm test`: builds what the browser tests serve, then runs every tier that must always pass
// (unit, integration on SQLite and PostgreSQL, browser). The fault tier is `npm run test:fault`.
import { execSync } from 'node:child_process'

const run = (cmd) => execSync(cmd, { stdio: 'inherit' })
const extra = process.argv.slice(2).join(' ')
run('npm run build --silent')
run(`npx vitest run --project unit --project sqlite --project postgres --project browser ${extra}`)

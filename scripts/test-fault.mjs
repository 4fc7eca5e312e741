// `npm run test:fault`: the longer fault and soak tests (kill -9, restarts, several instances).
import { execSync } from 'node:child_process'

execSync('npm run build --silent', { stdio: 'inherit' })
execSync(`npx vitest run --project fault ${process.argv.slice(2).join(' ')}`, { stdio: 'inherit' })

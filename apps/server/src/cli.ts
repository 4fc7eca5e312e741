import { runCli } from './cli/commands'
import { exitOnUnsupportedNode } from './platform/runtime'

/** The operator CLI entry: `npm run yimin -- <command>` (commands live in cli/commands.ts). */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return ''
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

exitOnUnsupportedNode()
const code = await runCli(process.argv.slice(2), {
  env: process.env,
  say: (line) => process.stderr.write(`${line}\n`),
  readStdin,
})
process.exit(code)

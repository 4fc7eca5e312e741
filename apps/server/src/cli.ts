import { parseArgs } from 'node:util'
import { loadConfig } from './config'
import { createContainer, type Container } from './container'
import { runBackup, runRestore } from './cli/backup'
import { seedDemo } from './seed/demo'

/**
 * The operator CLI: `npm run yimin -- <command>`. Exit codes: 0 done, 1 failed, 2 bad usage
 * or configuration. Later issues add their commands to `commands`.
 */
type Command = { summary: string; usage?: string; run(args: string[]): Promise<number> }

const withContainer = async (fn: (c: Container) => Promise<number>): Promise<number> => {
  const c = await createContainer({ config: loadConfig() })
  try {
    return await fn(c)
  } finally {
    await c.close()
  }
}

const say = (msg: string) => process.stderr.write(`${msg}\n`)

export const commands: Record<string, Command> = {
  migrate: {
    summary: 'apply database migrations',
    run: () =>
      withContainer(async () => {
        say('database is up to date')
        return 0
      }),
  },
  'seed-demo': {
    summary: 'create the demo center (accounts, devices) if not there yet',
    run: () =>
      withContainer(async (c) => {
        const created = await seedDemo(c, (m) => say(`  ${m}`))
        say(created ? 'demo center created' : 'demo center already present')
        return 0
      }),
  },
  'create-admin': {
    summary: 'create an administrator account',
    usage: '--username NAME --display-name NAME (password from YIMIN_ADMIN_PASSWORD or stdin)',
    run: async (args) => {
      const { values } = parseArgs({ args, options: { username: { type: 'string' }, 'display-name': { type: 'string' } } })
      if (!values.username) {
        say('--username is required')
        return 2
      }
      const password = process.env.YIMIN_ADMIN_PASSWORD ?? (await readStdin()).trim()
      if (password.length < 10) {
        say('the password must have at least 10 characters (YIMIN_ADMIN_PASSWORD or stdin)')
        return 2
      }
      return withContainer(async (c) => {
        const user = await c.auth.createUser('system', {
          username: values.username!,
          displayName: values['display-name'] ?? values.username!,
          password,
          grants: [{ role: 'admin', departmentId: null }],
        })
        say(`administrator ${user.username} created`)
        return 0
      })
    },
  },
  backup: {
    summary: 'back up the database (SQLite: online backup to a file)',
    usage: '<file>',
    run: (args) => runBackup(loadConfig(), args, say),
  },
  restore: {
    summary: 'restore a SQLite backup (the server must be stopped)',
    usage: '<file>',
    run: (args) => runRestore(loadConfig(), args, say),
  },
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return ''
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  const command = name ? commands[name] : undefined
  if (!command) {
    say('usage: npm run yimin -- <command> [options]\n')
    for (const [n, c] of Object.entries(commands)) say(`  ${n.padEnd(14)} ${c.summary}${c.usage ? `\n  ${''.padEnd(14)} ${c.usage}` : ''}`)
    return name ? 2 : 0
  }
  return command.run(rest)
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    say(err instanceof Error ? `error: ${err.message}` : String(err))
    process.exit(err instanceof Error && err.name === 'ConfigError' ? 2 : 1)
  },
)

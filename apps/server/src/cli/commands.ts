import { parseArgs } from 'node:util'
import { loadConfig } from '../config'
import { calendarImportCommand } from '../modules/calendar/calendar-cli'
import { catalogExportCommand, catalogImportCommand } from '../modules/catalog/catalog-cli'
import { seedDemo } from '../seed/demo'
import { runBackup, runRestore } from './backup'
import { demoHistoryCommand } from './demo-history'
import { withContainer, type CliIo, type Command } from './command'

/** The operator commands. Later issues add theirs here. */
export const commands: Record<string, Command> = {
  migrate: {
    summary: 'apply database migrations',
    run: (_args, io) =>
      withContainer(loadConfig(io.env), async () => {
        io.say('database is up to date')
        return 0
      }),
  },
  'seed-demo': {
    summary: 'create the demo center (accounts, devices) if not there yet',
    run: (_args, io) =>
      withContainer(loadConfig(io.env), async (c) => {
        const created = await seedDemo(c, (m) => io.say(`  ${m}`))
        io.say(created ? 'demo center created' : 'demo center already present')
        return 0
      }),
  },
  'demo-history': {
    summary: 'build the demo history (days of operation behind the demo center) through the services',
    usage:
      '[--days N] [--seed S] [--fresh]; --fresh starts from a new demo database (SQLite, demo mode, server stopped)',
    run: (args, io) => demoHistoryCommand(args, io),
  },
  'create-admin': {
    summary: 'create an administrator account',
    usage: '--username NAME [--display-name NAME]; password from YIMIN_ADMIN_PASSWORD or stdin',
    run: async (args, io) => {
      let values: { username?: string; 'display-name'?: string }
      try {
        values = parseArgs({
          args,
          options: { username: { type: 'string' }, 'display-name': { type: 'string' } },
        }).values
      } catch (err) {
        io.say(err instanceof Error ? err.message : String(err))
        return 2
      }
      const username = values.username
      if (!username || !/^[a-zA-Z0-9._-]{2,64}$/.test(username)) {
        io.say('--username is required (2–64 letters, digits, . _ -)')
        return 2
      }
      const password = (io.env.YIMIN_ADMIN_PASSWORD ?? (await io.readStdin())).trim()
      if (password.length < 10) {
        io.say('the password must have at least 10 characters (YIMIN_ADMIN_PASSWORD or stdin)')
        return 2
      }
      return withContainer(loadConfig(io.env), async (c) => {
        if (
          await c.database.db
            .selectFrom('users')
            .select('id')
            .where('username', '=', username)
            .executeTakeFirst()
        ) {
          io.say(`an account named ${username} exists already`)
          return 1
        }
        await c.auth.createUser('system', {
          username,
          displayName: values['display-name'] ?? username,
          password,
          grants: [{ role: 'admin', departmentId: null }],
        })
        io.say(`administrator ${username} created`)
        return 0
      })
    },
  },
  verify: {
    summary: 'verify the case event chains and their sealed checkpoints (tamper evidence)',
    run: (_args, io) =>
      withContainer(loadConfig(io.env), async (c) => {
        const report = await c.cases.chain.verify(io.say)
        io.say(
          `${report.casesChecked} cases, ${report.eventsChecked} events, ${report.checkpoints} checkpoints checked`,
        )
        for (const p of report.problems)
          io.say(
            `  ${p.kind.padEnd(18)} case ${p.caseNumber ?? p.caseId ?? '-'}${p.seq === undefined ? '' : ` event ${p.seq}`}${p.eventId ? ` (${p.eventId})` : ''}  ${p.message}`,
          )
        io.say(
          report.problems.length === 0
            ? 'the history is intact'
            : `${report.problems.length} problem(s) found`,
        )
        return report.problems.length === 0 ? 0 : 1
      }),
  },
  backup: {
    summary: 'back up and verify the database (SQLite: online copy; PostgreSQL: pg_dump)',
    usage: '[<file>]  without a file: into BACKUP_DIR with its retention, recorded for monitoring',
    run: (args, io) =>
      args.length > 0
        ? runBackup(loadConfig(io.env), args, io.say)
        : withContainer(loadConfig(io.env), async (c) => {
            await c.backups.backupNow(io.say)
            return 0
          }),
  },
  restore: {
    summary: 'verify a backup and restore it (stop the server first)',
    usage: '<file>',
    run: (args, io) => runRestore(loadConfig(io.env), args, io.say),
  },
  'calendar-import': calendarImportCommand,
  'catalog-export': catalogExportCommand,
  'catalog-import': catalogImportCommand,
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  const command = name ? commands[name] : undefined
  if (!command) {
    io.say('usage: npm run yimin -- <command> [options]\n')
    for (const [n, c] of Object.entries(commands))
      io.say(`  ${n.padEnd(16)} ${c.summary}${c.usage ? `\n  ${''.padEnd(16)} ${c.usage}` : ''}`)
    return name && name !== 'help' ? 2 : 0
  }
  try {
    return await command.run(rest, io)
  } catch (err) {
    io.say(err instanceof Error ? `error: ${err.message}` : String(err))
    return err instanceof Error && err.name === 'ConfigError' ? 2 : 1
  }
}

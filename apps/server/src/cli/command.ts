import type { Config } from '../config'
import { createContainer, type Container } from '../container'

/** What a command may use: the environment, a line printer (stderr), and stdin. */
export interface CliIo {
  env: Record<string, string | undefined>
  say: (line: string) => void
  readStdin: () => Promise<string>
}

/** Exit codes: 0 done, 1 failed, 2 bad usage or configuration. */
export interface Command {
  summary: string
  usage?: string
  run: (args: string[], io: CliIo) => Promise<number>
}

export async function withContainer(config: Config, fn: (c: Container) => Promise<number>): Promise<number> {
  // beside a running server, only the server checkpoints in the background (db/sqlite-checkpointer.ts)
  const c = await createContainer({
    config:
      config.database.kind === 'sqlite'
        ? { ...config, database: { ...config.database, checkpoint: 'inline' } }
        : config,
  })
  try {
    return await fn(c)
  } finally {
    await c.close()
  }
}

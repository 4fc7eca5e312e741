// How a bench server process hands itself to its bench: it listens on a free port of 127.0.0.1,
// prints `READY <port> …fields` on stdout (what bench/support/http-load.ts spawnServer waits for),
// and on SIGTERM closes the app and the container, then whatever `cleanup` removes.
import type { FastifyInstance } from 'fastify'
import type { Container } from '../../apps/server/src/container'

export async function serveBench(
  app: FastifyInstance,
  container: Container,
  opts: { fields?: string[]; cleanup?: () => void } = {},
): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as { port: number }).port
  process.stdout.write(`READY ${[port, ...(opts.fields ?? [])].join(' ')}\n`)
  process.on('SIGTERM', () => {
    void app.close().then(async () => {
      await container.close()
      opts.cleanup?.()
      process.exit(0)
    })
  })
  return port
}

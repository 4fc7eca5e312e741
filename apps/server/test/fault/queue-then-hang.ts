// A process that queues an SMS in a committed transaction, says so, and hangs until killed.
// The fault test kills it with SIGKILL right after the commit.
import { loadConfig } from '../../src/config'
import { createContainer } from '../../src/container'

const config = loadConfig({ ...process.env, WORKERS: 'false', LOG_LEVEL: 'silent' })
const c = await createContainer({ config })
const causeKey = process.env.CAUSE_KEY ?? 'fault'
await c.database.db.transaction().execute((tx) =>
  c.sms.service.queue(tx, {
    causeKey,
    recipient: '13600000000',
    template: 'fault',
    body: '您的证件已可领取。',
    isEssential: true,
  }),
)
process.stdout.write(`COMMITTED ${causeKey}\n`)
setInterval(() => {}, 1 << 30)

import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type BetterSqlite3 from 'better-sqlite3'

/**
 * WAL checkpoints off the request path. SQLite's automatic checkpoint runs inside the commit that
 * crosses 1000 WAL pages: that commit copies the pages into the database file and fsyncs it, and
 * with better-sqlite3 the whole event loop waits (10–100 ms here) — every request in flight stalls.
 * Instead the main connection never checkpoints (`wal_autocheckpoint = 0`) and a worker thread with
 * its own connection runs a PASSIVE checkpoint every `intervalMs` (it never blocks the writer).
 * Under a writer that never pauses the WAL cannot restart from its beginning, so once it holds more
 * than `restartFrames` pages the worker says so and `onFull` runs a RESTART checkpoint on the main
 * connection between two transactions — the old stall, once per `restartFrames` pages instead of
 * per 1000. (The worker cannot: a RESTART waits for every reader to leave the WAL while holding
 * the writer lock, and the main connection, inside a transaction that read before it writes,
 * would wait for that lock — each waiting on the other until the busy timeout.)
 * That RESTART does not wait: with `busy_timeout = 0` it gives up at once when another process
 * reads or writes (it would otherwise freeze the event loop for the whole busy timeout), and the
 * WAL keeps growing until the next chance, as it would with SQLite's own checkpoint. The worker
 * says 'full' once per size it sees, not again while the WAL waits for its next write.
 * `journal_size_limit` trims the WAL file back after a burst.
 *
 * Only the long-running server uses it: a CLI command that opens the same file beside a running
 * server keeps SQLite's own checkpoints (a second process restarting the WAL would make the
 * server's transactions fail busy).
 *
 * If the worker fails, the main connection gets its automatic checkpoint back (nothing waits on the
 * worker for durability: a commit is durable in the WAL either way).
 */
export interface Checkpointer {
  /** Stops the worker and closes its connection (before the main connection closes, so that one checkpoints last). */
  stop(): Promise<void>
}

export interface CheckpointerOptions {
  intervalMs?: number
  restartFrames?: number
}

// A CommonJS script (workers started from a string are CommonJS): the driver comes by its resolved
// path, so the worker finds it whether the server runs from source or from the bundle.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file, { fileMustExist: true })
db.pragma('busy_timeout = 5000')
let timer = null
let toldFull = -1
const tick = () => {
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)')
    // once per WAL size: after a restart the WAL stays as it is until the next write
    if (r && r.log > workerData.restartFrames && r.log !== toldFull) {
      toldFull = r.log
      parentPort.postMessage('full')
    }
  } catch (err) {
    // SQLITE_BUSY and the like: try again next time
    if (!/busy|locked/i.test(String(err && err.message))) throw err
  }
  timer = setTimeout(tick, workerData.intervalMs)
}
timer = setTimeout(tick, workerData.intervalMs)
parentPort.on('message', (m) => {
  if (m !== 'stop') return
  clearTimeout(timer)
  db.close()
  parentPort.postMessage('stopped')
  parentPort.close()
})
`

export function startCheckpointer(
  sqlite: BetterSqlite3.Database,
  file: string,
  onFull: () => Promise<unknown>,
  opts: CheckpointerOptions = {},
): Checkpointer {
  sqlite.pragma('wal_autocheckpoint = 0')
  sqlite.pragma('journal_size_limit = 67108864')
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      file,
      intervalMs: opts.intervalMs ?? 100,
      restartFrames: opts.restartFrames ?? 8000,
    },
  })
  // it never keeps the process alive by itself
  worker.unref()
  let stopped = false
  const fallBack = () => {
    if (stopped) return
    stopped = true
    if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000')
  }
  let restarting = false
  worker.on('message', (m) => {
    if (m !== 'full' || restarting || stopped) return
    restarting = true
    void onFull()
      .catch(() => {})
      .finally(() => {
        restarting = false
      })
  })
  worker.on('error', fallBack)
  worker.on('exit', fallBack)
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        if (stopped) return resolve()
        stopped = true
        worker.once('exit', () => resolve())
        // an unref'd worker would not keep the process alive while it closes: a CLI command
        // awaiting this would end with its top-level await unsettled (exit code 13)
        worker.ref()
        worker.postMessage('stop')
      }),
  }
}

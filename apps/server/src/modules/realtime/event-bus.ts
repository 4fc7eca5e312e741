import type { ClientEvent, ClientEventMap, ClientEventType } from '@yimin/shared'
import type pg from 'pg'
import { onConnection, type Database, type Db, type Executor } from '../../db/database'
import { eventLog } from '../../db/dialect'
import type { Clock } from '../../platform/clock'
import type { Logger } from '../../platform/logger'

type Listener = (event: ClientEvent) => void

/** An event as written to realtime_events (its number is taken when written). */
interface EventRow {
  channel: string
  type: string
  payload: string
  created_at: string
}

interface Subscription {
  channels: Set<string>
  listener: Listener
  /** events up to this seq were delivered (or are older than the subscription) */
  cursor: number
  /** while catching up, live events wait here */
  buffer: ClientEvent[] | null
}

const POLL_MS = 1000
const CATCH_UP_LIMIT = 500
const READ_LIMIT = 1000
/** while a gap waits for its writer: how often to look again (a commit wakes the reader sooner) */
const GAP_RETRY_MS = 25

/**
 * Typed events to browsers, across server instances.
 *
 * `publish` writes the event in the caller's transaction, so an event exists exactly when its
 * cause committed. Each instance reads new rows in sequence order and hands them to its local
 * subscribers (the SSE connections). Publishers do not wait for each other: numbers may become
 * visible out of order, so a reader delivers only up to its watermark — the highest number
 * below which every number is delivered or known abandoned (rolled back). A number it cannot
 * see yet stops it until that number's writer ends (db/dialect.ts `eventLog`): an event that
 * commits late is still delivered in order and never skipped. After a publishing transaction
 * commits, its instance wakes its own reader and NOTIFYs the others; a one-second poll covers
 * a lost notification or a LISTEN connection being re-established. On SQLite (one instance) the
 * publisher wakes the local reader directly.
 *
 * The reader reads on its LISTEN connection, not through the pool: under load every pooled
 * connection is taken by requests, and a read queued behind them held every display's event
 * (a call on one instance waited on the other for a request's transaction to end). Catch-up
 * reads (a client resuming) go through the pool; without a LISTEN connection, so does the reader.
 */
export class EventBus {
  private readonly subs = new Set<Subscription>()
  private lastSeq = 0
  private pumping: Promise<void> | null = null
  private pumpAgain = false
  private poll: NodeJS.Timeout | null = null
  private listenClient: pg.PoolClient | null = null
  /** the LISTEN connection as a Kysely executor, while there is one */
  private listenDb: Db | null = null
  private stopped = true
  private readonly notifyChannel: string
  private readonly events: ReturnType<typeof eventLog>
  /** numbers missing below a visible one: when each was first seen missing */
  private readonly gapSeen = new Map<number, number>()
  private retry: NodeJS.Timeout | null = null
  private notifying: Promise<void> | null = null
  private notifyAgain = false
  /** transactions inside `batched`: the events they publish, written when it ends */
  private readonly batches = new WeakMap<Executor, EventRow[]>()

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    this.notifyChannel = `yimin_rt_${database.pgSchema ?? 'public'}`
    this.events = eventLog(database.db, this.notifyChannel)
    database.onSignalledCommit(() => this.committed())
  }

  async start(): Promise<void> {
    this.stopped = false
    const row = await this.database.db
      .selectFrom('realtime_events')
      .select((eb) => eb.fn.max('seq').as('max'))
      .executeTakeFirst()
    const max = Number(row?.max ?? 0)
    // a writer still running below the newest number: start below it so its event is not skipped
    const running = await this.events.lowestRunning(this.database.db)
    this.lastSeq = running !== null && running <= max ? running - 1 : max
    if (this.events.listens) await this.listen()
    this.poll = setInterval(() => this.wake(), POLL_MS)
    this.poll.unref()
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.poll) clearInterval(this.poll)
    this.poll = null
    if (this.retry) clearTimeout(this.retry)
    this.retry = null
    const client = this.listenClient
    this.listenClient = null
    this.listenDb = null
    if (client) {
      client.removeAllListeners('notification')
      try {
        await client.query(`unlisten ${this.notifyChannel}`)
      } catch {
        // the connection may already be gone
      }
      client.release(true)
    }
    await this.pumping
  }

  /** Writes an event inside the caller's transaction; it is delivered after the commit. */
  async publish<T extends ClientEventType>(
    tx: Executor,
    channel: string,
    type: T,
    payload: ClientEventMap[T],
  ): Promise<void> {
    if (!tx.isTransaction) {
      // the number's lock below is held until the transaction ends
      await this.database.db.transaction().execute((t) => this.publish(t, channel, type, payload))
      return
    }
    const row = {
      channel,
      type,
      payload: JSON.stringify(payload),
      created_at: this.clock.now().toISOString(),
    }
    const batch = this.batches.get(tx)
    if (batch) batch.push(row)
    else await this.events.insert(tx, [row], () => this.wake())
  }

  /**
   * Runs `fn` in the transaction `tx`; the events it publishes on `tx` are written when it
   * returns, in the order published (each its own number), in one statement rather than one
   * each. They stay in their cause's transaction; when `fn` throws, none is written.
   */
  async batched<R>(tx: Executor, fn: () => Promise<R>): Promise<R> {
    if (!tx.isTransaction || this.batches.has(tx)) return fn()
    const rows: EventRow[] = []
    this.batches.set(tx, rows)
    try {
      const out = await fn()
      await this.events.insert(tx, rows, () => this.wake())
      return out
    } finally {
      this.batches.delete(tx)
    }
  }

  /**
   * Calls `listener` for each event on `channels` committed after `afterSeq` (catch-up from
   * the store, then live). With afterSeq null only new events are delivered.
   */
  subscribe(channels: string[], afterSeq: number | null, listener: Listener): () => void {
    // a client that saw more than this instance has read yet (it resumes from another one) skips those
    const cursor = Math.max(this.lastSeq, afterSeq ?? 0)
    const sub: Subscription = { channels: new Set(channels), listener, cursor, buffer: null }
    this.subs.add(sub)
    if (afterSeq !== null && afterSeq < this.lastSeq) {
      sub.buffer = []
      void this.catchUp(sub, afterSeq)
    }
    return () => {
      this.subs.delete(sub)
    }
  }

  get subscriberCount(): number {
    return this.subs.size
  }

  /** Reads what is new now (tests and shutdown use it to settle). */
  async flush(): Promise<void> {
    this.wake()
    // a gap waiting for its writer (or its grace) is part of what is new now
    const until = Date.now() + 5000
    while (this.pumping || (this.retry && Date.now() < until)) {
      if (this.pumping) await this.pumping
      else await new Promise((r) => setTimeout(r, GAP_RETRY_MS))
    }
  }

  async prune(olderThan: Date): Promise<number> {
    const r = await this.database.db
      .deleteFrom('realtime_events')
      .where('created_at', '<', olderThan.toISOString())
      .executeTakeFirst()
    return Number(r.numDeletedRows)
  }

  private async catchUp(sub: Subscription, afterSeq: number): Promise<void> {
    try {
      // page by page up to the cursor as it was (live events past it are buffered meanwhile): a
      // client away for long (its instance restarted) misses nothing and gets nothing twice
      const until = sub.cursor
      for (let from = afterSeq; ;) {
        const rows = await this.database.db
          .selectFrom('realtime_events')
          .selectAll()
          .where('seq', '>', from)
          .where('seq', '<=', until)
          .where('channel', 'in', [...sub.channels])
          .orderBy('seq')
          .limit(CATCH_UP_LIMIT)
          .execute()
        for (const r of rows) sub.listener(toEvent(r))
        if (rows.length < CATCH_UP_LIMIT) break
        from = Number(rows[rows.length - 1]!.seq)
      }
    } catch (err) {
      this.log.warn({ err }, 'realtime catch-up failed')
    }
    const buffered = sub.buffer ?? []
    sub.buffer = null
    for (const e of buffered) sub.listener(e)
  }

  private wake(): void {
    if (this.stopped) return
    if (this.pumping) {
      this.pumpAgain = true
      return
    }
    this.pumping = this.pump().finally(() => {
      this.pumping = null
      if (this.pumpAgain) {
        this.pumpAgain = false
        this.wake()
      }
    })
  }

  /** Where the reader reads: its own connection when it has one (see the class comment). */
  private get reader(): Db {
    return this.listenDb ?? this.database.db
  }

  private async pump(): Promise<void> {
    try {
      for (;;) {
        const rows = await this.reader
          .selectFrom('realtime_events')
          .selectAll()
          .where('seq', '>', this.lastSeq)
          .orderBy('seq')
          .limit(READ_LIMIT)
          .execute()
        if (await this.deliver(rows)) return
        if (rows.length < READ_LIMIT) return
      }
    } catch (err) {
      if (!this.stopped) this.log.warn({ err }, 'realtime read failed; retrying on the next poll')
    }
  }

  /** Delivers rows in number order up to the first gap that may still fill; true when it stopped there. */
  private async deliver(rows: Parameters<typeof toEvent>[0][]): Promise<boolean> {
    for (const r of rows) {
      const seq = Number(r.seq)
      if (seq <= this.lastSeq) continue
      while (seq > this.lastSeq + 1) {
        const missing: number[] = []
        for (let k = this.lastSeq + 1; k < seq && missing.length < READ_LIMIT; k++) missing.push(k)
        if (!(await this.abandoned(missing))) return true
        this.lastSeq = missing[missing.length - 1]!
      }
      this.dispatch(toEvent(r))
    }
    return false
  }

  /**
   * Whether these numbers (missing below a visible one) were rolled back: their writers have
   * ended, the rows are still not there, and they have been missing for the grace period. When
   * not, a new read is scheduled (a commit wakes the reader sooner).
   */
  private async abandoned(missing: number[]): Promise<boolean> {
    const db = this.reader
    const running = await this.events.running(db, missing)
    if (running.size === 0) {
      const late = await db
        .selectFrom('realtime_events')
        .select('seq')
        .where('seq', '>=', missing[0]!)
        .where('seq', '<=', missing[missing.length - 1]!)
        .limit(1)
        .execute()
      if (late.length) {
        // committed since the read: read again now, in order
        this.pumpAgain = true
        return false
      }
      const now = Date.now()
      let due = true
      for (const seq of missing) {
        const first = this.gapSeen.get(seq) ?? now
        this.gapSeen.set(seq, first)
        if (now - first < this.events.gapGraceMs) due = false
      }
      if (due) {
        for (const seq of missing) this.gapSeen.delete(seq)
        return true
      }
    }
    if (!this.retry && !this.stopped) {
      this.retry = setTimeout(() => {
        this.retry = null
        this.wake()
      }, GAP_RETRY_MS)
      this.retry.unref()
    }
    return false
  }

  /** A publishing transaction of this instance committed: wake the other instances, and read now. */
  private committed(): void {
    if (this.stopped) return
    // the NOTIFY first: it shares the LISTEN connection with this instance's own read
    this.notifyOthers()
    this.wake()
  }

  private notifyOthers(): void {
    // commits while a notification is on its way share the next one
    if (this.notifying) {
      this.notifyAgain = true
      return
    }
    const client = this.listenClient
    this.notifying = (
      client
        ? client.query('select pg_notify($1, $2)', [this.notifyChannel, ''])
        : this.events.notify(this.database.db)
    )
      .then(() => undefined)
      .catch((err: unknown) => this.log.warn({ err }, 'realtime NOTIFY failed'))
      .finally(() => {
        this.notifying = null
        if (this.notifyAgain && !this.stopped) {
          this.notifyAgain = false
          this.notifyOthers()
        }
      })
  }

  private dispatch(event: ClientEvent): void {
    this.lastSeq = Math.max(this.lastSeq, event.seq)
    if (this.gapSeen.size) this.gapSeen.delete(event.seq)
    for (const sub of this.subs) {
      if (!sub.channels.has(event.channel) || event.seq <= sub.cursor) continue
      sub.cursor = event.seq
      if (sub.buffer) sub.buffer.push(event)
      else {
        try {
          sub.listener(event)
        } catch (err) {
          this.log.warn({ err }, 'realtime listener failed')
        }
      }
    }
  }

  private async listen(): Promise<void> {
    const pool = this.database.pgPool
    if (!pool || this.stopped) return
    try {
      const client = await pool.connect()
      client.on('notification', () => this.wake())
      client.on('error', () => {
        // connection lost: drop it and listen again; the poll covers the gap
        if (this.listenClient === client) {
          this.listenClient = null
          this.listenDb = null
        }
        client.release(true)
        setTimeout(() => void this.listen(), 1000).unref()
      })
      await client.query(`listen ${this.notifyChannel}`)
      this.listenClient = client
      this.listenDb = onConnection(client)
      this.wake()
    } catch (err) {
      this.log.warn({ err }, 'realtime LISTEN failed; retrying')
      setTimeout(() => void this.listen(), 1000).unref()
    }
  }
}

function toEvent(r: {
  seq: number
  channel: string
  type: string
  payload: string
  created_at: string
}): ClientEvent {
  return {
    seq: Number(r.seq),
    channel: r.channel,
    type: r.type as ClientEventType,
    payload: JSON.parse(r.payload) as ClientEvent['payload'],
    at: r.created_at,
  }
}

import type { ClientEvent, ClientEventMap, ClientEventType } from '@yimin/shared'
import type pg from 'pg'
import type { Database, Executor } from '../../db/database'
import { eventSignals } from '../../db/dialect'
import type { Clock } from '../../platform/clock'
import type { Logger } from '../../platform/logger'

type Listener = (event: ClientEvent) => void

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

/**
 * Typed events to browsers, across server instances.
 *
 * `publish` writes the event in the caller's transaction, so an event exists exactly when its
 * cause committed. Each instance reads new rows in sequence order and hands them to its local
 * subscribers (the SSE connections). On PostgreSQL, publishers take a transaction-scoped
 * advisory lock before taking a sequence number, so numbers become visible in order and a
 * reader never skips a row that commits late; NOTIFY (sent at commit) wakes every instance.
 * A one-second poll covers a lost notification or a LISTEN connection being re-established.
 * On SQLite (one instance) the publisher wakes the local reader directly.
 */
export class EventBus {
  private readonly subs = new Set<Subscription>()
  private lastSeq = 0
  private pumping: Promise<void> | null = null
  private pumpAgain = false
  private poll: NodeJS.Timeout | null = null
  private listenClient: pg.PoolClient | null = null
  private stopped = true
  private readonly notifyChannel: string
  private readonly signals: ReturnType<typeof eventSignals>

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    this.notifyChannel = `yimin_rt_${database.pgSchema ?? 'public'}`
    this.signals = eventSignals(database.db, REALTIME_LOCK_KEY, this.notifyChannel)
  }

  async start(): Promise<void> {
    this.stopped = false
    const row = await this.database.db
      .selectFrom('realtime_events')
      .select((eb) => eb.fn.max('seq').as('max'))
      .executeTakeFirst()
    this.lastSeq = Number(row?.max ?? 0)
    if (this.signals.listens) await this.listen()
    this.poll = setInterval(() => this.wake(), POLL_MS)
    this.poll.unref()
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.poll) clearInterval(this.poll)
    this.poll = null
    const client = this.listenClient
    this.listenClient = null
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
      // the ordering lock below only holds inside a transaction
      await this.database.db.transaction().execute((t) => this.publish(t, channel, type, payload))
      return
    }
    await this.signals.beforeWrite(tx)
    await tx
      .insertInto('realtime_events')
      .values({
        channel,
        type,
        payload: JSON.stringify(payload),
        created_at: this.clock.now().toISOString(),
      } as never)
      .execute()
    await this.signals.afterWrite(tx, () => this.wake())
  }

  /**
   * Calls `listener` for each event on `channels` committed after `afterSeq` (catch-up from
   * the store, then live). With afterSeq null only new events are delivered.
   */
  subscribe(channels: string[], afterSeq: number | null, listener: Listener): () => void {
    const sub: Subscription = { channels: new Set(channels), listener, cursor: this.lastSeq, buffer: null }
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
    while (this.pumping) await this.pumping
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
      const rows = await this.database.db
        .selectFrom('realtime_events')
        .selectAll()
        .where('seq', '>', afterSeq)
        .where('seq', '<=', sub.cursor)
        .where('channel', 'in', [...sub.channels])
        .orderBy('seq')
        .limit(CATCH_UP_LIMIT)
        .execute()
      for (const r of rows) sub.listener(toEvent(r))
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

  private async pump(): Promise<void> {
    try {
      for (;;) {
        const rows = await this.database.db
          .selectFrom('realtime_events')
          .selectAll()
          .where('seq', '>', this.lastSeq)
          .orderBy('seq')
          .limit(1000)
          .execute()
        for (const r of rows) this.dispatch(toEvent(r))
        if (rows.length < 1000) return
      }
    } catch (err) {
      if (!this.stopped) this.log.warn({ err }, 'realtime read failed; retrying on the next poll')
    }
  }

  private dispatch(event: ClientEvent): void {
    this.lastSeq = Math.max(this.lastSeq, event.seq)
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
        if (this.listenClient === client) this.listenClient = null
        client.release(true)
        setTimeout(() => void this.listen(), 1000).unref()
      })
      await client.query(`listen ${this.notifyChannel}`)
      this.listenClient = client
      this.wake()
    } catch (err) {
      this.log.warn({ err }, 'realtime LISTEN failed; retrying')
      setTimeout(() => void this.listen(), 1000).unref()
    }
  }
}

/** Any constant: the advisory lock that orders realtime sequence numbers with commits. */
const REALTIME_LOCK_KEY = 7_110_917

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

// The scale-out bench's view of PostgreSQL for one run (its instances connect with
// `application_name` = appName, on `schema`): lock waits sampled from pg_stat_activity, the
// waiting line cut before each workload, and a wait until the run's connections are idle.
import pg from 'pg'

export function scaleRun(PG_URL: string, appName: string, schema: string, LINE: number | null) {
  /** Lock waits seen in pg_stat_activity for this run's connections, by what they wait on. */
  function startSampler() {
    const client = new pg.Client({ connectionString: PG_URL })
    const waits = new Map<string, number>()
    let samples = 0
    let busy = 0
    let running = true
    const done = (async () => {
      await client.connect()
      while (running) {
        const r = await client.query<{
          wait_event_type: string | null
          wait_event: string | null
          q: string
        }>(
          `select wait_event_type, wait_event, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as q
           from pg_stat_activity where application_name = $1 and state = 'active'`,
          [appName],
        )
        samples++
        busy += r.rows.length
        for (const row of r.rows) {
          if (row.wait_event_type !== 'Lock') continue
          const key = `${row.wait_event}: ${row.q}`
          waits.set(key, (waits.get(key) ?? 0) + 1)
        }
        await new Promise((res) => setTimeout(res, 20))
      }
      await client.end()
    })()
    return {
      reset() {
        waits.clear()
        samples = 0
        busy = 0
      },
      snapshot() {
        return { samples, busy, waits: [...waits.entries()].sort((a, b) => b[1] - a[1]) }
      },
      async stop() {
        running = false
        await done
      },
    }
  }

  /** Cancels all but each category's LINE newest waiting tickets (see LINE in scale-out.bench.ts). */
  async function cutLine() {
    if (LINE === null) return
    const client = new pg.Client({ connectionString: PG_URL })
    await client.connect()
    try {
      await client.query(
        `update ${schema}.queue_tickets set status = 'cancelled' where status = 'issued' and id not in (
           select id from (
             select id, row_number() over (partition by category_id order by arrived_at desc) as place
             from ${schema}.queue_tickets where status = 'issued') newest
           where place <= $1)`,
        [LINE],
      )
    } finally {
      await client.end()
    }
  }

  /** Waits until this run's connections are idle (requests of the previous workload still queued). */
  async function settle() {
    const client = new pg.Client({ connectionString: PG_URL })
    await client.connect()
    try {
      for (let i = 0; i < 200; i++) {
        const r = await client.query(
          `select count(*)::int as n from pg_stat_activity where application_name = $1 and state <> 'idle'`,
          [appName],
        )
        if (r.rows[0].n === 0) return
        await new Promise((res) => setTimeout(res, 50))
      }
    } finally {
      await client.end()
    }
  }

  return { startSampler, cutLine, settle }
}

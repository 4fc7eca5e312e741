import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { PG_TEST_URL } from '../support/test-app'
import { spawnTs, startServer, waitUntil } from '../support/server-process'

/**
 * Nothing acknowledged is lost: real processes, killed with SIGKILL, restarted on the same
 * database. Runs on SQLite and, when reachable (always in CI), PostgreSQL.
 */
const databases = ['sqlite', 'postgres'] as const

for (const kind of databases) {
  const unavailable = kind === 'postgres' && !inject('isPgAvailable')
  describe.skipIf(unavailable)(`kill -9 on ${kind}`, () => {
    const setup = async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-fault-'))
      const schema = `f_${randomBytes(5).toString('hex')}`
      const env: Record<string, string> =
        kind === 'sqlite'
          ? { DATA_DIR: dir, DATABASE_URL: path.join(dir, 'yimin.db') }
          : { DATA_DIR: dir, DATABASE_URL: PG_TEST_URL, PG_SCHEMA: schema }
      const query = async (sqlText: string, params: unknown[] = []) => {
        if (kind === 'sqlite') {
          const { default: Database } = await import('better-sqlite3')
          const db = new Database(env.DATABASE_URL!, { readonly: true })
          try {
            return db.prepare(sqlText.replace(/\$\d+/g, '?')).all(...params) as Array<Record<string, unknown>>
          } finally {
            db.close()
          }
        }
        const client = new pg.Client({ connectionString: PG_TEST_URL, options: `-c search_path=${schema}` })
        await client.connect()
        try {
          return (await client.query(sqlText, params)).rows as Array<Record<string, unknown>>
        } finally {
          await client.end()
        }
      }
      const cleanup = async () => {
        fs.rmSync(dir, { recursive: true, force: true })
        if (kind === 'postgres') {
          const client = new pg.Client({ connectionString: PG_TEST_URL })
          await client.connect()
          await client.query(`drop schema if exists ${schema} cascade`)
          await client.end()
        }
      }
      return { env, query, cleanup }
    }

    it('sends a message whose transaction committed just before the process was killed', async () => {
      const { env, query, cleanup } = await setup()
      try {
        const hang = await spawnTs(
          'apps/server/test/fault/queue-then-hang.ts',
          { ...env, CAUSE_KEY: 'k9' },
          (out) => out.includes('COMMITTED k9'),
        )
        await hang.stop('SIGKILL')
        expect((await query(`select status from sms_messages where cause_key = $1`, ['k9']))[0]?.status).toBe(
          'queued',
        )
        const server = await startServer(env)
        try {
          const row = await waitUntil(
            async () => {
              const rows = await query(`select status from sms_messages where cause_key = $1`, ['k9'])
              return rows[0]?.status === 'delivered' ? rows[0] : null
            },
            20_000,
            'the message to be delivered',
          )
          expect(row.status).toBe('delivered')
        } finally {
          await server.stop()
        }
      } finally {
        await cleanup()
      }
    })

    it('keeps every acknowledged write through a kill -9 under load, and resumes', async () => {
      const { env, query, cleanup } = await setup()
      try {
        const server = await startServer(env)
        const acknowledged: string[] = []
        let stop = false
        const writer = (async () => {
          let i = 0
          while (!stop) {
            const phone = `1390000${String(i % 10_000).padStart(4, '0')}`
            i++
            try {
              const res = await fetch(`${server.url}/api/v1/virtual-phone/numbers/${phone}/replies`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ body: `reply ${i}` }),
              })
              if (res.status === 200) acknowledged.push(((await res.json()) as { id: string }).id)
            } catch {
              // the server died mid-request: not acknowledged, nothing promised
            }
          }
        })()
        await waitUntil(async () => acknowledged.length >= 150, 30_000, '150 acknowledged writes')
        await server.stop('SIGKILL')
        stop = true
        await writer
        const restarted = await startServer(env)
        try {
          const rows = await query(`select id from sms_inbound`)
          const stored = new Set(rows.map((r) => r.id as string))
          const lost = acknowledged.filter((id) => !stored.has(id))
          expect(lost).toEqual([])
          const ready = await fetch(`${restarted.url}/readyz`)
          expect(ready.status).toBe(200)
        } finally {
          await restarted.stop()
        }
      } finally {
        await cleanup()
      }
    })
  })
}

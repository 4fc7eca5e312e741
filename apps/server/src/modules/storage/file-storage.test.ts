import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { LocalFileStorage } from './file-storage'

describe('LocalFileStorage', () => {
  const dirs: string[] = []
  const storage = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yimin-files-'))
    dirs.push(dir)
    return { dir, store: new LocalFileStorage(dir) }
  }
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
  })

  it('stores content under its SHA-256 and reads it back', async () => {
    const { store } = storage()
    const content = Buffer.from('营业执照副本')
    const saved = await store.put(content)
    expect(saved).toEqual({ key: createHash('sha256').update(content).digest('hex'), size: content.length })
    expect(await text(await store.get(saved.key))).toBe('营业执照副本')
    expect(await store.exists(saved.key)).toBe(true)
  })

  it('stores the same bytes once, from a buffer or a stream', async () => {
    const { dir, store } = storage()
    const a = await store.put(Buffer.from('same'))
    const b = await store.put(Readable.from([Buffer.from('sa'), Buffer.from('me')]))
    expect(b.key).toBe(a.key)
    const files = fs
      .readdirSync(path.join(dir, 'objects'), { recursive: true })
      .filter((f) => String(f).endsWith(a.key))
    expect(files).toHaveLength(1)
  })

  it('refuses a stream over the size limit and leaves nothing behind', async () => {
    const { dir, store } = storage()
    const big = Readable.from(
      (function* () {
        for (let i = 0; i < 20; i++) yield Buffer.alloc(1024, 1)
      })(),
    )
    await expect(store.put(big, { maxBytes: 10_000 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' })
    expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([])
    expect(fs.existsSync(path.join(dir, 'objects'))).toBe(false)
  })

  it('never resolves a key outside its directory', async () => {
    const { store } = storage()
    await expect(store.get('../../etc/passwd')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' })
    expect(await store.exists('../x')).toBe(false)
    await expect(store.get('0'.repeat(64))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' })
  })

  it('deletes content, but keeps content written again within the grace period', async () => {
    const { dir, store } = storage()
    const a = await store.put(Buffer.from('委托书'))
    expect(await store.delete(a.key, { keepIfWrittenWithinMs: 60_000 })).toBe(false)
    expect(await store.exists(a.key)).toBe(true)
    // written two minutes ago, then stored again by a new upload of the same bytes
    const file = fs
      .readdirSync(path.join(dir, 'objects'), { recursive: true })
      .map(String)
      .find((f) => f.endsWith(a.key))!
    const old = new Date(Date.now() - 120_000)
    fs.utimesSync(path.join(dir, 'objects', file), old, old)
    await store.put(Buffer.from('委托书'))
    expect(await store.delete(a.key, { keepIfWrittenWithinMs: 60_000 })).toBe(false)
    fs.utimesSync(path.join(dir, 'objects', file), old, old)
    expect(await store.delete(a.key, { keepIfWrittenWithinMs: 60_000 })).toBe(true)
    expect(await store.exists(a.key)).toBe(false)
    expect(await store.delete(a.key)).toBe(false)
  })
})

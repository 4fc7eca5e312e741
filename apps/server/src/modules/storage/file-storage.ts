import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Readable } from 'node:stream'
import { AppError } from '../../platform/errors'

export interface StoredFile {
  /** sha256 of the content, hex: the file's address */
  key: string
  size: number
}

/**
 * Where uploaded files live. Content-addressed: the same bytes are stored once and a key
 * can never name other content. Local directory by default; a shared volume when several
 * instances run (point STORAGE_DIR at it).
 */
export interface FileStorage {
  put(content: Buffer | Readable, options?: { maxBytes?: number }): Promise<StoredFile>
  get(key: string): Promise<Readable>
  exists(key: string): Promise<boolean>
  /**
   * Removes the content; true when it was there and is gone. With `keepIfWrittenWithinMs`, content
   * written (or written again: the same bytes stored anew) that recently stays: a caller who
   * checked that nothing refers to it may be racing an upload of the same bytes whose record is
   * not written yet.
   */
  delete(key: string, options?: { keepIfWrittenWithinMs?: number }): Promise<boolean>
}

const KEY = /^[0-9a-f]{64}$/

export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(content: Buffer | Readable, options: { maxBytes?: number } = {}): Promise<StoredFile> {
    const tmpDir = path.join(this.root, 'tmp')
    await fsp.mkdir(tmpDir, { recursive: true })
    const tmp = path.join(tmpDir, randomBytes(12).toString('hex'))
    const hash = createHash('sha256')
    let size = 0
    const max = options.maxBytes ?? Number.POSITIVE_INFINITY
    try {
      if (Buffer.isBuffer(content)) {
        if (content.length > max)
          throw new AppError('FILE_TOO_LARGE', 'the file is too large', { maxBytes: max })
        hash.update(content)
        size = content.length
        await fsp.writeFile(tmp, content, { flag: 'wx' })
      } else {
        const out = fs.createWriteStream(tmp, { flags: 'wx' })
        await pipeline(
          content,
          async function* (source: AsyncIterable<Buffer>) {
            for await (const chunk of source) {
              size += chunk.length
              if (size > max) throw new AppError('FILE_TOO_LARGE', 'the file is too large', { maxBytes: max })
              hash.update(chunk)
              yield chunk
            }
          },
          out,
        )
      }
      const key = hash.digest('hex')
      const target = this.pathOf(key)
      await fsp.mkdir(path.dirname(target), { recursive: true })
      // rename is atomic: a reader never sees half a file; the same content may be renamed twice harmlessly
      await fsp.rename(tmp, target)
      return { key, size }
    } catch (err) {
      await fsp.rm(tmp, { force: true })
      throw err
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key)
    try {
      await fsp.access(file)
    } catch {
      throw new AppError('FILE_NOT_FOUND', 'no such file')
    }
    return fs.createReadStream(file)
  }

  async exists(key: string): Promise<boolean> {
    if (!KEY.test(key)) return false
    try {
      await fsp.access(this.pathOf(key))
      return true
    } catch {
      return false
    }
  }

  async delete(key: string, options: { keepIfWrittenWithinMs?: number } = {}): Promise<boolean> {
    const file = this.pathOf(key)
    let written: number
    try {
      written = (await fsp.stat(file)).mtimeMs
    } catch {
      return false
    }
    // the file system's own time: a put renames freshly written bytes over the old file
    if (options.keepIfWrittenWithinMs && Date.now() - written < options.keepIfWrittenWithinMs) return false
    await fsp.rm(file, { force: true })
    return true
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new AppError('FILE_NOT_FOUND', 'no such file')
    return path.join(this.root, 'objects', key.slice(0, 2), key.slice(2, 4), key)
  }
}

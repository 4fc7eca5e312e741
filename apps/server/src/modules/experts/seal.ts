import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Sealing of a draw's bidder avoidance list until the opening: AES-256-GCM under a key kept in
 * a file of the data directory (0600), never in the database, so a read of the database before
 * the opening does not tell who the bidders are. The SHA-256 of the plaintext goes into the
 * project's chain, so the list revealed after the opening is the one the draw used.
 */
export interface Sealer {
  seal(plaintext: string): string
  unseal(sealed: string): string
}

export const sealDigest = (plaintext: string) => createHash('sha256').update(plaintext).digest('hex')

export function createSealer(key: Buffer): Sealer {
  if (key.length !== 32) throw new Error('the seal key must be 32 bytes')
  return {
    seal(plaintext) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      return [
        'v1',
        iv.toString('base64'),
        cipher.getAuthTag().toString('base64'),
        body.toString('base64'),
      ].join('.')
    },
    unseal(sealed) {
      const [v, iv, tag, body] = sealed.split('.')
      if (v !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed value')
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'))
      decipher.setAuthTag(Buffer.from(tag, 'base64'))
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8')
    },
  }
}

/** The seal key of this installation: read from `<dataDir>/keys/expert-seal.key`, created once. */
export function loadSealKey(dataDir: string): Buffer {
  const file = path.join(dataDir, 'keys', 'expert-seal.key')
  try {
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const key = randomBytes(32)
  try {
    fs.writeFileSync(file, key.toString('base64'), { mode: 0o600, flag: 'wx' })
    return key
  } catch (err) {
    // another process created it first
    if ((err as NodeJS.ErrnoException).code === 'EEXIST')
      return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64')
    throw err
  }
}

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Secrets kept in the database encrypted at rest (AES-256-GCM), e.g. staff TOTP secrets. The key
 * is derived (HKDF-SHA256, one key per purpose) from SECRET_KEY; production refuses to start
 * without it (config.ts). A demo generates one on first start and keeps it in the data directory.
 */
export class SecretBox {
  private readonly key: Buffer

  constructor(master: string, purpose: string) {
    this.key = Buffer.from(hkdfSync('sha256', master, 'yimin', purpose, 32))
  }

  /** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
  seal(plain: Buffer): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    const body = Buffer.concat([cipher.update(plain), cipher.final()])
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.')
  }

  /** Throws when the text was not sealed with this key (or was altered). */
  open(sealed: string): Buffer {
    const [version, iv, tag, body] = sealed.split('.')
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed secret')
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()])
  }
}

export const DEMO_KEY_FILE = 'secret.key'

/** The configured master key, or (demo mode only) one generated once into the data directory. */
export function masterKey(configured: string | null, dataDir: string): string {
  if (configured) return configured
  const file = path.join(dataDir, DEMO_KEY_FILE)
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir, { recursive: true })
    const key = randomBytes(32).toString('base64url')
    try {
      fs.writeFileSync(file, key + '\n', { mode: 0o600, flag: 'wx' })
      return key
    } catch {
      return fs.readFileSync(file, 'utf8').trim() // another process wrote it first
    }
  }
}

import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { receiptBytes, type BidReceipt } from '@yimin/shared'

/**
 * The center's Ed25519 key that signs bid receipts. Kept in the data directory (PKCS#8 PEM,
 * readable by the server's user only) and made on first use; its public key is published.
 */
export class ReceiptSigner {
  private key: KeyObject | null = null
  private pub: string | null = null

  constructor(private readonly file: string) {}

  static inDataDir(dataDir: string): ReceiptSigner {
    return new ReceiptSigner(path.join(dataDir, 'bid-receipt-key.pem'))
  }

  private load(): KeyObject {
    if (this.key) return this.key
    let pem: string
    try {
      pem = fs.readFileSync(this.file, 'utf8')
    } catch {
      const { privateKey } = generateKeyPairSync('ed25519')
      pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
      fs.mkdirSync(path.dirname(this.file), { recursive: true })
      try {
        fs.writeFileSync(this.file, pem, { mode: 0o600, flag: 'wx' })
      } catch {
        // another instance wrote it first: use theirs
        pem = fs.readFileSync(this.file, 'utf8')
      }
    }
    this.key = createPrivateKey(pem)
    return this.key
  }

  /** The public key, raw 32 bytes as hex (what the bidder's browser verifies with). */
  publicKeyHex(): string {
    if (!this.pub) {
      const der = createPublicKey(this.load()).export({ format: 'der', type: 'spki' })
      this.pub = Buffer.from(der).subarray(-32).toString('hex')
    }
    return this.pub
  }

  sign(receipt: BidReceipt): string {
    return sign(null, receiptBytes(receipt), this.load()).toString('base64')
  }
}

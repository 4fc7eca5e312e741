/**
 * Incremental SHA-256 (FIPS 180-4) in plain TypeScript: the browser hashes a bid's files chunk by
 * chunk (Web Crypto only hashes whole buffers), so a file of hundreds of megabytes is never held
 * whole. The server and the tests check it against node:crypto.
 */
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
])

export class Sha256 {
  private readonly h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ])
  private readonly block = new Uint8Array(64)
  private readonly w = new Uint32Array(64)
  private blockLen = 0
  private total = 0
  private done = false

  update(data: Uint8Array): this {
    if (this.done) throw new Error('sha256: already finished')
    let i = 0
    this.total += data.length
    if (this.blockLen > 0) {
      const take = Math.min(64 - this.blockLen, data.length)
      this.block.set(data.subarray(0, take), this.blockLen)
      this.blockLen += take
      i = take
      if (this.blockLen < 64) return this
      this.compress(this.block, 0)
      this.blockLen = 0
    }
    for (; i + 64 <= data.length; i += 64) this.compress(data, i)
    if (i < data.length) {
      this.block.set(data.subarray(i), 0)
      this.blockLen = data.length - i
    }
    return this
  }

  digest(): Uint8Array {
    if (this.done) throw new Error('sha256: already finished')
    const bits = this.total * 8
    const pad = new Uint8Array((this.blockLen < 56 ? 56 : 120) - this.blockLen + 8)
    pad[0] = 0x80
    const view = new DataView(pad.buffer)
    view.setUint32(pad.length - 8, Math.floor(bits / 2 ** 32))
    view.setUint32(pad.length - 4, bits >>> 0)
    this.total -= pad.length // update() counts the padding; the length is already written
    this.update(pad)
    this.done = true
    const out = new Uint8Array(32)
    const o = new DataView(out.buffer)
    for (let j = 0; j < 8; j++) o.setUint32(j * 4, this.h[j]!)
    return out
  }

  hex(): string {
    return toHex(this.digest())
  }

  private compress(b: Uint8Array, off: number): void {
    const w = this.w
    for (let t = 0; t < 16; t++)
      w[t] =
        (b[off + t * 4]! << 24) |
        (b[off + t * 4 + 1]! << 16) |
        (b[off + t * 4 + 2]! << 8) |
        b[off + t * 4 + 3]!
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!
      const y = w[t - 2]!
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0
    }
    let [a, b2, c, d, e, f, g, h] = this.h as unknown as number[]
    for (let t = 0; t < 64; t++) {
      const S1 = ((e! >>> 6) | (e! << 26)) ^ ((e! >>> 11) | (e! << 21)) ^ ((e! >>> 25) | (e! << 7))
      const ch = (e! & f!) ^ (~e! & g!)
      const t1 = (h! + S1 + ch + K[t]! + w[t]!) | 0
      const S0 = ((a! >>> 2) | (a! << 30)) ^ ((a! >>> 13) | (a! << 19)) ^ ((a! >>> 22) | (a! << 10))
      const maj = (a! & b2!) ^ (a! & c!) ^ (b2! & c!)
      const t2 = (S0 + maj) | 0
      h = g
      g = f
      f = e
      e = (d! + t1) | 0
      d = c
      c = b2
      b2 = a
      a = (t1 + t2) | 0
    }
    const H = this.h
    H[0] = (H[0]! + a!) | 0
    H[1] = (H[1]! + b2!) | 0
    H[2] = (H[2]! + c!) | 0
    H[3] = (H[3]! + d!) | 0
    H[4] = (H[4]! + e!) | 0
    H[5] = (H[5]! + f!) | 0
    H[6] = (H[6]! + g!) | 0
    H[7] = (H[7]! + h!) | 0
  }
}

export function toHex(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += b.toString(16).padStart(2, '0')
  return s
}

export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new Error('not hex')
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

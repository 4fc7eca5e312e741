import { createHash } from 'node:crypto'

/**
 * The tamper-evident event history (PRODUCT.md §4), pure. Each case's events form a hash chain:
 * an event's hash covers its fields and the previous event's hash, so editing, deleting or
 * reordering an event breaks every hash after it. Truncating the tail or deleting a whole case
 * leaves a valid-looking shorter chain; sealed checkpoints (kept apart from the rows) record
 * each chain's head as of a moment, and verification compares with them.
 * SHA-256 by default; SM3 (GB/T 32905) for national-crypto deployments.
 */
export const hashAlgorithms = ['sha256', 'sm3'] as const
export type HashAlgorithm = (typeof hashAlgorithms)[number]

export const GENESIS_HASH = '0'.repeat(64)

/** The fields an event's hash covers, in a fixed order. */
export interface ChainedEvent {
  caseId: string
  seq: number
  at: string
  actor: string
  actorRole: string | null
  actorDepartmentId: string | null
  type: string
  fromStatus: string | null
  toStatus: string | null
  reason: string | null
  /** JSON text, hashed as stored */
  data: string
}

export function hashText(algorithm: HashAlgorithm, text: string): string {
  return createHash(algorithm).update(text, 'utf8').digest('hex')
}

export function eventHash(algorithm: HashAlgorithm, prevHash: string, e: ChainedEvent): string {
  const fields = [
    prevHash,
    e.caseId,
    e.seq,
    e.at,
    e.actor,
    e.actorRole,
    e.actorDepartmentId,
    e.type,
    e.fromStatus,
    e.toStatus,
    e.reason,
    e.data,
  ]
  return hashText(algorithm, JSON.stringify(fields))
}

export type ChainProblem =
  | { kind: 'gap'; seq: number; message: string }
  | { kind: 'hash-mismatch'; seq: number; message: string }
  | { kind: 'head-mismatch'; seq: number; message: string }

/**
 * Checks one case's events (sorted by seq): sequence numbers 1..n without gaps, each hash
 * recomputed, and, when known, the head the case row or a checkpoint expects. Each problem names
 * the event at fault: a missing event by its own number (not the ones after it, whose links
 * then cannot be checked), an edited one by its number.
 */
export function verifyChain(
  algorithm: HashAlgorithm,
  events: ReadonlyArray<ChainedEvent & { prevHash: string; hash: string }>,
  expectedHead?: { seq: number; hash: string },
): ChainProblem[] {
  const problems: ChainProblem[] = []
  let prev = GENESIS_HASH
  let expected = 1
  for (const e of events) {
    for (; expected < e.seq; expected++)
      problems.push({ kind: 'gap', seq: expected, message: `event ${expected} is missing` })
    const afterGap = problems.some((p) => p.kind === 'gap' && p.seq === e.seq - 1)
    if (!afterGap && e.prevHash !== prev)
      problems.push({ kind: 'hash-mismatch', seq: e.seq, message: 'previous hash does not match' })
    if (eventHash(algorithm, e.prevHash, e) !== e.hash)
      problems.push({ kind: 'hash-mismatch', seq: e.seq, message: 'event content does not match its hash' })
    prev = e.hash
    expected = e.seq + 1
  }
  if (expectedHead) {
    const at = events.find((e) => e.seq === expectedHead.seq)
    if (!at && expectedHead.seq >= expected)
      problems.push({
        kind: 'head-mismatch',
        seq: expectedHead.seq,
        message: `event ${expectedHead.seq} is missing (truncated)`,
      })
    else if (at && at.hash !== expectedHead.hash)
      problems.push({
        kind: 'head-mismatch',
        seq: expectedHead.seq,
        message: `event ${expectedHead.seq} differs from the recorded head`,
      })
  }
  return problems
}

export interface CheckpointHead {
  caseId: string
  seq: number
  hash: string
}

/**
 * Seals a checkpoint: the heads of the chains that moved since the previous checkpoint, sorted,
 * hashed together with the previous checkpoint's seal, so checkpoints themselves form a chain.
 */
export function sealCheckpoint(
  algorithm: HashAlgorithm,
  prevSeal: string,
  at: string,
  heads: readonly CheckpointHead[],
): string {
  const sorted = [...heads].sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0))
  return hashText(algorithm, JSON.stringify([prevSeal, at, sorted.map((h) => [h.caseId, h.seq, h.hash])]))
}

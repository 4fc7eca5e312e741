import { describe, expect, it } from 'vitest'
import {
  eventHash,
  GENESIS_HASH,
  sealCheckpoint,
  verifyChain,
  type ChainedEvent,
  type HashAlgorithm,
} from './event-chain'

function chain(algorithm: HashAlgorithm, n: number) {
  const events: Array<ChainedEvent & { prevHash: string; hash: string }> = []
  let prev = GENESIS_HASH
  for (let seq = 1; seq <= n; seq++) {
    const e: ChainedEvent = {
      caseId: 'c1',
      seq,
      at: `2026-03-02T02:0${seq}:00.000Z`,
      actor: 'staff:u1',
      actorRole: 'clerk',
      actorDepartmentId: 'd1',
      type: seq === 1 ? 'received' : 'note',
      fromStatus: null,
      toStatus: 'received',
      reason: null,
      data: JSON.stringify({ n: seq }),
    }
    const hash = eventHash(algorithm, prev, e)
    events.push({ ...e, prevHash: prev, hash })
    prev = hash
  }
  return events
}

describe.each(['sha256', 'sm3'] as const)('event chain with %s', (algorithm) => {
  it('verifies an intact chain and its sealed head', () => {
    const events = chain(algorithm, 4)
    expect(verifyChain(algorithm, events, { seq: 4, hash: events[3]!.hash })).toEqual([])
    expect(events[0]!.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('detects an edited event', () => {
    const events = chain(algorithm, 4)
    events[1] = { ...events[1]!, reason: '改过的理由' }
    expect(verifyChain(algorithm, events).map((p) => [p.kind, p.seq])).toEqual([['hash-mismatch', 2]])
  })

  it('detects a deleted event', () => {
    const events = chain(algorithm, 4)
    events.splice(1, 1)
    // named once, by its own number (the next event's link cannot be checked without it)
    expect(verifyChain(algorithm, events).map((p) => [p.kind, p.seq])).toEqual([['gap', 2]])
    expect(verifyChain(algorithm, events, { seq: 4, hash: events[2]!.hash })).toEqual([
      { kind: 'gap', seq: 2, message: 'event 2 is missing' },
    ])
  })

  it('detects a truncated tail against the sealed head', () => {
    const events = chain(algorithm, 4)
    const head = { seq: 4, hash: events[3]!.hash }
    expect(verifyChain(algorithm, events.slice(0, 3))).toEqual([])
    expect(verifyChain(algorithm, events.slice(0, 3), head)[0]?.kind).toBe('head-mismatch')
  })

  it('seals checkpoints independent of head order and chained to the previous seal', () => {
    const a = sealCheckpoint(algorithm, GENESIS_HASH, 't', [
      { caseId: 'b', seq: 2, hash: 'x' },
      { caseId: 'a', seq: 1, hash: 'y' },
    ])
    const b = sealCheckpoint(algorithm, GENESIS_HASH, 't', [
      { caseId: 'a', seq: 1, hash: 'y' },
      { caseId: 'b', seq: 2, hash: 'x' },
    ])
    expect(a).toBe(b)
    expect(sealCheckpoint(algorithm, a, 't', [])).not.toBe(
      sealCheckpoint(algorithm, b.replace(/^./, '0'), 't', []),
    )
  })
})

import { describe, expect, it } from 'vitest'
import {
  maxPendingCalls,
  VoiceQueue,
  type AudioLike,
  type Timers,
} from '../src/screens/hall-display/voice-queue'

class FakeAudio implements AudioLike {
  src = ''
  played: string[] = []
  refuse: string | null = null
  private listeners: Record<string, Array<() => void>> = {}
  play() {
    if (this.refuse) return Promise.reject(Object.assign(new Error('blocked'), { name: this.refuse }))
    this.played.push(this.src)
    return Promise.resolve()
  }
  addEventListener(type: string, l: () => void) {
    ;(this.listeners[type] ??= []).push(l)
  }
  fire(type: 'ended' | 'error') {
    for (const l of this.listeners[type] ?? []) l()
  }
}

const noTimers: Timers = { set: () => 0, clear: () => undefined }
const tick = () => new Promise((r) => setTimeout(r, 0))

describe('the voice queue of the hall display', () => {
  it('plays one call’s segments in order, then the next call, never two at once', async () => {
    const audio = new FakeAudio()
    const q = new VoiceQueue(audio, () => undefined, noTimers)
    q.enqueue(['a1', 'a2'])
    q.enqueue(['b1'])
    await tick()
    expect(audio.played).toEqual(['a1'])
    audio.fire('ended')
    audio.fire('ended')
    await tick()
    expect(audio.played).toEqual(['a1', 'a2', 'b1'])
  })

  it('skips a segment that fails to load', async () => {
    const audio = new FakeAudio()
    const q = new VoiceQueue(audio, () => undefined, noTimers)
    q.enqueue(['a1', 'a2'])
    audio.fire('error')
    await tick()
    expect(audio.played).toEqual(['a1', 'a2'])
  })

  it('waits when autoplay is blocked and speaks the whole call after a tap', async () => {
    const audio = new FakeAudio()
    const states: boolean[] = []
    const q = new VoiceQueue(audio, (b) => states.push(b), noTimers)
    audio.refuse = 'NotAllowedError'
    q.enqueue(['a1', 'a2'])
    await tick()
    expect(q.blocked).toBe(true)
    audio.refuse = null
    q.unlock('silence')
    await tick()
    audio.fire('ended')
    await tick()
    expect(audio.played).toEqual(['a1', 'a2'])
    expect(states).toEqual([true, false])
  })

  it('primes the element with silence when unlocked with nothing to say, and drops the oldest calls beyond the limit', async () => {
    const audio = new FakeAudio()
    const q = new VoiceQueue(audio, () => undefined, noTimers)
    q.unlock('silence')
    for (let i = 0; i < maxPendingCalls + 3; i++) q.enqueue([`c${i}`])
    for (let i = 0; i < maxPendingCalls + 3; i++) audio.fire('ended')
    await tick()
    expect(audio.played[0]).toBe('silence')
    expect(audio.played.slice(1)).toEqual(Array.from({ length: maxPendingCalls }, (_, i) => `c${i + 3}`))
  })
})

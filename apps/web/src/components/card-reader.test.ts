import { residentIdCheckChar } from '@yimin/shared'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseCardRead, readCard } from './card-reader'

const first17 = '65010219500101123'
const idNumber = `${first17}${residentIdCheckChar(first17)}`

describe('parseCardRead', () => {
  it('takes a valid ID number and the name', () => {
    expect(parseCardRead({ idNumber: ` ${idNumber.toLowerCase()} `, name: '阿依古丽' })).toEqual({
      idNumber,
      name: '阿依古丽',
    })
    expect(parseCardRead({ idNumber })).toEqual({ idNumber, name: null })
  })

  it('refuses a wrong check digit, a missing number or another shape', () => {
    const wrong = `${first17}${residentIdCheckChar(first17) === '1' ? '2' : '1'}`
    expect(parseCardRead({ idNumber: wrong })).toBeNull()
    expect(parseCardRead({ name: 'x' })).toBeNull()
    expect(parseCardRead('650102…')).toBeNull()
    expect(parseCardRead(null)).toBeNull()
  })
})

describe('readCard', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('polls while no card lies on the reader (204), then answers the card', async () => {
    const answers = [
      new Response(null, { status: 204 }),
      new Response(null, { status: 204 }),
      Response.json({ idNumber, name: '王芳' }),
    ]
    const fetchMock = vi.fn(async () => answers.shift() ?? new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', fetchMock)
    const read = await readCard('http://127.0.0.1:5800/read', {
      signal: new AbortController().signal,
      intervalMs: 1,
    })
    expect(read).toEqual({ idNumber, name: '王芳' })
    expect(fetchMock).toHaveBeenCalledTimes(3)
  })

  it('answers null when no card comes in time, and throws when the bridge fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    )
    expect(
      await readCard('http://127.0.0.1:5800/read', {
        signal: new AbortController().signal,
        intervalMs: 1,
        timeoutMs: 20,
      }),
    ).toBeNull()
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('boom', { status: 500 })),
    )
    await expect(
      readCard('http://127.0.0.1:5800/read', { signal: new AbortController().signal, intervalMs: 1 }),
    ).rejects.toThrow(/500/)
  })
})

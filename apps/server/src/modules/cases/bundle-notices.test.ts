import { describe, expect, it } from 'vitest'
import { bundleReached } from './bundle-notices'

const cases = (...statuses: string[]) => statuses.map((status, i) => ({ id: `c${i}`, status }))

describe('bundleReached', () => {
  it('is accepted once no case of the bundle waits for its intake decision', () => {
    expect(
      bundleReached('accepted', cases('in_progress', 'received'), { id: 'c0', status: 'in_progress' }),
    ).toBe(false)
    expect(
      bundleReached('accepted', cases('in_progress', 'received'), { id: 'c1', status: 'in_progress' }),
    ).toBe(true)
    expect(
      bundleReached('accepted', cases('in_progress', 'correction_requested', 'refused'), {
        id: 'c0',
        status: 'in_progress',
      }),
    ).toBe(false)
  })

  it('is completed once every case is decided (or refused, withdrawn)', () => {
    expect(
      bundleReached('completed', cases('completed', 'in_progress'), { id: 'c0', status: 'completed' }),
    ).toBe(false)
    expect(
      bundleReached('completed', cases('refused', 'in_progress'), { id: 'c1', status: 'completed' }),
    ).toBe(true)
    expect(
      bundleReached('completed', cases('delivered', 'special_procedure'), { id: 'c0', status: 'delivered' }),
    ).toBe(false)
  })
})

import type { CaseDetail } from '@yimin/shared'
import { describe, expect, it } from 'vitest'
import { acceptReadiness } from './accept-readiness'

type Material = CaseDetail['materials'][number]
const material = (position: number, over: Partial<Material> = {}): Material => ({
  position,
  name: { zh: `材料${position + 1}` },
  isRequired: true,
  isDeferrable: false,
  status: 'submitted',
  supplyDueOn: null,
  ...over,
})
const names = (ms: Material[]) => ms.map((m) => m.position)

describe('acceptReadiness', () => {
  it('all required materials in: complete, can accept', () => {
    const r = acceptReadiness([material(0), material(1, { isRequired: false, status: 'missing' })], [])
    expect(r).toMatchObject({ isComplete: true, canAccept: true, blocking: [], undeferred: [] })
  })

  it('a required material missing and not 容缺: neither complete nor acceptable, whatever is ticked', () => {
    const ms = [material(0), material(1, { status: 'missing' })]
    for (const ticked of [[], [1]]) {
      const r = acceptReadiness(ms, ticked)
      expect(r.isComplete).toBe(false)
      expect(r.canAccept).toBe(false)
      expect(names(r.blocking)).toEqual([1])
    }
  })

  it('a missing 容缺 material: acceptable only when ticked as supplied later', () => {
    const ms = [material(0, { isDeferrable: true, status: 'missing' }), material(1)]
    expect(acceptReadiness(ms, [])).toMatchObject({ isComplete: false, canAccept: false })
    expect(names(acceptReadiness(ms, []).undeferred)).toEqual([0])
    expect(acceptReadiness(ms, [0])).toMatchObject({ isComplete: false, canAccept: true, undeferred: [] })
  })

  it('never complete while anything required is missing (the dialog cannot say both)', () => {
    const statuses = ['submitted', 'missing', 'deferred', 'supplied'] as const
    for (const status of statuses)
      for (const isDeferrable of [true, false])
        for (const isRequired of [true, false]) {
          const r = acceptReadiness([material(0, { status, isDeferrable, isRequired })], [])
          expect(r.isComplete && (r.blocking.length > 0 || r.undeferred.length > 0)).toBe(false)
          expect(r.canAccept).toBe(!(isRequired && status === 'missing'))
        }
  })
})

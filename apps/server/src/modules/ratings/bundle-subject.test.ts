import { describe, expect, it } from 'vitest'
import { bundleSubject, type BundleFacts } from './bundle-subject'

const bundle = (cases: BundleFacts['cases']): BundleFacts => ({
  id: 'app-1',
  bundleNumber: 'YJS650100202603020001',
  name: '我要开餐馆',
  leadDepartmentId: 'dept-market',
  cases,
})
const done = (completedAt: string) => ({ status: 'completed', completedAt, phone: '13911112222' })

describe('bundleSubject (one rating per bundle)', () => {
  it('is ratable once every case finished, ending with the last decision, answered for by the lead department', () => {
    expect(
      bundleSubject(
        bundle([
          done('2026-03-05T03:00:00.000Z'),
          { ...done('2026-03-09T03:00:00.000Z'), status: 'delivered' },
        ]),
      ),
    ).toEqual({
      kind: 'bundle',
      id: 'app-1',
      label: 'YJS650100202603020001',
      title: '我要开餐馆',
      departmentId: 'dept-market',
      windowId: null,
      staffId: null,
      endedAt: '2026-03-09T03:00:00.000Z',
      phone: '13911112222',
    })
  })

  it('waits while a case is still open', () => {
    expect(
      bundleSubject(
        bundle([
          done('2026-03-05T03:00:00.000Z'),
          { status: 'in_progress', completedAt: null, phone: '13911112222' },
        ]),
      ),
    ).toBeNull()
  })

  it('counts a withdrawn or refused case as finished, but needs at least one decision', () => {
    expect(
      bundleSubject(
        bundle([
          done('2026-03-05T03:00:00.000Z'),
          { status: 'withdrawn', completedAt: null, phone: '13911112222' },
        ]),
      )?.endedAt,
    ).toBe('2026-03-05T03:00:00.000Z')
    expect(
      bundleSubject(
        bundle([
          { status: 'refused', completedAt: null, phone: '13911112222' },
          { status: 'withdrawn', completedAt: null, phone: '13911112222' },
        ]),
      ),
    ).toBeNull()
    expect(bundleSubject(bundle([]))).toBeNull()
  })
})

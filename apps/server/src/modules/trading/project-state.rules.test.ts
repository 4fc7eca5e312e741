import { describe, expect, it } from 'vitest'
import { canPublish, statusAfter } from './project-state.rules'

describe('project stages and announcements', () => {
  it('publishes nothing before registration, and the opening kind by category', () => {
    expect(canPublish('draft', 'works', 'tender')).toBe(false)
    expect(canPublish('registered', 'works', 'tender')).toBe(true)
    expect(canPublish('registered', 'land', 'tender')).toBe(false)
    expect(canPublish('registered', 'land', 'transfer')).toBe(true)
    expect(canPublish('registered', 'works', 'change')).toBe(false)
  })

  it('moves through publicity to the award; a termination ends it; nothing after', () => {
    expect(canPublish('announced', 'works', 'candidates')).toBe(true)
    expect(canPublish('announced', 'land', 'candidates')).toBe(false)
    expect(statusAfter('announced', 'candidates')).toBe('publicity')
    expect(statusAfter('publicity', 'result')).toBe('awarded')
    expect(statusAfter('announced', 'change')).toBe('announced')
    expect(canPublish('awarded', 'works', 'termination')).toBe(false)
    expect(canPublish('terminated', 'works', 'change')).toBe(false)
  })
})

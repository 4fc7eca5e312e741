import { describe, expect, it } from 'vitest'
import {
  canPublish,
  canPublishForLot,
  isBeforeOpening,
  lotStageAfter,
  statusAfter,
  statusFromLots,
} from './project-state.rules'

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

describe('candidates and results wait for the opening', () => {
  it('holds them back until every lot has opened', () => {
    const openings = ['2026-06-22T02:30:00.000Z', '2026-06-23T02:30:00.000Z']
    expect(isBeforeOpening('candidates', openings, '2026-06-22T03:00:00.000Z')).toBe(true)
    expect(isBeforeOpening('result', openings, '2026-06-23T02:30:00.000Z')).toBe(false)
    expect(isBeforeOpening('change', openings, '2026-06-01T00:00:00.000Z')).toBe(false)
    expect(isBeforeOpening('result', [null], '2026-06-01T00:00:00.000Z')).toBe(false)
  })
})

describe('a project follows its lots', () => {
  it('is awarded when every lot is awarded or failed, in publicity when every running lot is', () => {
    expect(statusFromLots('announced', ['publicity', 'open'])).toBe('announced')
    expect(statusFromLots('announced', ['publicity', 'failed'])).toBe('publicity')
    expect(statusFromLots('publicity', ['awarded', 'publicity'])).toBe('publicity')
    expect(statusFromLots('publicity', ['awarded', 'failed'])).toBe('awarded')
    expect(statusFromLots('announced', ['awarded', 'open', 'failed'])).toBe('announced')
    // in evaluation (评标) once every running lot is past its opening, not while one takes bids
    expect(statusFromLots('announced', ['evaluating', 'open'])).toBe('announced')
    expect(statusFromLots('announced', ['evaluating', 'failed'])).toBe('evaluating')
    expect(statusFromLots('evaluating', ['publicity', 'evaluating'])).toBe('evaluating')
    expect(statusFromLots('evaluating', ['publicity', 'failed'])).toBe('publicity')
  })

  it('fails when every lot failed (流标), then takes a termination; keeps its status outside the lot-driven stages', () => {
    expect(statusFromLots('announced', ['failed', 'failed'])).toBe('failed')
    expect(statusFromLots('evaluating', ['failed'])).toBe('failed')
    expect(statusFromLots('announced', [])).toBe('announced')
    expect(canPublish('failed', 'works', 'termination')).toBe(true)
    expect(canPublish('failed', 'works', 'result')).toBe(false)
    expect(canPublish('failed', 'works', 'tender')).toBe(false)
    expect(statusAfter('failed', 'termination')).toBe('terminated')
    expect(statusFromLots('terminated', ['failed'])).toBe('terminated')
    expect(statusFromLots('terminated', ['awarded'])).toBe('terminated')
    expect(statusFromLots('registered', ['open'])).toBe('registered')
  })

  it('moves a lot by the announcement published for it, once', () => {
    expect(lotStageAfter('candidates')).toBe('publicity')
    expect(lotStageAfter('result')).toBe('awarded')
    expect(lotStageAfter('change')).toBeNull()
    expect(canPublishForLot('open', 'candidates')).toBe(true)
    expect(canPublishForLot('evaluating', 'candidates')).toBe(true)
    expect(canPublishForLot('evaluating', 'result')).toBe(true)
    expect(canPublishForLot('publicity', 'candidates')).toBe(false)
    expect(canPublishForLot('publicity', 'result')).toBe(true)
    expect(canPublishForLot('awarded', 'result')).toBe(false)
    expect(canPublishForLot('failed', 'result')).toBe(false)
  })
})

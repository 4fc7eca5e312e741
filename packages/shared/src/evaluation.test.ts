import { describe, expect, it } from 'vitest'
import { evaluationMethodsFor } from './evaluation'

describe('the evaluation methods a lot may use', () => {
  it('award negotiation and inquiry at the lowest price, and score a consultation', () => {
    expect(evaluationMethodsFor('procurement', 'competitive_negotiation')).toEqual({
      methods: ['lowest_price'],
      basis: '政府采购法 第38条',
    })
    expect(evaluationMethodsFor('procurement', 'inquiry')).toEqual({
      methods: ['lowest_price'],
      basis: '政府采购法 第40条',
    })
    expect(evaluationMethodsFor('procurement', 'competitive_consultation').methods).toEqual(['comprehensive'])
  })

  it('let a tender use either, scoring proposed first', () => {
    expect(evaluationMethodsFor('works', 'open_tender')).toEqual({
      methods: ['comprehensive', 'lowest_price'],
      basis: null,
    })
    expect(evaluationMethodsFor('procurement', 'open_tender').methods).toEqual([
      'comprehensive',
      'lowest_price',
    ])
  })
})

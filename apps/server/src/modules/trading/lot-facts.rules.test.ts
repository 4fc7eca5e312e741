import { describe, expect, it } from 'vitest'
import { checkLotFacts } from './lot-facts.rules'

const none = { awardNoticeOn: null, contractSignedOn: null, contractFiledOn: null, resultReportOn: null }

describe('lot facts', () => {
  it('in order and in the past: no problem', () => {
    expect(
      checkLotFacts(
        {
          awardNoticeOn: '2026-06-01',
          contractSignedOn: '2026-06-20',
          contractFiledOn: '2026-06-25',
          resultReportOn: '2026-06-10',
        },
        '2026-06-30',
      ),
    ).toEqual([])
  })

  it('out of order, missing what they follow, or in the future', () => {
    expect(checkLotFacts({ ...none, contractSignedOn: '2026-06-01' }, '2026-06-30')).toEqual([
      'contract_without_award',
    ])
    expect(checkLotFacts({ ...none, contractFiledOn: '2026-06-01' }, '2026-06-30')).toEqual([
      'filed_without_contract',
    ])
    expect(
      checkLotFacts({ ...none, awardNoticeOn: '2026-06-10', contractSignedOn: '2026-06-09' }, '2026-06-30'),
    ).toEqual(['contract_before_award'])
    expect(
      checkLotFacts(
        {
          ...none,
          awardNoticeOn: '2026-06-10',
          contractSignedOn: '2026-06-12',
          contractFiledOn: '2026-06-11',
        },
        '2026-06-30',
      ),
    ).toEqual(['filed_before_contract'])
    expect(
      checkLotFacts({ ...none, awardNoticeOn: '2026-06-10', resultReportOn: '2026-06-09' }, '2026-06-30'),
    ).toEqual(['report_before_award'])
    expect(checkLotFacts({ ...none, awardNoticeOn: '2026-07-01' }, '2026-06-30')).toEqual(['in_future'])
  })
})

import { describe, expect, it } from 'vitest'
import { parseStatement } from './bank-statement'
import { depositDueOn, lateDeposits } from './deposit-return.rules'

describe('deposit returns (实施条例 第57条)', () => {
  it('are due five calendar days after the signing', () => {
    expect(depositDueOn('2026-06-28')).toBe('2026-07-03')
    const d = [
      { id: 'd1', orgId: 'o1', amountFen: 100, returnedOn: null },
      { id: 'd2', orgId: 'o2', amountFen: 100, returnedOn: '2026-07-03' },
      { id: 'd3', orgId: 'o3', amountFen: 100, returnedOn: '2026-07-04' },
    ]
    expect(lateDeposits(d, '2026-06-28', '2026-07-03').map((x) => x.depositId)).toEqual(['d3'])
    expect(lateDeposits(d, '2026-06-28', '2026-07-04').map((x) => x.depositId)).toEqual(['d1', 'd3'])
    expect(lateDeposits(d, null, '2026-09-01')).toEqual([])
  })
})

describe('bank statement import', () => {
  it('reads credits in fen; reports bad lines by number', () => {
    const ok = parseStatement(
      '\uFEFF日期,时间,付款人代码,付款人,金额,流水号\n2026-06-10,09:30,91650104ma7bdx014x,新疆投标建设有限公司,200000.5,B001\n',
    )
    expect(ok).toEqual({
      lines: [
        {
          line: 2,
          paidAt: '2026-06-10T01:30:00.000Z',
          creditCode: '91650104MA7BDX014X',
          payerName: '新疆投标建设有限公司',
          amountFen: 20_000_050,
          bankRef: 'B001',
        },
      ],
      problems: [],
    })
    const bad = parseStatement(
      '2026-06-10,09:30,X,Y,1e5,B1\n2026-13-10,09:30,X,Y,1,B2\n2026-06-10,09:30,X,Y,1\n2026-06-10,09:30,X,Y,1,',
    )
    expect(bad.problems).toEqual([
      { line: 1, problem: 'amount' },
      { line: 2, problem: 'date' },
      { line: 3, problem: 'columns' },
      { line: 4, problem: 'reference' },
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { deltaFigures } from './today-figures'

const delta = (over: Partial<Parameters<typeof deltaFigures>[0][number]>) => ({
  case_id: 'c1',
  sign: 1,
  department_id: 'd1',
  window_id: 'w1',
  received_on: '2026-03-10',
  accepted_on: null,
  completed_on: null,
  on_time: 0,
  promised_days: 5,
  ...over,
})

describe("today's figures from the case figure deltas", () => {
  it('counts what a write changed on the day and nothing of a write that changed nothing', () => {
    const rows = deltaFigures(
      [
        // received today
        delta({}),
        // accepted today: the facts before (−1) and after (+1) differ only in the acceptance
        delta({ sign: -1 }),
        delta({ accepted_on: '2026-03-10' }),
        // another case's write that changed none of today's figures
        delta({ case_id: 'c2', sign: -1, received_on: '2026-03-02', accepted_on: '2026-03-02' }),
        delta({ case_id: 'c2', received_on: '2026-03-02', accepted_on: '2026-03-02' }),
      ],
      '2026-03-10',
      () => 0,
    )
    expect(rows).toEqual([
      {
        day: '2026-03-10',
        department_id: 'd1',
        window_id: 'w1',
        received: 1,
        accepted: 1,
        completed: 0,
        completed_on_time: 0,
        used_days: 0,
        promised_days: 0,
      },
    ])
  })

  it('counts a completion with its days used and promised, on time or not, per window', () => {
    const before = { case_id: 'c3', received_on: '2026-03-02', accepted_on: '2026-03-03', window_id: '' }
    const rows = deltaFigures(
      [
        delta({ ...before, sign: -1 }),
        delta({ ...before, completed_on: '2026-03-10', on_time: 1 }),
        delta({ case_id: 'c4', sign: -1, received_on: '2026-03-04', accepted_on: '2026-03-04' }),
        delta({
          case_id: 'c4',
          received_on: '2026-03-04',
          accepted_on: '2026-03-04',
          completed_on: '2026-03-10',
        }),
      ],
      '2026-03-10',
      (d) => (d.case_id === 'c3' ? 5 : 4),
    )
    expect(
      rows.map((r) => [r.window_id, r.completed, r.completed_on_time, r.used_days, r.promised_days]),
    ).toEqual([
      ['', 1, 1, 5, 5],
      ['w1', 1, 0, 4, 5],
    ])
  })

  it('leaves out what counts toward another day (the sweep rolls those up from the cases)', () => {
    expect(
      deltaFigures([delta({ received_on: '2026-03-02', completed_on: '2026-03-09' })], '2026-03-10', () => 3),
    ).toEqual([])
  })
})

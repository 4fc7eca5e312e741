import { describe, expect, it } from 'vitest'
import { worstPerCase, type BoardEntry } from './light-board'

const entry = (caseId: string, what: BoardEntry['what'], colour: BoardEntry['colour'], dueOn: string) => ({
  caseId,
  what,
  departmentId: 'd1',
  windowId: null,
  colour,
  dueOn,
  isPaused: true,
})

describe('the worst light of each case', () => {
  it('takes red before yellow, then the earliest due date, then the first of equals', () => {
    const worst = worstPerCase([
      entry('a', 'case', 'yellow', '2026-03-01'),
      entry('a', 'task', 'red', '2026-03-20'),
      entry('a', 'task', 'red', '2026-03-10'),
      entry('b', 'case', 'yellow', '2026-03-12'),
      entry('b', 'task', 'yellow', '2026-03-11'),
      entry('c', 'case', 'red', '2026-03-05'),
      entry('c', 'task', 'red', '2026-03-05'),
      entry('c', 'task', 'yellow', '2026-03-01'),
    ])
    expect([...worst.keys()].sort()).toEqual(['a', 'b', 'c'])
    expect(worst.get('a')).toMatchObject({ what: 'task', colour: 'red', dueOn: '2026-03-10' })
    expect(worst.get('b')).toMatchObject({ what: 'task', colour: 'yellow', dueOn: '2026-03-11' })
    expect(worst.get('c')).toMatchObject({ what: 'case', colour: 'red', dueOn: '2026-03-05' })
  })
})

import { describe, expect, it } from 'vitest'
import {
  distinctOf,
  emptyTaskFilter,
  filterTasks,
  isTaskFilterActive,
  taskLight,
  type FilterableTask,
} from './task-filter'

const task = (over: Partial<FilterableTask>): FilterableTask => ({
  number: '202603020001',
  matterName: '食品经营许可',
  status: 'in_progress',
  applicantName: '张*',
  remainingDays: 5,
  awaitingApproval: false,
  ...over,
})

const tasks = [
  task({ number: '202603020001' }),
  task({ number: '202603020002', remainingDays: 1, matterName: '公共场所卫生许可', applicantName: 'Ali*' }),
  task({ number: '202603020003', remainingDays: -2, awaitingApproval: true }),
  task({ number: '202603020004', status: 'supplement_requested', remainingDays: null }),
]
const numbers = (ts: FilterableTask[]) => ts.map((t) => t.number.slice(-1))

describe('the workbench task filter', () => {
  it('lets everything through when empty, and says so', () => {
    expect(filterTasks(tasks, emptyTaskFilter)).toEqual(tasks)
    expect(isTaskFilterActive(emptyTaskFilter)).toBe(false)
    expect(isTaskFilterActive({ ...emptyTaskFilter, text: '  ' })).toBe(false)
    expect(isTaskFilterActive({ ...emptyTaskFilter, light: 'red' })).toBe(true)
  })

  it('filters by status, and by a request waiting for the approver', () => {
    expect(numbers(filterTasks(tasks, { ...emptyTaskFilter, status: 'supplement_requested' }))).toEqual(['4'])
    expect(numbers(filterTasks(tasks, { ...emptyTaskFilter, status: 'awaiting_approval' }))).toEqual(['3'])
  })

  it('filters by light: a paused case is paused, whatever its days', () => {
    expect(tasks.map(taskLight)).toEqual(['green', 'yellow', 'red', 'paused'])
    expect(numbers(filterTasks(tasks, { ...emptyTaskFilter, light: 'yellow' }))).toEqual(['2'])
    expect(numbers(filterTasks(tasks, { ...emptyTaskFilter, light: 'paused' }))).toEqual(['4'])
  })

  it('filters by matter and searches number or applicant, ignoring case and spaces', () => {
    expect(numbers(filterTasks(tasks, { ...emptyTaskFilter, matter: '公共场所卫生许可' }))).toEqual(['2'])
    expect(numbers(filterTasks(tasks, { ...emptyTaskFilter, text: ' 0003 ' }))).toEqual(['3'])
    expect(numbers(filterTasks(tasks, { ...emptyTaskFilter, text: 'ali' }))).toEqual(['2'])
    expect(numbers(filterTasks(tasks, { ...emptyTaskFilter, text: '张' }))).toEqual(['1', '3', '4'])
  })

  it('combines the criteria (all must hold) and can match nothing', () => {
    expect(numbers(filterTasks(tasks, { ...emptyTaskFilter, text: '张', light: 'red' }))).toEqual(['3'])
    expect(filterTasks(tasks, { ...emptyTaskFilter, matter: '公共场所卫生许可', light: 'red' })).toEqual([])
  })

  it('lists the distinct matters in the order first seen', () => {
    expect(distinctOf(tasks, (t) => t.matterName)).toEqual(['食品经营许可', '公共场所卫生许可'])
  })
})

import type { CaseStatus } from '@yimin/shared'
import { isPausedCaseStatus, lightOf, type Light } from '../cases/case-light'

/** What the workbench's filter bar can narrow the task list to. */
export interface TaskFilter {
  /** a case status, or the cases with a request waiting for the approver */
  status: CaseStatus | 'awaiting_approval' | null
  light: Light | null
  matter: string | null
  /** part of the case number or of the (masked) applicant name */
  text: string
}

export const emptyTaskFilter: TaskFilter = { status: null, light: null, matter: null, text: '' }

export interface FilterableTask {
  number: string
  matterName: string
  status: CaseStatus
  applicantName: string
  remainingDays: number | null
  awaitingApproval: boolean
}

export const taskLight = (t: FilterableTask): Light => lightOf(t.remainingDays, isPausedCaseStatus(t.status))

export function isTaskFilterActive(f: TaskFilter): boolean {
  return f.status !== null || f.light !== null || f.matter !== null || f.text.trim() !== ''
}

/** The tasks the filter lets through, in their order (the whole list is in hand: at most 200). */
export function filterTasks<T extends FilterableTask>(tasks: readonly T[], f: TaskFilter): T[] {
  const text = f.text.trim().toLowerCase()
  return tasks.filter(
    (t) =>
      (f.status === null ||
        (f.status === 'awaiting_approval' ? t.awaitingApproval : t.status === f.status)) &&
      (f.light === null || taskLight(t) === f.light) &&
      (f.matter === null || t.matterName === f.matter) &&
      (text === '' || t.number.toLowerCase().includes(text) || t.applicantName.toLowerCase().includes(text)),
  )
}

/** The distinct values of a field among the tasks, in the order first seen: the picker's options. */
export function distinctOf<T, K>(tasks: readonly T[], pick: (t: T) => K): K[] {
  return [...new Set(tasks.map(pick))]
}

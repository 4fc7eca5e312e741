import type { Principal } from '@yimin/shared'
import type { Executor } from '../../db/database'
import { AppError } from '../../platform/errors'
import { authorize, intakeDepartments, type CaseActorWith } from './case-access'
import type { CaseContext } from './case-context'
import type { CaseJournal, CaseWritten } from './case-journal'

/** What a department action needs: its permission, and whether it computes dates. */
export interface CaseWorkOptions {
  permission: 'case.handle' | 'case.approve' | 'case.intake'
  calendar?: boolean
}

/**
 * Runs a department action in one transaction and returns what it wrote. The working calendar
 * is read only for actions that compute dates (`calendar`), and outside the transaction (on
 * SQLite a read beside it would wait for it forever).
 */
export async function actOnCase(
  ctx: CaseContext,
  journal: CaseJournal,
  principal: Principal,
  caseId: string,
  opts: CaseWorkOptions,
  fn: (c: CaseActorWith) => Promise<CaseWritten>,
): Promise<CaseWritten> {
  const { permission } = opts
  const loaded = opts.calendar ? await ctx.calendar.get() : null
  // without `calendar`, the action gets the calendar last loaded and must not compute dates with it
  const cal = loaded ?? ctx.calendar.current
  return journal.transact(async (tx: Executor) => {
    const row = await ctx.cases.find(caseId, tx)
    if (!row) throw new AppError('CASE_NOT_FOUND', 'no such case')
    const tasks = await ctx.cases.tasks(row.id, tx)
    const departments = [
      row.department_id,
      ...tasks.flatMap((t) => [t.department_id, t.holder_department_id]),
    ]
    const actor = authorize(
      principal,
      permission,
      permission === 'case.handle'
        ? departments
        : permission === 'case.intake'
          ? intakeDepartments(row)
          : [row.department_id],
    )
    const doc = (await ctx.matters.getVersion(row.matter_version_id, tx)).document
    const task = (id: string) => {
      const t = tasks.find((x) => x.id === id)
      if (!t) throw new AppError('CASE_TASK_NOT_FOUND', 'no such task on this case')
      return t
    }
    return fn({ tx, row, actor, doc, tasks, task, cal, departments })
  })
}

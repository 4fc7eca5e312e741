import type { Executor } from '../../db/database'

/**
 * What cases read of catalog and organisation rows (read only): which version of a matter is
 * published, whether a department exists and its name, the division of a window's hall.
 */
export class CaseReferencesRepository {
  constructor(private readonly db: Executor) {}

  async publishedVersionId(idOrCode: string, tx: Executor = this.db): Promise<string | null> {
    const row = await tx
      .selectFrom('matters')
      .select('published_version_id')
      .where((eb) => eb.or([eb('id', '=', idOrCode), eb('code', '=', idOrCode)]))
      .executeTakeFirst()
    return row?.published_version_id ?? null
  }

  async departmentExists(id: string, tx: Executor = this.db): Promise<boolean> {
    return (
      (await tx.selectFrom('departments').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
    )
  }

  async departmentName(id: string, tx: Executor = this.db): Promise<string | null> {
    const row = await tx.selectFrom('departments').select('name').where('id', '=', id).executeTakeFirst()
    return row?.name ?? null
  }

  /** Who received a case and at which window, for its receipt (经办人, 受理窗口). */
  async receiver(
    userId: string | null,
    windowId: string | null,
    tx: Executor = this.db,
  ): Promise<{ clerk: string | null; windowNumber: number | null }> {
    const [user, window] = await Promise.all([
      userId
        ? tx.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst()
        : Promise.resolve(undefined),
      windowId
        ? tx.selectFrom('hall_windows').select('number').where('id', '=', windowId).executeTakeFirst()
        : Promise.resolve(undefined),
    ])
    return { clerk: user?.display_name ?? null, windowNumber: window?.number ?? null }
  }

  /** The division of the hall a window belongs to (就近办), or null. */
  async divisionOfWindow(windowId: string, tx: Executor = this.db): Promise<string | null> {
    const row = await tx
      .selectFrom('hall_windows as w')
      .innerJoin('halls as h', 'h.id', 'w.hall_id')
      .select('h.division_code')
      .where('w.id', '=', windowId)
      .executeTakeFirst()
    return row?.division_code ?? null
  }
}

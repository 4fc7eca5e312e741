import type { Db } from '../../db/database'
import { staffNames } from '../auth/auth.queries'
import { servingClerks } from '../queue/window-clerks.queries'

/** Who serves at a window now: the clerk the queue's window state names (while it is not closed). */
export class PadClerkRepository {
  constructor(private readonly db: Db) {}

  async atWindow(windowId: string) {
    return this.db
      .selectFrom(servingClerks(this.db).as('s'))
      .innerJoin(staffNames(this.db).as('u'), 'u.id', 's.clerk_id')
      .select(['u.display_name', 'u.staff_number'])
      .where('s.window_id', '=', windowId)
      .executeTakeFirst()
  }
}

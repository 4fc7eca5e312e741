import type { RoleGrant, Role } from '@yimin/shared'
import type { Executor } from '../../db/database'
import type { UsersTable } from './auth.tables'
import { newId } from '../../platform/ids'

export type UserRow = UsersTable

export class UsersRepository {
  constructor(private readonly db: Executor) {}

  async findByUsername(username: string, tx: Executor = this.db): Promise<UserRow | undefined> {
    return tx.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst()
  }

  async findById(id: string, tx: Executor = this.db): Promise<UserRow | undefined> {
    return tx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async findByIds(ids: string[], tx: Executor = this.db): Promise<UserRow[]> {
    if (ids.length === 0) return []
    return tx.selectFrom('users').selectAll().where('id', 'in', ids).execute()
  }

  async list(tx: Executor = this.db): Promise<UserRow[]> {
    return tx.selectFrom('users').selectAll().orderBy('username').execute()
  }

  async count(tx: Executor = this.db): Promise<number> {
    const row = await tx
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }

  async insert(user: UserRow, grants: RoleGrant[], tx: Executor = this.db): Promise<void> {
    await tx.insertInto('users').values(user).execute()
    await this.replaceGrants(user.id, grants, tx)
  }

  async replaceGrants(userId: string, grants: RoleGrant[], tx: Executor = this.db): Promise<void> {
    await tx.deleteFrom('user_roles').where('user_id', '=', userId).execute()
    if (grants.length === 0) return
    await tx
      .insertInto('user_roles')
      .values(
        grants.map((g) => ({ id: newId(), user_id: userId, role: g.role, department_id: g.departmentId })),
      )
      .execute()
  }

  async grantsOf(userIds: string[], tx: Executor = this.db): Promise<Map<string, RoleGrant[]>> {
    const result = new Map<string, RoleGrant[]>()
    if (userIds.length === 0) return result
    const rows = await tx.selectFrom('user_roles').selectAll().where('user_id', 'in', userIds).execute()
    for (const r of rows) {
      const list = result.get(r.user_id) ?? []
      list.push({ role: r.role as Role, departmentId: r.department_id })
      result.set(r.user_id, list)
    }
    return result
  }

  async update(
    id: string,
    patch: Partial<Pick<UserRow, 'display_name' | 'password_hash' | 'is_disabled' | 'phone' | 'updated_at'>>,
    tx: Executor = this.db,
  ): Promise<void> {
    await tx.updateTable('users').set(patch).where('id', '=', id).execute()
  }
}

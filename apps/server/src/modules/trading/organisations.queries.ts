import type { Executor } from '../../db/database'

/*
 * What bidding and experts read of trading's organisations in their own statements: an
 * organisation's name and credit code, and who is staff of which organisation. The derived tables
 * are for the caller to join (`.innerJoin(organisationRefs(tx).as('o'), 'o.id', …)`); both
 * databases flatten them, so the plan is the one of the table itself.
 */

/** An organisation as another module names it: id, name, credit code. */
export const organisationRefs = (db: Executor) =>
  db.selectFrom('trading_organisations').select(['id', 'name', 'credit_code'])

/** Staff membership: organisation_id, user_id. */
export const orgMemberships = (db: Executor) =>
  db.selectFrom('trading_org_members').select(['organisation_id', 'user_id'])

/** The staff accounts of these organisations, as (organisation, user) pairs. */
export async function membersOfOrgs(
  db: Executor,
  orgIds: readonly string[],
): Promise<{ organisation_id: string; user_id: string }[]> {
  if (orgIds.length === 0) return []
  return orgMemberships(db)
    .where('organisation_id', 'in', [...orgIds])
    .execute()
}

/** The staff accounts of these organisations, each once, sorted. */
export async function memberUserIds(db: Executor, orgIds: readonly string[]): Promise<string[]> {
  const rows = await membersOfOrgs(db, orgIds)
  return [...new Set(rows.map((r) => r.user_id))].sort()
}

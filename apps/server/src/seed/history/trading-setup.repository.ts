import type { Db } from '../../db/database'

/** What the trading actor reads besides the services: departments by code, and an expert's SMS. */
export async function departmentIds(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('departments')
    .select(['id', 'code'])
    .where('code', 'in', [...codes])
    .execute()
  return new Map(rows.map((r) => [r.code, r.id]))
}

/**
 * The experts invited for a lot, as their phones know it: the invitation SMS (which never names
 * the lot; the history knows which draw it made) and the check-in code the acceptance SMS carries.
 */
export async function invitationsOfLot(
  db: Db,
  lotId: string,
): Promise<Array<{ phone: string; status: string; checkInCode: string | null }>> {
  const rows = await db
    .selectFrom('expert_invitations')
    .select(['phone', 'status', 'check_in_code', 'sent_at'])
    .where('lot_id', '=', lotId)
    .orderBy('sent_at')
    .orderBy('phone')
    .execute()
  return rows.map((r) => ({ phone: r.phone, status: r.status, checkInCode: r.check_in_code }))
}

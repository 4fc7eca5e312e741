import type { Executor } from '../../db/database'
import { fromJson } from '../../db/convert'
import type { LotBidFact } from '../experts/bidding-port'
import { membersOfOrgs, organisationRefs } from '../trading/organisations.queries'

/**
 * What other modules (experts, evaluation) read of bidding. They hold secrets: callers keep
 * them sealed (the expert draw's avoidance list) or use them only after the opening.
 */

/** Organisations that obtained the lot's documents (for the sealed avoidance lists of expert draws). */
export async function lotBidderOrgs(
  db: Executor,
  lotId: string,
): Promise<{ orgId: string; creditCode: string; name: string }[]> {
  const rows = await db
    .selectFrom('bid_documents as d')
    .innerJoin(organisationRefs(db).as('o'), 'o.id', 'd.org_id')
    .select(['o.id as orgId', 'o.credit_code as creditCode', 'o.name as name'])
    .where('d.lot_id', '=', lotId)
    .orderBy('d.obtained_at')
    .execute()
  return rows
}

/** Bids decrypted at the opening with their opening figures (empty before the opening). */
export async function openedBids(
  db: Executor,
  lotId: string,
): Promise<
  {
    bidId: string
    orgId: string
    creditCode: string
    name: string
    figures: { priceFen: number; durationDays?: number }
  }[]
> {
  const rows = await db
    .selectFrom('bid_decryptions as x')
    .innerJoin('bids as b', 'b.id', 'x.bid_id')
    .innerJoin(organisationRefs(db).as('o'), 'o.id', 'b.org_id')
    .select(['b.id as bidId', 'o.id as orgId', 'o.credit_code as creditCode', 'o.name as name', 'x.figures'])
    .where('x.lot_id', '=', lotId)
    .where('x.status', '=', 'decrypted')
    .orderBy('x.done_at')
    .execute()
  return rows.map((r) => ({
    bidId: r.bidId,
    orgId: r.orgId,
    creditCode: r.creditCode,
    name: r.name,
    figures: fromJson<{ priceFen: number; durationDays?: number }>(r.figures) ?? { priceFen: 0 },
  }))
}

/** The confirmed contact phones of bidder organisations (the result tells the losing bidders). */
export async function bidderPhones(
  db: Executor,
  orgIds: readonly string[],
): Promise<{ orgId: string; phone: string }[]> {
  if (orgIds.length === 0) return []
  return db
    .selectFrom('bid_bidders')
    .select(['org_id as orgId', 'contact_phone as phone'])
    .where('org_id', 'in', [...orgIds])
    .orderBy('org_id')
    .execute()
}

/**
 * The facts the bid-rigging rules read, for the decrypted bids of the given lots (after the
 * opening only: before it nothing about bidders leaves this module): the final version's upload
 * address and device, its ciphertext hashes (from the receipt) and plaintext hashes (kept at
 * decryption), the bidder's contact phone, its staff accounts and the people registered for it (keyed hashes
 * of their ID numbers, never the numbers), and the opening price.
 */
export async function lotBidFacts(db: Executor, lotIds: readonly string[]): Promise<LotBidFact[]> {
  if (lotIds.length === 0) return []
  const rows = await db
    .selectFrom('bid_decryptions as x')
    .innerJoin('bids as b', 'b.id', 'x.bid_id')
    .innerJoin('bid_versions as v', (j) =>
      j.onRef('v.bid_id', '=', 'x.bid_id').onRef('v.version', '=', 'x.version'),
    )
    .innerJoin(organisationRefs(db).as('o'), 'o.id', 'b.org_id')
    .leftJoin('bid_bidders as bb', 'bb.org_id', 'b.org_id')
    .select([
      'x.lot_id as lotId',
      'b.id as bidId',
      'b.org_id as orgId',
      'o.name as orgName',
      'v.upload_ip as uploadIp',
      'v.upload_device as deviceId',
      'v.receipt as receipt',
      'x.plaintext_hashes as plaintextHashes',
      'x.figures as figures',
      'bb.contact_phone as contactPhone',
    ])
    .where('x.lot_id', 'in', [...lotIds])
    .where('x.status', '=', 'decrypted')
    .orderBy('x.lot_id')
    .orderBy('b.id')
    .execute()
  const orgIds = [...new Set(rows.map((r) => r.orgId))]
  const members = await membersOfOrgs(db, orgIds)
  const persons = orgIds.length
    ? await db
        .selectFrom('bid_staff_persons')
        .select(['org_id', 'id_hash', 'id_masked'])
        .where('org_id', 'in', orgIds)
        .orderBy('user_id')
        .execute()
    : []
  return rows.map((r) => ({
    lotId: r.lotId,
    bidId: r.bidId,
    orgId: r.orgId,
    orgName: r.orgName,
    uploadIp: r.uploadIp,
    deviceId: r.deviceId,
    ciphertextHashes: (fromJson<{ files: Array<{ ciphertextSha256: string }> }>(r.receipt)?.files ?? []).map(
      (f) => f.ciphertextSha256,
    ),
    plaintextHashes: fromJson<string[]>(r.plaintextHashes) ?? [],
    contactPhone: r.contactPhone ?? null,
    staffUserIds: members.filter((m) => m.organisation_id === r.orgId).map((m) => m.user_id),
    persons: persons
      .filter((p) => p.org_id === r.orgId)
      .map((p) => ({ idHash: p.id_hash, idMasked: p.id_masked })),
    priceFen: fromJson<{ priceFen: number }>(r.figures)?.priceFen ?? null,
  }))
}

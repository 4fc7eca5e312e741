import type { Executor } from '../../db/database'
import { lotDeadlines } from '../trading/lots.queries'
import { orgMemberships } from '../trading/organisations.queries'
import type {
  BidBiddersTable,
  BidChunksTable,
  BidDecryptionsTable,
  BidDocumentsTable,
  BidObjectionsTable,
  BidOpeningsTable,
  BidPhoneCodesTable,
  BidStaffPersonsTable,
  BidsTable,
  BidVersionsTable,
} from './bidding.tables'

export type BidRow = BidsTable
export type BidVersionRow = BidVersionsTable
export type OpeningRow = BidOpeningsTable
export type DecryptionRow = BidDecryptionsTable
export type ObjectionRow = BidObjectionsTable

/** All SQL of electronic bidding. */
export class BiddingRepository {
  constructor(private readonly db: Executor) {}

  // ---- bidders and their phone codes ----

  async insertBidder(row: BidBiddersTable, tx: Executor = this.db): Promise<void> {
    await tx.insertInto('bid_bidders').values(row).execute()
  }

  async insertStaffPerson(row: BidStaffPersonsTable, tx: Executor): Promise<void> {
    await tx.insertInto('bid_staff_persons').values(row).execute()
  }

  /** The people registered for a bidder (its staff accounts), oldest first. */
  async staffPersonsOfOrg(orgId: string, tx: Executor = this.db): Promise<BidStaffPersonsTable[]> {
    return tx
      .selectFrom('bid_staff_persons')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('created_at')
      .orderBy('user_id')
      .execute()
  }

  async findBidder(orgId: string, tx: Executor = this.db): Promise<BidBiddersTable | undefined> {
    return tx.selectFrom('bid_bidders').selectAll().where('org_id', '=', orgId).executeTakeFirst()
  }

  /** The bidder organisations a user is staff of. */
  async bidderOrgsOfUser(userId: string, tx: Executor = this.db): Promise<string[]> {
    const rows = await tx
      .selectFrom(orgMemberships(tx).as('m'))
      .innerJoin('bid_bidders as b', 'b.org_id', 'm.organisation_id')
      .select('b.org_id')
      .where('m.user_id', '=', userId)
      .execute()
    return rows.map((r) => r.org_id)
  }

  async recentPhoneCodes(phone: string, ip: string | null, since: string, tx: Executor = this.db) {
    const byPhone = await tx
      .selectFrom('bid_phone_codes')
      .select('created_at')
      .where('phone', '=', phone)
      .where('created_at', '>', since)
      .execute()
    const byIp = ip
      ? await tx
          .selectFrom('bid_phone_codes')
          .select('created_at')
          .where('ip', '=', ip)
          .where('created_at', '>', since)
          .execute()
      : []
    return { phone: byPhone.map((r) => r.created_at), ip: byIp.map((r) => r.created_at) }
  }

  async insertPhoneCode(row: BidPhoneCodesTable, tx: Executor): Promise<void> {
    await tx.updateTable('bid_phone_codes').set({ is_spent: 1 }).where('phone', '=', row.phone).execute()
    await tx.insertInto('bid_phone_codes').values(row).execute()
  }

  async latestPhoneCode(phone: string, tx: Executor = this.db): Promise<BidPhoneCodesTable | undefined> {
    return tx
      .selectFrom('bid_phone_codes')
      .selectAll()
      .where('phone', '=', phone)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst()
  }

  async countWrongCode(id: string, attempts: number, max: number, tx: Executor = this.db): Promise<void> {
    await tx
      .updateTable('bid_phone_codes')
      .set({ attempts: attempts + 1, is_spent: attempts + 1 >= max ? 1 : 0 })
      .where('id', '=', id)
      .execute()
  }

  /** true when this call spent the code (a concurrent use loses) */
  async spendPhoneCode(id: string, tx: Executor): Promise<boolean> {
    const r = await tx
      .updateTable('bid_phone_codes')
      .set({ is_spent: 1 })
      .where('id', '=', id)
      .where('is_spent', '=', 0)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  // ---- documents ----

  async insertDocuments(row: BidDocumentsTable, tx: Executor): Promise<boolean> {
    const r = await tx
      .insertInto('bid_documents')
      .values(row)
      .onConflict((oc) => oc.columns(['lot_id', 'org_id']).doNothing())
      .executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1
  }

  async findDocuments(lotId: string, orgId: string, tx: Executor = this.db) {
    return tx
      .selectFrom('bid_documents')
      .selectAll()
      .where('lot_id', '=', lotId)
      .where('org_id', '=', orgId)
      .executeTakeFirst()
  }

  async documentsOfLot(lotId: string, tx: Executor = this.db): Promise<BidDocumentsTable[]> {
    return tx
      .selectFrom('bid_documents')
      .selectAll()
      .where('lot_id', '=', lotId)
      .orderBy('obtained_at')
      .execute()
  }

  async documentsOfOrg(orgId: string, tx: Executor = this.db): Promise<BidDocumentsTable[]> {
    return tx.selectFrom('bid_documents').selectAll().where('org_id', '=', orgId).execute()
  }

  // ---- bids and versions ----

  async findBid(id: string, tx: Executor = this.db): Promise<BidRow | undefined> {
    return tx.selectFrom('bids').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async findBidOf(lotId: string, orgId: string, tx: Executor = this.db): Promise<BidRow | undefined> {
    return tx
      .selectFrom('bids')
      .selectAll()
      .where('lot_id', '=', lotId)
      .where('org_id', '=', orgId)
      .executeTakeFirst()
  }

  async insertBid(row: BidRow, tx: Executor): Promise<void> {
    await tx.insertInto('bids').values(row).execute()
  }

  async updateBid(id: string, patch: Partial<Pick<BidRow, 'status' | 'final_version'>>, tx: Executor) {
    await tx.updateTable('bids').set(patch).where('id', '=', id).execute()
  }

  async bidsOfOrg(orgId: string, tx: Executor = this.db): Promise<BidRow[]> {
    return tx
      .selectFrom('bids')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('created_at', 'desc')
      .execute()
  }

  async bidsOfLot(lotId: string, tx: Executor = this.db): Promise<BidRow[]> {
    return tx.selectFrom('bids').selectAll().where('lot_id', '=', lotId).orderBy('created_at').execute()
  }

  async lastVersion(bidId: string, tx: Executor = this.db): Promise<number> {
    const r = await tx
      .selectFrom('bid_versions')
      .select((eb) => eb.fn.max('version').as('max'))
      .where('bid_id', '=', bidId)
      .executeTakeFirst()
    return Number(r?.max ?? 0)
  }

  async insertVersion(row: BidVersionRow, tx: Executor): Promise<void> {
    await tx.insertInto('bid_versions').values(row).execute()
  }

  async findVersion(bidId: string, version: number, tx: Executor = this.db) {
    return tx
      .selectFrom('bid_versions')
      .selectAll()
      .where('bid_id', '=', bidId)
      .where('version', '=', version)
      .executeTakeFirst()
  }

  /** Moves a version from one status to another; false when it was not in `from` (a race lost). */
  async moveVersion(
    bidId: string,
    version: number,
    from: string,
    patch: Partial<BidVersionRow>,
    tx: Executor,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('bid_versions')
      .set(patch)
      .where('bid_id', '=', bidId)
      .where('version', '=', version)
      .where('status', '=', from)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async abandonUploading(bidId: string, tx: Executor): Promise<void> {
    await tx
      .updateTable('bid_versions')
      .set({ status: 'abandoned' })
      .where('bid_id', '=', bidId)
      .where('status', '=', 'uploading')
      .execute()
  }

  async supersede(bidId: string, keep: number, tx: Executor): Promise<void> {
    await tx
      .updateTable('bid_versions')
      .set({ status: 'superseded' })
      .where('bid_id', '=', bidId)
      .where('status', '=', 'sealed')
      .where('version', '!=', keep)
      .execute()
  }

  async versionsOf(bidId: string, tx: Executor = this.db): Promise<BidVersionRow[]> {
    return tx.selectFrom('bid_versions').selectAll().where('bid_id', '=', bidId).orderBy('version').execute()
  }

  // ---- chunks ----

  async upsertChunk(row: BidChunksTable, tx: Executor = this.db): Promise<void> {
    await tx
      .insertInto('bid_chunks')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['bid_id', 'version', 'file_id', 'chunk_index']).doUpdateSet({
          storage_key: row.storage_key,
          size: row.size,
          stored_at: row.stored_at,
        }),
      )
      .execute()
  }

  async chunksOf(bidId: string, version: number, tx: Executor = this.db): Promise<BidChunksTable[]> {
    return tx
      .selectFrom('bid_chunks')
      .selectAll()
      .where('bid_id', '=', bidId)
      .where('version', '=', version)
      .orderBy('file_id')
      .orderBy('chunk_index')
      .execute()
  }

  // ---- openings ----

  async findOpening(lotId: string, tx: Executor = this.db): Promise<OpeningRow | undefined> {
    return tx.selectFrom('bid_openings').selectAll().where('lot_id', '=', lotId).executeTakeFirst()
  }

  async insertOpening(row: OpeningRow, tx: Executor): Promise<void> {
    await tx.insertInto('bid_openings').values(row).execute()
  }

  async moveOpening(lotId: string, from: string, patch: Partial<OpeningRow>, tx: Executor): Promise<boolean> {
    const r = await tx
      .updateTable('bid_openings')
      .set(patch)
      .where('lot_id', '=', lotId)
      .where('status', '=', from)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async insertDecryptions(rows: DecryptionRow[], tx: Executor): Promise<void> {
    if (rows.length) await tx.insertInto('bid_decryptions').values(rows).execute()
  }

  async findDecryption(bidId: string, tx: Executor = this.db): Promise<DecryptionRow | undefined> {
    return tx.selectFrom('bid_decryptions').selectAll().where('bid_id', '=', bidId).executeTakeFirst()
  }

  async decryptionsOfLot(lotId: string, tx: Executor = this.db): Promise<DecryptionRow[]> {
    return tx.selectFrom('bid_decryptions').selectAll().where('lot_id', '=', lotId).execute()
  }

  async moveDecryption(bidId: string, from: string, patch: Partial<DecryptionRow>, tx: Executor = this.db) {
    const r = await tx
      .updateTable('bid_decryptions')
      .set(patch)
      .where('bid_id', '=', bidId)
      .where('status', '=', from)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async lateDecryptions(lotId: string, patch: Partial<DecryptionRow>, tx: Executor): Promise<void> {
    await tx
      .updateTable('bid_decryptions')
      .set(patch)
      .where('lot_id', '=', lotId)
      .where('status', '=', 'pending')
      .execute()
  }

  // ---- objections ----

  async insertObjection(row: ObjectionRow, tx: Executor): Promise<void> {
    await tx.insertInto('bid_objections').values(row).execute()
  }

  async findObjection(id: string, tx: Executor = this.db): Promise<ObjectionRow | undefined> {
    return tx.selectFrom('bid_objections').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async answerObjection(id: string, patch: Partial<ObjectionRow>, tx: Executor): Promise<boolean> {
    const r = await tx
      .updateTable('bid_objections')
      .set(patch)
      .where('id', '=', id)
      .where('answer', 'is', null)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  async objectionsOfLot(lotId: string, tx: Executor = this.db): Promise<ObjectionRow[]> {
    return tx
      .selectFrom('bid_objections')
      .selectAll()
      .where('lot_id', '=', lotId)
      .orderBy('raised_at')
      .execute()
  }

  /**
   * Lots whose deadline has passed, with bidders engaged electronically (documents obtained) and
   * no opening yet: the ones the clock opens.
   */
  async dueOpenings(now: string, tx: Executor = this.db): Promise<string[]> {
    const rows = await tx
      .selectFrom(lotDeadlines(tx).as('l'))
      .select('l.id')
      .where('l.bid_deadline', 'is not', null)
      .where('l.bid_deadline', '<=', now)
      .where((eb) =>
        eb.exists(eb.selectFrom('bid_documents as d').select('d.lot_id').whereRef('d.lot_id', '=', 'l.id')),
      )
      .where((eb) =>
        eb.not(
          eb.exists(eb.selectFrom('bid_openings as o').select('o.lot_id').whereRef('o.lot_id', '=', 'l.id')),
        ),
      )
      .orderBy('l.bid_deadline')
      .limit(50)
      .execute()
    return rows.map((r) => r.id)
  }
}

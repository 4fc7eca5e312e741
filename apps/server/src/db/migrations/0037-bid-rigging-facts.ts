import type { Kysely } from 'kysely'

/**
 * The facts the bid-rigging rules read that were not kept: the device a bid version was uploaded
 * from (a random id the bidder's browser keeps), and the SHA-256 of each decrypted file, known
 * only after the opening.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('bid_versions').addColumn('upload_device', 'text').execute()
  await db.schema.alterTable('bid_decryptions').addColumn('plaintext_hashes', 'text').execute()
}

export async function down(): Promise<void> {
  throw new Error('migrations only go forward')
}

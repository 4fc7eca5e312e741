/** Table types of electronic bidding (migration 0030). */
export interface BidBiddersTable {
  org_id: string
  contact_phone: string
  phone_confirmed_at: string
  registered_by: string
  created_at: string
}

/** A person registered for a bidder (migration 0041): never the ID number, its keyed hash and mask. */
export interface BidStaffPersonsTable {
  user_id: string
  org_id: string
  /** HMAC-SHA-256 of the resident ID number under the installation's bidding key */
  id_hash: string
  /** first 3 and last 4 characters, for the supervisor's view of a sign */
  id_masked: string
  created_at: string
}

export interface BidPhoneCodesTable {
  id: string
  phone: string
  code_hash: string
  ip: string | null
  attempts: number
  is_spent: number
  expires_at: string
  created_at: string
}

export interface BidDocumentsTable {
  lot_id: string
  org_id: string
  obtained_by: string
  obtained_at: string
  /** hex: the chain's sealed event hashes this with the organisation; revealed at the opening */
  seal_salt: string
}

export interface BidsTable {
  id: string
  lot_id: string
  org_id: string
  /** active | withdrawn */
  status: string
  /** the last version whose receipt was committed (null: none yet) */
  final_version: number | null
  /** hex: the chain's sealed events hash this with the organisation; revealed at the opening */
  seal_salt: string
  created_at: string
}

export interface BidVersionsTable {
  bid_id: string
  version: number
  /** uploading | sealed | superseded | abandoned */
  status: string
  /** JSON: WrappedBidKey */
  wrapped_key: string
  /** the sealed manifest, base64 */
  sealed_manifest: string
  manifest_sha256: string
  commit_hash: string
  /** JSON: Array<{ fileId, chunks }> as declared at the start of the upload */
  files: string
  /** JSON: BidReceipt */
  receipt: string | null
  signature: string | null
  received_at: string | null
  upload_ip: string | null
  /** the uploading browser's random device id (migration 0050) */
  upload_device: string | null
  created_by: string
  created_at: string
}

export interface BidChunksTable {
  bid_id: string
  version: number
  file_id: string
  chunk_index: number
  storage_key: string
  size: number
  stored_at: string
}

export interface BidOpeningsTable {
  lot_id: string
  /** decrypting | failed (流标) | recorded */
  status: string
  started_at: string
  window_ends_at: string | null
  bid_count: number
  next_step: string | null
  /** JSON: the opening record once recorded */
  record: string | null
  recorded_at: string | null
}

export interface BidDecryptionsTable {
  bid_id: string
  lot_id: string
  version: number
  /** pending | decrypting | decrypted | failed | late */
  status: string
  /** K, hex, once accepted at the opening */
  bid_key: string | null
  /** JSON: BidOpeningForm */
  figures: string | null
  /** JSON: the SHA-256 of each decrypted file but the opening form (migration 0050) */
  plaintext_hashes: string | null
  failure: string | null
  /** bidder | platform, when not decrypted */
  blame: string | null
  key_at: string | null
  done_at: string | null
}

export interface BidObjectionsTable {
  id: string
  lot_id: string
  org_id: string
  text: string
  raised_by: string
  raised_at: string
  answer: string | null
  answered_by: string | null
  answered_at: string | null
}

export interface BiddingTables {
  bid_bidders: BidBiddersTable
  bid_phone_codes: BidPhoneCodesTable
  bid_staff_persons: BidStaffPersonsTable
  bid_documents: BidDocumentsTable
  bids: BidsTable
  bid_versions: BidVersionsTable
  bid_chunks: BidChunksTable
  bid_openings: BidOpeningsTable
  bid_decryptions: BidDecryptionsTable
  bid_objections: BidObjectionsTable
}

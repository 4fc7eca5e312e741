/**
 * Sealed bids (加密投标, issue 19): the one implementation the bidder's browser and the server
 * share, on Web Crypto (`crypto.subtle`, in browsers and in Node as globalThis.crypto).
 *
 * - a random 256-bit bid key K per bid; K is wrapped (AES-KW) under a key derived (HKDF-SHA-256)
 *   from a random 128-bit decryption code the bidder saves or prints, and, optionally, a
 *   passphrase stretched by PBKDF2-SHA-256 (≥ 600,000 iterations): both are then needed;
 * - each file is encrypted in chunks of BID_CHUNK_BYTES with AES-256-GCM under
 *   HKDF(K, bidId ‖ version ‖ fileId); the nonce is the chunk index (96-bit big-endian) and the
 *   associated data bidId ‖ version ‖ fileId ‖ chunk index ‖ is-last, so a reordered, dropped,
 *   truncated or moved chunk fails to decrypt;
 * - the manifest (names, sizes, chunk counts, plaintext SHA-256) is encrypted the same way as
 *   the file `manifest`;
 * - commit = SHA-256("yimin-bid" ‖ K ‖ bidId ‖ version) binds the key the bidder will send at the
 *   opening to the version it uploaded; the receipt the center signs (Ed25519) carries it.
 *
 * The parts live in bid-crypto/ (bytes, bid key, chunks, manifest, receipt); this module is what
 * the rest of the code imports, and the web build puts them all in one published chunk.
 */
export {
  BID_CHUNK_BYTES,
  BID_MANIFEST_FILE_ID,
  BID_OPENING_FORM_NAME,
  BID_PBKDF2_ITERATIONS,
  BID_TAG_BYTES,
  BidCryptoError,
  randomBytes,
} from './bid-crypto/bytes'
export * from './bid-crypto/bid-key'
export * from './bid-crypto/chunks'
export * from './bid-crypto/manifest'
export * from './bid-crypto/receipt'
export { Sha256, toHex, fromHex } from './sha256'

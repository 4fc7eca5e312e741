import { sharedValues, type RiggingRule } from './rigging'

/**
 * Identical files in bids of different bidders: the same ciphertext (one upload reused) or the
 * same plaintext (documents made by one hand, 实施条例 第40条 (一)).
 */
export const identicalFiles: RiggingRule = {
  code: 'RIGGING_IDENTICAL_FILES',
  evaluate(bids) {
    return [
      ...sharedValues(
        this.code,
        bids,
        (b) => b.ciphertextHashes,
        (sha256) => ({ kind: 'ciphertext', sha256 }),
      ),
      ...sharedValues(
        this.code,
        bids,
        (b) => b.plaintextHashes,
        (sha256) => ({ kind: 'plaintext', sha256 }),
      ),
    ]
  },
}

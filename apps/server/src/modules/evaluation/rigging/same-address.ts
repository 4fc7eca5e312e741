import { sharedValues, type RiggingRule } from './rigging'

/** Bids of different bidders uploaded from the same network address (实施条例 第40条 (二)). */
export const sameUploadAddress: RiggingRule = {
  code: 'RIGGING_SAME_ADDRESS',
  evaluate(bids) {
    return sharedValues(
      this.code,
      bids,
      (b) => [b.uploadIp],
      (ip) => ({ ip }),
    )
  },
}

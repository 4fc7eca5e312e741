import { sharedValues, type RiggingRule } from './rigging'

/** Bids of different bidders made on the same device (the same hardware fingerprint). */
export const sameDevice: RiggingRule = {
  code: 'RIGGING_SAME_DEVICE',
  evaluate(bids) {
    return sharedValues(
      this.code,
      bids,
      (b) => [b.deviceId],
      (deviceId) => ({ deviceId }),
    )
  },
}

import { maskIdNumber } from '@yimin/shared'
import { sharedValues, type RiggingRule } from './rigging'

/**
 * The same contact phone, staff account or person (identity number) registered for two bidders
 * (实施条例 第40条 (二): the same person handles the bids of different bidders).
 */
export const samePerson: RiggingRule = {
  code: 'RIGGING_SAME_PERSON',
  evaluate(bids) {
    return [
      ...sharedValues(
        this.code,
        bids,
        (b) => [b.contactPhone],
        (phone) => ({ kind: 'phone', value: phone }),
      ),
      ...sharedValues(
        this.code,
        bids,
        (b) => b.staffUserIds,
        (userId) => ({ kind: 'staff', value: userId }),
      ),
      ...sharedValues(
        this.code,
        bids,
        (b) => b.idNumbers.map((n) => n.toUpperCase()),
        (id) => ({ kind: 'person', value: maskIdNumber(id) }),
      ),
    ]
  },
}

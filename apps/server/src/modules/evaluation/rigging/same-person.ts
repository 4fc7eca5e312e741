import { sharedValues, type BidFacts, type RiggingRule } from './rigging'

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
      // matched on the keyed hash; the supervisor sees the masked number, never the number
      ...sharedValues(
        this.code,
        bids,
        (b) => b.persons.map((p) => p.idHash),
        (hash) => ({ kind: 'person', value: maskedOf(bids, hash) }),
      ),
    ]
  },
}

const maskedOf = (bids: readonly BidFacts[], hash: string) =>
  bids.flatMap((b) => b.persons).find((p) => p.idHash === hash)?.idMasked ?? '***'

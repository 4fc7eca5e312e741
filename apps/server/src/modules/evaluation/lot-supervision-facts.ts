import type { Db } from '../../db/database'
import { localDate, type Clock } from '../../platform/clock'
import type { BiddingPort } from '../experts/bidding-port'
import type { LotSupervisionFacts } from '../trading/anomalies/anomaly'
import { lateDeposits } from './deposit-return.rules'
import type { EvaluationRepository } from './evaluation.repository'
import { evaluateRigging } from './rigging'

/**
 * What the trading board's rules read of lots from this module and bidding: deposits returned
 * late after the contract, and the bid-rigging signs among the opened bids (the rules in
 * rigging/ fed with the real facts: upload address and device, ciphertext and plaintext hashes,
 * contact phones, registered staff, prices).
 */
export class LotSupervisionFactsSource {
  constructor(
    private readonly db: Db,
    private readonly repo: EvaluationRepository,
    private readonly bidding: () => BiddingPort,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  of = async (lotIds: string[]): Promise<Map<string, Partial<LotSupervisionFacts>>> => {
    const out = new Map<string, Partial<LotSupervisionFacts>>()
    const today = localDate(this.clock.now(), this.timeZone)
    const deposits = await this.repo.depositsAfterContract(lotIds)
    for (const lotId of new Set(deposits.map((d) => d.lot_id))) {
      const own = deposits.filter((d) => d.lot_id === lotId)
      const late = lateDeposits(
        own.map((d) => ({
          id: d.id,
          orgId: d.org_id,
          amountFen: Number(d.amount_fen),
          returnedOn: d.returned_at ? localDate(new Date(d.returned_at), this.timeZone) : null,
        })),
        own[0]!.contract_signed_on,
        today,
      )
      if (late.length)
        out.set(lotId, {
          lateDeposits: late.map((l) => ({ depositId: l.depositId, dueOn: l.dueOn, amountFen: l.amountFen })),
        })
    }
    const facts = await this.bidding().lotBidFacts(this.db, lotIds)
    for (const lotId of new Set(facts.map((f) => f.lotId))) {
      const bids = facts.filter((f) => f.lotId === lotId)
      const names = new Map(bids.map((b) => [b.orgId, b.orgName]))
      const signs = evaluateRigging(
        bids.map((b) => ({
          bidId: b.bidId,
          orgId: b.orgId,
          uploadIp: b.uploadIp,
          deviceId: b.deviceId,
          ciphertextHashes: b.ciphertextHashes,
          plaintextHashes: b.plaintextHashes,
          contactPhone: b.contactPhone,
          staffUserIds: b.staffUserIds,
          persons: b.persons,
          priceFen: b.priceFen,
        })),
      )
      if (signs.length)
        out.set(lotId, {
          ...out.get(lotId),
          riggingSigns: signs.map((s) => ({
            code: s.code,
            orgNames: s.orgIds.map((o) => names.get(o) ?? o),
          })),
        })
    }
    return out
  }
}

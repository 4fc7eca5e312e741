import { channels, type BidOpeningForm, type OpeningResponse } from '@yimin/shared'
import type { Executor } from '../../db/database'
import { fromJson } from '../../db/convert'
import type { Clock } from '../../platform/clock'
import type { EventBus } from '../realtime/event-bus'
import type { LotRow, TradingQueries } from '../trading/trading.queries'
import type { BiddingRepository, DecryptionRow } from './bidding.repository'

/** The opening record (开标记录): every counted bid with its decryption and figures, written once settled. */
export async function openingRecord(
  repo: BiddingRepository,
  trading: TradingQueries,
  lotId: string,
  tx: Executor,
) {
  const rows = await repo.decryptionsOfLot(lotId, tx)
  const bids = new Map((await repo.bidsOfLot(lotId, tx)).map((b) => [b.id, b]))
  const orgs = new Map(
    (
      await trading.findOrgs(
        [...bids.values()].map((b) => b.org_id),
        tx,
      )
    ).map((o) => [o.id, o]),
  )
  return rows.map((r) => {
    const org = orgs.get(bids.get(r.bid_id)?.org_id ?? '')
    return {
      bidId: r.bid_id,
      orgName: org?.name ?? '',
      creditCode: org?.credit_code ?? '',
      version: Number(r.version),
      status: r.status,
      blame: r.blame,
      figures: fromJson<BidOpeningForm>(r.figures),
    }
  })
}

/**
 * The opening as a participant sees it: bidders once it started, figures only once recorded,
 * which bid is the viewer's own, and the objections raised at it.
 */
export async function presentOpening(
  repo: BiddingRepository,
  trading: TradingQueries,
  lot: LotRow,
  myOrg: string | null,
): Promise<OpeningResponse> {
  const lotId = lot.id
  const opening = await repo.findOpening(lotId)
  const base = {
    lotId,
    deadline: lot.bid_deadline,
    startedAt: opening?.started_at ?? null,
    windowEndsAt: opening?.window_ends_at ?? null,
    bidCount: opening ? Number(opening.bid_count) : 0,
    nextStep: fromJson<{ step: string; basis: string }>(opening?.next_step ?? null),
    recordedAt: opening?.recorded_at ?? null,
  }
  if (!opening) return { ...base, status: 'sealed', bids: [], objections: [] }
  const rows: DecryptionRow[] = await repo.decryptionsOfLot(lotId)
  const bids = new Map((await repo.bidsOfLot(lotId)).map((b) => [b.id, b]))
  const orgs = new Map(
    (await trading.findOrgs([...bids.values()].map((b) => b.org_id))).map((o) => [o.id, o]),
  )
  const show = opening.status === 'recorded'
  const versions = await Promise.all(rows.map((r) => repo.findVersion(r.bid_id, Number(r.version))))
  const objections = await repo.objectionsOfLot(lotId)
  return {
    ...base,
    status: opening.status as OpeningResponse['status'],
    bids: rows.map((r, i) => {
      const bid = bids.get(r.bid_id)
      const org = orgs.get(bid?.org_id ?? '')
      const figures = show ? fromJson<BidOpeningForm>(r.figures) : null
      return {
        bidId: r.bid_id,
        orgName: org?.name ?? '',
        creditCode: org?.credit_code ?? '',
        receivedAt: versions[i]?.received_at ?? '',
        version: Number(r.version),
        decryption: r.status,
        blame: r.blame,
        priceFen: figures?.priceFen ?? null,
        durationDays: figures?.durationDays ?? null,
        isMine: myOrg !== null && bid?.org_id === myOrg,
      }
    }),
    objections: objections.map((o) => ({
      id: o.id,
      orgName: orgs.get(o.org_id)?.name ?? '',
      text: o.text,
      raisedAt: o.raised_at,
      answer: o.answer,
      answeredAt: o.answered_at,
    })),
  }
}

/** Pushes a change of the lot's opening to every participant watching it (the real-time bus). */
export async function publishOpening(
  bus: EventBus,
  clock: Clock,
  tx: Executor,
  lotId: string,
  status: string,
  reason: string,
): Promise<void> {
  await bus.publish(tx, channels.opening(lotId), 'bidding.opening', {
    lotId,
    status,
    reason,
    at: clock.now().toISOString(),
  })
}

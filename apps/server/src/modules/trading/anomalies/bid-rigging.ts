import type { AnomalyRule } from './anomaly'

/**
 * Signs of bid rigging among a lot's opened bids (串标围标, 招标投标法实施条例 第39、40条): the
 * same upload address or device, identical files, the same person, prices in a pattern. One
 * finding per lot naming the bidders involved; the supervisor investigates.
 */
export const bidRigging: AnomalyRule = {
  code: 'TRADING_BID_RIGGING',
  severity: 'serious',
  subjectKind: 'trading_lot',
  clears: false,
  evaluate(facts) {
    return facts.lots.flatMap((l) => {
      const signs = l.riggingSigns ?? []
      if (signs.length === 0) return []
      const bidders = [...new Set(signs.flatMap((s) => s.orgNames))].sort()
      return [
        {
          code: this.code,
          projectId: facts.projectId,
          subjectId: l.id,
          params: {
            project: facts.code,
            lot: l.name,
            count: signs.length,
            signs: [...new Set(signs.map((s) => s.code))].sort().join(', '),
            bidders: bidders.join('、'),
            basis: '招标投标法实施条例 第39、40条',
          },
        },
      ]
    })
  },
}

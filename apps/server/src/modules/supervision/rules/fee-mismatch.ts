import type { Rule } from './rule'

/** FEE_MISMATCH: a fee charged that differs from the catalog's item, or that the catalog does not list. */
export const feeMismatch: Rule = {
  code: 'FEE_MISMATCH',
  severity: 'serious',
  describe: (p) =>
    p.catalogAmount === null
      ? `收取了事项目录未列明的费用“${p.name}”${p.amount}元`
      : `收费“${p.name}”${p.amount}元与目录标准${p.catalogAmount}元不符`,
  evaluate(facts) {
    return facts.fees.flatMap((f) => {
      const expected = f.catalogAmount
      if (expected !== null && Math.abs(f.amount - expected) < 0.005) return []
      if (expected === null && f.amount === 0) return []
      return [
        {
          subjectKind: 'fee' as const,
          subjectId: f.id,
          occurrence: 'charged',
          departmentId: facts.departmentId,
          params: { name: f.name, amount: f.amount, catalogAmount: expected },
        },
      ]
    })
  },
  // the fee was corrected to the catalog's amount or taken off: cleared
  clears: () => true,
}

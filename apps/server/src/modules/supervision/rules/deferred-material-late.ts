import type { Rule } from './rule'

/** DEFERRED_MATERIAL_LATE: a 容缺 material still not supplied after its supply deadline. */
export const deferredMaterialLate: Rule = {
  code: 'DEFERRED_MATERIAL_LATE',
  severity: 'warning',
  describe: (p) => `容缺受理的材料（第${Number(p.position) + 1}项）未在${p.dueOn}前补齐`,
  evaluate(facts, ctx) {
    if (facts.status === 'withdrawn' || facts.status === 'refused') return []
    return facts.deferredMaterials.flatMap((m) => {
      if (m.status !== 'deferred' || m.supplyDueOn === null || ctx.today <= m.supplyDueOn) return []
      return [
        {
          subjectKind: 'material' as const,
          subjectId: m.id,
          occurrence: m.supplyDueOn,
          departmentId: facts.departmentId,
          params: { position: m.position, dueOn: m.supplyDueOn },
        },
      ]
    })
  },
  // the material is no longer missing (supplied): cleared
  clears: (facts) => facts.status !== 'withdrawn' && facts.status !== 'refused',
}

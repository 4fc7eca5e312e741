import type { CaseDetail } from '@yimin/shared'

type Material = CaseDetail['materials'][number]

/** Whether 受理 would be accepted, and if not, which materials stand in the way (the server's rule). */
export interface AcceptReadiness {
  /** required, missing and not 容缺: acceptance is refused until they are handed in */
  blocking: Material[]
  /** required and missing but 容缺: refused unless ticked as supplied later */
  undeferred: Material[]
  /** no required material is missing (deferred ones aside) */
  isComplete: boolean
  canAccept: boolean
}

/**
 * The accept dialog's one source of truth (pure), so it never says "missing" and "complete"
 * together: the server refuses acceptance while a required material is missing and not named as
 * deferred, and refuses deferring a material that is not 容缺.
 */
export function acceptReadiness(
  materials: readonly Material[],
  deferred: readonly number[],
): AcceptReadiness {
  const isDeferred = new Set(deferred)
  const missingRequired = materials.filter((m) => m.isRequired && m.status === 'missing')
  const blocking = missingRequired.filter((m) => !m.isDeferrable)
  const undeferred = missingRequired.filter((m) => m.isDeferrable && !isDeferred.has(m.position))
  return {
    blocking,
    undeferred,
    isComplete: missingRequired.length === 0,
    canAccept: blocking.length === 0 && undeferred.length === 0,
  }
}

import type { RatableSubject } from './ratable-subject'

/** What a bundle (一件事) is rated from: its application (number, name, lead department) and all its cases. */
export interface BundleFacts {
  /** the online application's id (the cases' bundle_id) */
  id: string
  bundleNumber: string
  name: string
  leadDepartmentId: string | null
  cases: Array<{ status: string; completedAt: string | null; phone: string }>
}

const FINISHED = new Set(['completed', 'delivered', 'refused', 'withdrawn', 'revoked'])
const DECIDED = new Set(['completed', 'delivered'])

/**
 * A bundle counts as one 事 (一事一评): it is rated once, when every case of it has finished
 * (decided, refused or withdrawn) and at least one was decided; it ended when its last case was
 * decided. The lead department answers for it. Returns null while it is not ratable.
 */
export function bundleSubject(b: BundleFacts): RatableSubject | null {
  if (b.cases.length === 0 || !b.cases.every((c) => FINISHED.has(c.status))) return null
  const decided = b.cases.filter((c) => DECIDED.has(c.status) && c.completedAt !== null)
  if (decided.length === 0) return null
  const endedAt = decided.map((c) => c.completedAt!).reduce((a, x) => (x > a ? x : a))
  return {
    kind: 'bundle',
    id: b.id,
    label: b.bundleNumber,
    title: b.name,
    departmentId: b.leadDepartmentId,
    windowId: null,
    staffId: null,
    endedAt,
    phone: b.cases[0]!.phone,
  }
}

import type { Executor } from '../../db/database'
import { AppError } from '../../platform/errors'
import { normalizeName } from '../catalog/catalog.rules'
import { bundleLinks } from './bundle-links.repository'
import type { CaseActor, CaseJournal } from './case-journal'
import type { CaseRow, CasesRepository } from './cases.repository'

/**
 * A bundle does not ask for what it issues (issue 17). A case's material that an earlier matter
 * of the same bundle issues (e.g. 营业执照 from 企业设立登记) is 'awaited' from filing: the
 * applicant uploads nothing, acceptance counts it as in, and the case cannot be approved until
 * the result is issued; when the issuing case is approved, the result is attached to every
 * later case of the bundle that needs it, with an event on each.
 */

/** Approval waits for the materials the bundle issues. */
export async function assertNothingAwaited(tx: Executor, caseId: string): Promise<void> {
  const awaited = await bundleLinks.awaitedMaterials(tx, [caseId])
  if (awaited.length)
    throw new AppError('CASE_AWAITING_BUNDLE_RESULT', 'a result the bundle issues has not arrived yet', {
      materials: awaited.map((m) => ({ position: m.position, name: m.name })),
    })
}

/** The approved case's result goes to the later cases of its bundle that need it. */
export async function attachBundleResult(
  deps: { cases: CasesRepository; journal: CaseJournal },
  tx: Executor,
  row: CaseRow,
  actor: CaseActor,
  resultNumber: string | null,
): Promise<void> {
  if (!row.bundle_id) return
  const bundle = await bundleLinks.bundleOf(tx, row.bundle_id)
  const feeds = bundle?.feeds.filter((f) => f.fromMatterCode === row.matter_code) ?? []
  if (feeds.length === 0) return
  const later = (await bundleLinks.siblings(tx, row.bundle_id)).filter(
    (s) => s.id !== row.id && feeds.some((f) => f.toMatterCode === s.matter_code),
  )
  const awaited = await bundleLinks.awaitedMaterials(
    tx,
    later.map((s) => s.id),
  )
  for (const s of later) {
    const fed = awaited.filter(
      (m) =>
        m.case_id === s.id &&
        feeds.some(
          (f) => f.toMatterCode === s.matter_code && normalizeName(f.material) === normalizeName(m.name),
        ),
    )
    if (fed.length === 0) continue
    const note = `由${row.number}出具${resultNumber ? `：${resultNumber}` : ''}`
    for (const m of fed) await deps.cases.updateMaterial(m.id, { status: 'supplied', note }, tx)
    const sibling = await deps.cases.find(s.id, tx)
    if (!sibling) continue
    await deps.journal.record(tx, sibling, actor, {
      type: 'bundle.result_attached',
      data: {
        fromCase: row.number,
        matterCode: row.matter_code,
        resultNumber,
        materials: fed.map((m) => m.position),
      },
    })
  }
}

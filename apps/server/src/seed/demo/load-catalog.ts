import type { MatterDocumentInput } from '@yimin/shared'
import { bundles } from './bundles'
import { allMatters } from './matters'
import { ignoreDuplicate, need, type SeedContext, type SeedIds } from './context'
import type { SeedMatter } from './types'

/** A matter's document with the codes of its data file resolved to ids. */
export function toDocument(
  m: SeedMatter,
  ids: Pick<SeedIds, 'departments' | 'areas' | 'categories'>,
): MatterDocumentInput {
  const { department, parallel, area, category, ...rest } = m
  return {
    ...rest,
    departmentId: need(ids.departments, department, 'department'),
    parallelDepartments: parallel.map((p) => ({
      departmentId: need(ids.departments, p.department, 'department'),
      limitDays: p.limitDays,
      onRefusal: p.onRefusal,
    })),
    hallAreaId: area === null ? null : need(ids.areas, area, 'area'),
    queueCategoryId: category === null ? null : need(ids.categories, category, 'queue category'),
  }
}

/**
 * The catalog through CatalogService: each matter is created and published in one transaction
 * (the same building blocks the Excel import uses, with every schema, rule and reference check),
 * and the search index is rebuilt once at the end rather than after each of 150 publications.
 * Then the bundles, through BundlesService.
 */
export async function loadCatalog(ctx: SeedContext): Promise<void> {
  const { c, ids } = ctx
  const service = c.catalog.matters
  const existing = new Set(
    (await c.database.db.selectFrom('matters').select('code').execute()).map((r) => r.code),
  )
  let created = 0
  for (const m of allMatters) {
    if (existing.has(m.code)) continue
    const doc = service.parse(toDocument(m, ids))
    const ok = await ignoreDuplicate(
      c.database.db.transaction().execute(async (tx) => {
        const now = c.clock.now().toISOString()
        await service.createIn(tx, 'system', doc, now)
        const row = await tx
          .selectFrom('matters')
          .select('id')
          .where('code', '=', doc.code)
          .executeTakeFirstOrThrow()
        const version = await service.publishIn(tx, 'system', await service.lockMatter(row.id, tx), now)
        await c.audit.record(
          {
            actor: 'system',
            action: 'catalog.matter-create',
            subject: `matter:${row.id}`,
            details: { code: doc.code },
          },
          tx,
        )
        await c.audit.record(
          { actor: 'system', action: 'catalog.publish', subject: `matter:${row.id}`, details: { version } },
          tx,
        )
      }),
    )
    if (ok) created++
  }
  if (created > 0) await service.refresh()
  ctx.progress(`catalog: ${allMatters.length} matters (${created} new, published)`)

  const known = new Set((await c.catalog.bundles.list(ctx.actor)).map((b) => b.code))
  for (const b of bundles) {
    if (known.has(b.code)) continue
    await ignoreDuplicate(
      c.catalog.bundles.create('system', {
        code: b.code,
        name: b.name,
        description: b.description,
        leadDepartmentId: need(ids.departments, b.lead, 'department'),
        matterCodes: b.matters,
        feeds: b.feeds ?? [],
        form: b.form.map((f) => ({ ...f, isRequired: f.isRequired ?? false, options: f.options ?? [] })),
      }),
    )
  }
  ctx.progress(`bundles: ${bundles.length}`)
}

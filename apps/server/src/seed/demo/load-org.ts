import { departments } from './departments'
import { divisions } from './divisions'
import { ignoreDuplicate, type SeedContext } from './context'

/** Divisions (upserted) and departments (created unless their code exists), parents first. */
export async function loadOrganisation(ctx: SeedContext): Promise<void> {
  const { c, actor } = ctx
  const existing = new Set((await c.org.listDivisions()).map((d) => d.code))
  for (const d of divisions) {
    if (existing.has(d.code)) continue
    await c.org.upsertDivision(actor, {
      code: d.code,
      name: d.name,
      level: d.level,
      parentCode: d.parentCode,
    })
  }
  const ids = ctx.ids.departments
  for (const d of await c.org.listDepartments(actor)) ids.set(d.code, d.id)
  let created = 0
  for (const [i, d] of departments.entries()) {
    if (ids.has(d.code)) continue
    const parentId = d.parentCode ? (ids.get(d.parentCode) ?? null) : null
    if (d.parentCode && !parentId)
      throw new Error(`demo seed: department ${d.code} is listed before its parent ${d.parentCode}`)
    const input = {
      code: d.code,
      name: d.name,
      level: d.level,
      divisionCode: d.divisionCode,
      parentId,
      phone: null,
      isActive: true,
      sortOrder: (i + 1) * 10,
    }
    if (
      await ignoreDuplicate(c.org.createDepartment(actor, input).then((made) => ids.set(made.code, made.id)))
    )
      created++
    // lost a race to another instance: take the id it created
    else for (const x of await c.org.listDepartments(actor)) ids.set(x.code, x.id)
  }
  ctx.progress(
    `organisation: ${divisions.length} divisions, ${departments.length} departments (${created} new)`,
  )
}

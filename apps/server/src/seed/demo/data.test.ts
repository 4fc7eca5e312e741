import { bundleInputSchema, matterDocumentSchema } from '@yimin/shared'
import { describe, expect, it } from 'vitest'
import { checkFeeds } from '../../modules/catalog/bundle-feeds.rules'
import { checkFormFields, checkMatterDocument } from '../../modules/catalog/catalog.rules'
import { bundles } from './bundles'
import { departments } from './departments'
import { devices } from './devices'
import { divisions } from './divisions'
import { areas, facilities, floors, windows } from './hall'
import { toDocument } from './load-catalog'
import { materialNames } from './material-names'
import { allMatters } from './matters'
import { queueCategories } from './queue-categories'
import { staff } from './staff'

/** The demo data files checked without a database: shapes, codes and cross-references. */
const codes = <T>(items: T[], key: (t: T) => string | number) => items.map(key)
const unique = (values: Array<string | number>) => expect(new Set(values).size).toBe(values.length)
const identity = (list: string[]) => new Map(list.map((c) => [c, c]))
const ids = {
  departments: identity(departments.map((d) => d.code)),
  areas: identity(areas.map((a) => a.code)),
  categories: identity(queueCategories.map((q) => q.code)),
}
const departmentCodes = new Set(departments.map((d) => d.code))

describe('demo data', () => {
  it('has the divisions of Urumqi with GB/T 2260 codes under the region', () => {
    unique(codes(divisions, (d) => d.code))
    expect(codes(divisions, (d) => d.code)).toEqual([
      '650000',
      '650100',
      '650102',
      '650103',
      '650104',
      '650105',
      '650106',
      '650107',
      '650109',
      '650121',
    ])
    for (const d of divisions)
      if (d.parentCode) expect(divisions.some((p) => p.code === d.parentCode)).toBe(true)
  })

  it('has 33 departments with unique codes, known divisions and parents listed first', () => {
    expect(departments).toHaveLength(33)
    unique(codes(departments, (d) => d.code))
    for (const [i, d] of departments.entries()) {
      expect(divisions.some((v) => v.code === d.divisionCode && v.level === d.level)).toBe(true)
      if (d.parentCode) expect(departments.slice(0, i).some((p) => p.code === d.parentCode)).toBe(true)
      expect(d.name.ug).toMatch(/[\u0600-\u06FF]/)
    }
    expect(new Set(departments.map((d) => d.level))).toEqual(new Set(['region', 'city', 'district']))
  })

  it('has the hall: six floors, four areas, windows that serve something, facilities', () => {
    expect(floors.filter((f) => f.isServiceFloor).map((f) => f.number)).toEqual([1, 3, 5, 6])
    expect(floors.filter((f) => !f.isServiceFloor).map((f) => f.number)).toEqual([2, 4])
    unique(codes(areas, (a) => a.code))
    for (const a of areas) expect(floors.some((f) => f.number === a.floor && f.isServiceFloor)).toBe(true)
    unique(codes(windows, (w) => w.number))
    unique(codes(queueCategories, (q) => q.code))
    unique(codes(queueCategories, (q) => q.prefix))
    for (const w of windows) {
      expect(areas.some((a) => a.code === w.area)).toBe(true)
      expect(w.departments.length).toBeGreaterThan(0)
      expect(w.categories.length).toBeGreaterThan(0)
      for (const d of w.departments) expect(departmentCodes.has(d)).toBe(true)
      for (const q of w.categories) expect(ids.categories.has(q)).toBe(true)
      for (const u of w.staff) expect(staff.some((s) => s.username === u)).toBe(true)
      // named in Uyghur and English too (the displays show the reader's language)
      expect([w.name.ug, w.name.en]).not.toContain(w.name.zh)
    }
    for (const q of queueCategories) expect(windows.some((w) => w.categories.includes(q.code))).toBe(true)
    expect(facilities.find((f) => f.kind === 'canteen')?.capacity).toBe(1200)
    expect(facilities.find((f) => f.kind === 'parking')?.capacity).toBe(1500)
  })

  it('has staff and devices that name existing departments, windows and areas', () => {
    unique(codes(staff, (s) => s.username))
    for (const name of ['admin', 'clerk', 'handler', 'reviewer', 'approver', 'supervisor'])
      expect(staff.some((s) => s.username === name)).toBe(true)
    for (const s of staff)
      for (const g of s.grants) if (g.department) expect(departmentCodes.has(g.department)).toBe(true)
    unique(codes(devices, (d) => d.credential))
    for (const d of devices) {
      if (d.window !== null) expect(windows.some((w) => w.number === d.window)).toBe(true)
      if (d.area !== null) expect(ids.areas.has(d.area)).toBe(true)
      // the supervision wall hangs in the supervision center, outside the hall: neither window nor area
      if (d.kind === 'wall_display') expect([d.window, d.area]).toEqual([null, null])
      else expect(d.kind === 'window_display' || d.kind === 'rating_pad' ? d.window : d.area).not.toBeNull()
    }
  })

  it('has 150+ matters, each a sound document whose references exist', () => {
    unique(codes(allMatters, (m) => m.code))
    const problems: string[] = []
    for (const m of allMatters) {
      const parsed = matterDocumentSchema.safeParse(toDocument(m, ids))
      if (!parsed.success) {
        problems.push(
          `${m.code}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        )
        continue
      }
      for (const issue of checkMatterDocument(parsed.data))
        problems.push(`${m.code}: ${issue.path} ${issue.message}`)
      const dep = departments.find((d) => d.code === m.department)
      if (dep?.level !== m.level)
        problems.push(`${m.code}: level ${m.level} differs from its department's ${dep?.level}`)
      if (m.promisedLimitDays > m.legalLimitDays) problems.push(`${m.code}: promised exceeds legal`)
      if ((m.legalBasis ?? []).length === 0) problems.push(`${m.code}: no legal basis`)
      if ((m.materials ?? []).length === 0) problems.push(`${m.code}: no materials`)
    }
    expect(problems).toEqual([])
    expect(allMatters.length).toBeGreaterThanOrEqual(150)
  })

  it('covers every department with matters, and has parallel, cross-level, instant and 容缺 matters', () => {
    for (const d of departments)
      expect(
        allMatters.some((m) => m.department === d.code),
        d.code,
      ).toBe(true)
    expect(allMatters.filter((m) => m.parallel.length > 0).length).toBeGreaterThanOrEqual(5)
    expect(allMatters.some((m) => m.level === 'region')).toBe(true)
    expect(allMatters.some((m) => m.level === 'district')).toBe(true)
    expect(allMatters.some((m) => m.promisedLimitDays === 0)).toBe(true)
    expect(allMatters.some((m) => (m.materials ?? []).some((x) => x.isDeferrable))).toBe(true)
    expect(allMatters.some((m) => (m.specialProcedures ?? []).length > 0)).toBe(true)
    expect(allMatters.some((m) => (m.fees ?? []).length > 0)).toBe(true)
  })

  it('passes results on within bundles only between their matters, each a material of the later one', () => {
    const byCode = new Map(allMatters.map((m) => [m.code, m]))
    for (const b of bundles) {
      const problems = checkFeeds(b.feeds ?? [], b.matters, (code) => {
        const m = byCode.get(code)
        return m ? { materials: m.materials ?? [] } : null
      })
      expect(problems, b.code).toEqual([])
    }
    // the restaurant bundle never asks for the licence it issues
    expect(bundles.find((b) => b.code === 'YJS-KCG')?.feeds?.map((f) => f.material)).toContain('营业执照')
  })

  it('has a clerk scope, a handler and an approver for every department a bundle names', () => {
    const byCode = new Map(allMatters.map((m) => [m.code, m]))
    const holds = (role: string, department: string) =>
      staff.some((s) =>
        s.grants.some((g) => g.role === role && (g.department === department || g.department === null)),
      )
    const missing: string[] = []
    for (const b of bundles) {
      const departments = new Set([b.lead])
      for (const code of b.matters) {
        const m = byCode.get(code)!
        departments.add(m.department)
        for (const p of m.parallel) departments.add(p.department)
      }
      for (const d of departments)
        for (const role of ['clerk', 'handler', 'approver'])
          if (!holds(role, d)) missing.push(`${b.code} ${d} ${role}`)
    }
    expect(missing).toEqual([])
  })

  it('has 5+ bundles of existing matters, led by a department that works one of them', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(5)
    unique(codes(bundles, (b) => b.code))
    const byCode = new Map(allMatters.map((m) => [m.code, m]))
    for (const b of bundles) {
      const parsed = bundleInputSchema.safeParse({
        code: b.code,
        name: b.name,
        description: b.description,
        leadDepartmentId: b.lead,
        matterCodes: b.matters,
        form: b.form,
      })
      expect(parsed.success, `${b.code}: ${parsed.error?.message}`).toBe(true)
      if (parsed.success) expect(checkFormFields(parsed.data.form, ['form']), b.code).toEqual([])
      const members = b.matters.map((c) => byCode.get(c))
      expect(members.every(Boolean), `${b.code} names an unknown matter`).toBe(true)
      const involved = new Set(
        members.flatMap((m) => (m ? [m.department, ...m.parallel.map((p) => p.department)] : [])),
      )
      expect(involved.has(b.lead), `${b.code}: lead ${b.lead} works none of its matters`).toBe(true)
      expect(new Set(members.map((m) => m?.department)).size).toBeGreaterThan(1)
    }
  })

  it('names every material, form field and choice in Uyghur and English, so no reader sees them in Chinese only', () => {
    const uyghur = /[\u0600-\u06FF]/
    const chinese = /[\u3400-\u9FFF\uFF08\uFF09\u3001\uFF0C]/
    const problems: string[] = []
    const check = (where: string, { zh, ug, en }: { zh: string; ug?: string | null; en?: string | null }) => {
      if (!ug?.trim() || !uyghur.test(ug) || chinese.test(ug))
        problems.push(`${where} ${zh}: Uyghur ${JSON.stringify(ug)}`)
      if (!en?.trim() || chinese.test(en)) problems.push(`${where} ${zh}: English ${JSON.stringify(en)}`)
    }
    for (const m of allMatters) {
      for (const x of m.materials ?? []) check(`${m.code} material`, x.name)
      for (const f of m.formFields ?? []) {
        check(`${m.code} field`, f.label)
        for (const o of f.options ?? []) check(`${m.code} ${f.key} choice`, o)
      }
    }
    for (const b of bundles) {
      for (const f of b.form) {
        check(`${b.code} field`, f.label)
        for (const o of f.options ?? []) check(`${b.code} ${f.key} choice`, o)
      }
    }
    // a material missing here is missing from material-names.ts (the matter files name materials in Chinese)
    expect(problems).toEqual([])
    // and the glossary holds only the demo's materials (an entry whose Chinese name drifted from its matter file shows here)
    const used = new Set(allMatters.flatMap((m) => (m.materials ?? []).map((x) => x.name.zh)))
    expect(Object.keys(materialNames).filter((name) => !used.has(name))).toEqual([])
  })
})

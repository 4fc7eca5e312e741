import { describe, expect, it } from 'vitest'
import type { CaseRow } from '../cases/cases.repository'
import type { CaseMaterialsTable } from '../cases/cases.tables'
import { dedupeMaterials } from './bundle-receipt'

const material = (name: string, status: string, supplyDueOn: string | null = null) =>
  ({ name, status, supply_due_on: supplyDueOn }) as CaseMaterialsTable
const caseOf = (matterName: string, materials: CaseMaterialsTable[]) => ({
  row: { matter_name: matterName } as CaseRow,
  departmentName: '',
  materials,
})

describe('dedupeMaterials (the bundle receipt lists each material once)', () => {
  it('lists a shared material once with every matter that needs it, in first-seen order', () => {
    const lines = dedupeMaterials([
      caseOf('食品经营许可', [
        material('食品经营许可申请书', 'submitted'),
        material('营业执照', 'submitted'),
      ]),
      caseOf('新办纳税人信息确认', [material('营业执照 ', 'submitted'), material('税务登记表', 'submitted')]),
    ])
    expect(lines.map((l) => [l.name, l.matters])).toEqual([
      ['食品经营许可申请书', ['食品经营许可']],
      ['营业执照', ['食品经营许可', '新办纳税人信息确认']],
      ['税务登记表', ['新办纳税人信息确认']],
    ])
  })

  it('shows the least complete state of a shared material and its earliest supply date', () => {
    const [line] = dedupeMaterials([
      caseOf('A', [material('营业执照', 'submitted')]),
      caseOf('B', [material('营业执照', 'deferred', '2026-03-20')]),
      caseOf('C', [material('营业执照', 'deferred', '2026-03-13')]),
    ])
    expect(line).toMatchObject({ status: 'deferred', supplyDueOn: '2026-03-13' })
    expect(
      dedupeMaterials([
        caseOf('A', [material('x', 'deferred')]),
        caseOf('B', [material('x', 'missing')]),
        caseOf('C', [material('x', 'deferred')]),
      ])[0]!.status,
    ).toBe('missing')
  })
})

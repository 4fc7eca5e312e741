/** @jsxRuntime automatic @jsxImportSource react */
// (tsx and esbuild then use the automatic JSX runtime whichever tsconfig.json they find)
import { caseStatusLabels, type CaseStatus } from '@yimin/shared'
import { cnDate, ListTable, renderA4Document } from '../cases/a4-page'
import { materialState } from '../cases/case-documents'
import type { CasesTable as CaseRow } from '../cases/cases.tables'
import type { CaseMaterialsTable } from '../cases/cases.tables'
import { normalizeName } from '../catalog/catalog.rules'

export interface BundleReceiptInput {
  centerName: string
  bundleNumber: string
  bundleName: string
  /** the public progress page for the bundle number (the QR) */
  progressUrl: string
  /** the bundle's cases in number order, with their department's name and materials */
  cases: Array<{ row: CaseRow; departmentName: string; materials: CaseMaterialsTable[] }>
  issuedOn: string
}

/** One line of the deduplicated materials: a material the bundle's matters share is listed once. */
export interface BundleMaterialLine {
  name: string
  status: string
  supplyDueOn: string | null
  /** the matters (names) that need it */
  matters: string[]
}

/** The bundle's materials, each once (by normalised name), in the order they first appear. */
export function dedupeMaterials(cases: BundleReceiptInput['cases']): BundleMaterialLine[] {
  const lines = new Map<string, BundleMaterialLine>()
  for (const c of cases) {
    for (const m of c.materials) {
      const key = normalizeName(m.name)
      const line = lines.get(key)
      if (!line) {
        lines.set(key, {
          name: m.name,
          status: m.status,
          supplyDueOn: m.supply_due_on,
          matters: [c.row.matter_name],
        })
        continue
      }
      if (!line.matters.includes(c.row.matter_name)) line.matters.push(c.row.matter_name)
      // a material still missing for one matter is missing for the bundle
      if (m.status === 'missing' || (m.status === 'deferred' && line.status !== 'missing'))
        line.status = m.status
      if (m.supply_due_on && (!line.supplyDueOn || m.supply_due_on < line.supplyDueOn))
        line.supplyDueOn = m.supply_due_on
    }
  }
  return [...lines.values()]
}

/**
 * The bundle's receipt (一件事受理回执, A4): the bundle number, each matter's case number, its
 * department, state and due date, the materials once each, and a QR code to the public progress
 * page of the bundle. Same page as the case documents (renderA4Document).
 */
export async function renderBundleReceipt(input: BundleReceiptInput): Promise<string> {
  const first = input.cases[0]?.row
  const applicant = !first
    ? ''
    : first.applicant_kind === 'organisation'
      ? `${first.applicant_name}（法定代表人：${first.legal_representative ?? ''}）`
      : first.applicant_name
  const rows: Array<[string, string]> = [
    ['一件事编号', input.bundleNumber],
    ['一件事', input.bundleName],
    ['申请人', applicant],
    ['接件日期', cnDate(first?.received_on ?? null)],
    ['包含事项', `${input.cases.length} 项，并联办理`],
  ]
  const body = (
    <>
      <h2>各事项办件</h2>
      <ListTable head={['事项', '办件编号', '承办部门', '状态', '期限']}>
        {input.cases.map(({ row, departmentName }) => (
          <tr key={row.id}>
            <td data-label="事项">{row.matter_name}</td>
            <td data-label="办件编号">{row.number}</td>
            <td data-label="承办部门">{departmentName}</td>
            <td data-label="状态">{caseStatusLabels[row.status as CaseStatus] ?? row.status}</td>
            <td data-label="期限">
              {row.accepted_on
                ? `承诺 ${cnDate(row.due_on)} 前办结`
                : `${cnDate(row.intake_due_on)}前作出是否受理的决定`}
            </td>
          </tr>
        ))}
      </ListTable>
      <h2>已收材料（共用材料只收一次）</h2>
      <ListTable head={['材料名称', '状态', '用于事项']}>
        {dedupeMaterials(input.cases).map((m) => (
          <tr key={m.name}>
            <td>{m.name}</td>
            <td data-label="状态">
              {`${materialState(m.status)}${m.supplyDueOn ? `（${cnDate(m.supplyDueOn)}前补交）` : ''}`}
            </td>
            <td data-label="用于事项">{m.matters.join('、')}</td>
          </tr>
        ))}
      </ListTable>
      <p className="note">
        各事项由承办部门并联办理，期限以工作日计算，受理当日不计入；补正、特别程序期间不计入办理时限。凭一件事编号可查询全部事项的进度，办结后对本件事作一次评价。
      </p>
    </>
  )
  return renderA4Document({
    title: '一件事受理回执',
    number: input.bundleNumber,
    centerName: input.centerName,
    rows,
    body,
    progressUrl: input.progressUrl,
    issuedOn: input.issuedOn,
  })
}

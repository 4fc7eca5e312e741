/** @jsxRuntime automatic @jsxImportSource react */
// (tsx and esbuild then use the automatic JSX runtime whichever tsconfig.json they find)
import type { ReactNode } from 'react'
import type { MatterDocument } from '@yimin/shared'
import { cnDate, ListTable, renderA4Document } from './a4-page'
import type { CaseRow } from './cases.repository'
import type { CaseEventsTable, CaseMaterialsTable } from './cases.tables'

/**
 * Printable documents (A4, the center's name, the matter, dates, materials, a QR code to the
 * public progress page): 受理回执, 一次性告知书, 不予受理通知书, 办结通知书. They are official
 * Chinese documents, so they are in Chinese; the HTML prints as it is (browser print).
 */
export const documentKinds = ['receipt', 'correction', 'refusal', 'result'] as const
export type DocumentKind = (typeof documentKinds)[number]

const titles: Record<DocumentKind, string> = {
  receipt: '受理回执',
  correction: '补正材料一次性告知书',
  refusal: '不予受理通知书',
  result: '办结通知书',
}

/** Which event a document needs to exist (a correction notice only after a correction request …). */
export const documentEvent: Record<DocumentKind, string[]> = {
  receipt: ['received'],
  correction: ['correction.requested', 'correction.repeated'],
  refusal: ['refused'],
  result: ['completed'],
}

export interface DocumentInput {
  kind: DocumentKind
  centerName: string
  progressUrl: string
  row: CaseRow
  doc: MatterDocument
  departmentName: string
  /** 经办人 and 受理窗口 (the receipt) */
  receiver?: { clerk: string | null; windowNumber: number | null }
  materials: CaseMaterialsTable[]
  /** the event the document reports (the latest of its kind) */
  event: CaseEventsTable
  issuedOn: string
}

export async function renderCaseDocument(input: DocumentInput): Promise<string> {
  const { row, doc, kind } = input
  const data = JSON.parse(input.event.data) as {
    items?: string[]
    legalBasis?: string
    outcome?: string
    resultNumber?: string
  }
  const applicant =
    row.applicant_kind === 'organisation'
      ? `${row.applicant_name}（法定代表人：${row.legal_representative ?? ''}）`
      : row.applicant_name
  const rows: Array<[string, string]> = [
    ['办件编号', row.number],
    ['申请事项', doc.name.zh],
    ['申请人', applicant],
    ...(row.agent_name ? ([['代办人', row.agent_name]] as Array<[string, string]>) : []),
    ['承办部门', input.departmentName],
    ['接件日期', cnDate(row.received_on)],
  ]
  let body: ReactNode = null
  switch (kind) {
    case 'receipt':
      if (input.receiver?.clerk) rows.push(['经办人', input.receiver.clerk])
      if (input.receiver?.windowNumber != null)
        rows.push(['受理窗口', `${input.receiver.windowNumber} 号窗口`])
      if (row.accepted_on) {
        rows.push(
          ['受理日期', cnDate(row.accepted_on)],
          ['承诺办结日期', `${cnDate(row.due_on)}（${doc.promisedLimitDays} 个工作日）`],
          ['法定办结日期', `${cnDate(row.legal_due_on)}（${doc.legalLimitDays} 个工作日）`],
        )
      } else {
        rows.push(['受理决定期限', `${cnDate(row.intake_due_on)}前作出是否受理的决定`])
      }
      body = (
        <>
          <h2>已收材料</h2>
          <ListTable head={['材料名称', '状态', '补交期限']}>
            {/* an optional material not handed in was never asked for: not printed as 未收 */}
            {input.materials
              .filter((m) => m.is_required === 1 || m.status !== 'missing')
              .map((m) => (
                <tr key={m.id}>
                  <td>{m.name}</td>
                  <td>{materialState(m.status)}</td>
                  <td>{m.supply_due_on ? cnDate(m.supply_due_on) : ''}</td>
                </tr>
              ))}
          </ListTable>
          <p className="note">
            本回执所列期限以工作日计算，受理当日不计入；补正、特别程序期间不计入办理时限。
          </p>
          <div className="sign">
            <span>经办人签字：</span>
            <span className="seal">（受理专用章）</span>
          </div>
        </>
      )
      break
    case 'correction':
      body = (
        <>
          <p>
            经审查，您提交的申请材料不齐全或不符合法定形式。根据《中华人民共和国行政许可法》第三十二条，现一次性告知需补正的全部内容：
          </p>
          <ol>
            {(data.items ?? []).map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
          <p>{`请补齐上述材料后重新提交。补齐之日起，我中心将在 ${doc.intakeLimitDays} 个工作日内作出是否受理的决定。`}</p>
        </>
      )
      break
    case 'refusal':
      body = (
        <>
          <p>您的申请经审查，决定不予受理。</p>
          <ReasonAndBasis reason={input.event.reason} legalBasis={data.legalBasis} />
          <p>
            如不服本决定，可以自收到本通知书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。
          </p>
        </>
      )
      break
    case 'result':
      rows.push(
        ['办结日期', cnDate(row.completed_on)],
        ['办理结果', data.outcome === 'approved' ? '准予' : '不予'],
      )
      if (data.resultNumber) rows.push(['证照编号', data.resultNumber])
      body =
        data.outcome === 'approved' ? (
          <p>{`您申请的事项已办结，准予${doc.name.zh}。${doc.delivery.includes('window') ? '请携带本人有效身份证件到窗口领取办理结果。' : ''}`}</p>
        ) : (
          <>
            <p>您申请的事项已办结，决定不予许可。</p>
            <ReasonAndBasis reason={input.event.reason} legalBasis={data.legalBasis} />
            <p>如不服本决定，可以依法申请行政复议或者提起行政诉讼。</p>
          </>
        )
      break
  }
  return renderA4Document({
    title: titles[kind],
    number: row.number,
    centerName: input.centerName,
    rows,
    body,
    progressUrl: input.progressUrl,
    issuedOn: input.issuedOn,
  })
}

/** 理由 and 依据 of a refusal or a denial. */
function ReasonAndBasis({ reason, legalBasis }: { reason: string | null; legalBasis: string | undefined }) {
  return (
    <>
      <h2>理由</h2>
      <p>{reason ?? ''}</p>
      <h2>依据</h2>
      <p>{legalBasis ?? ''}</p>
    </>
  )
}

export function materialState(status: string): string {
  switch (status) {
    case 'submitted':
      return '已收'
    case 'supplied':
      return '已补正'
    case 'deferred':
      return '容缺待补'
    case 'awaited':
      return '由本件事出具'
    default:
      return '未收'
  }
}

import QRCode from 'qrcode'
import type { MatterDocument } from '@yimin/shared'
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

export const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )
export const cnDate = (d: string | null) =>
  d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : '—'

export interface DocumentInput {
  kind: DocumentKind
  centerName: string
  progressUrl: string
  row: CaseRow
  doc: MatterDocument
  departmentName: string
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
    ['申请事项', doc.name],
    ['申请人', applicant],
    ...(row.agent_name ? ([['代办人', row.agent_name]] as Array<[string, string]>) : []),
    ['承办部门', input.departmentName],
    ['接件日期', cnDate(row.received_on)],
  ]
  let body = ''
  switch (kind) {
    case 'receipt':
      if (row.accepted_on) {
        rows.push(
          ['受理日期', cnDate(row.accepted_on)],
          ['承诺办结日期', `${cnDate(row.due_on)}（${doc.promisedLimitDays} 个工作日）`],
          ['法定办结日期', `${cnDate(row.legal_due_on)}（${doc.legalLimitDays} 个工作日）`],
        )
      } else {
        rows.push(['受理决定期限', `${cnDate(row.intake_due_on)}前作出是否受理的决定`])
      }
      body = `<h2>已收材料</h2><table class="list"><tr><th>材料名称</th><th>状态</th><th>补交期限</th></tr>${input.materials
        .map(
          (m) =>
            `<tr><td>${esc(m.name)}</td><td>${materialState(m.status)}</td><td>${m.supply_due_on ? cnDate(m.supply_due_on) : ''}</td></tr>`,
        )
        .join(
          '',
        )}</table><p class="note">本回执所列期限以工作日计算，受理当日不计入；补正、特别程序期间不计入办理时限。</p>`
      break
    case 'correction':
      body = `<p>经审查，您提交的申请材料不齐全或不符合法定形式。根据《中华人民共和国行政许可法》第三十二条，现一次性告知需补正的全部内容：</p><ol>${(
        data.items ?? []
      )
        .map((i) => `<li>${esc(i)}</li>`)
        .join(
          '',
        )}</ol><p>请补齐上述材料后重新提交。补齐之日起，我中心将在 ${doc.intakeLimitDays} 个工作日内作出是否受理的决定。</p>`
      break
    case 'refusal':
      body = `<p>您的申请经审查，决定不予受理。</p><h2>理由</h2><p>${esc(input.event.reason ?? '')}</p><h2>依据</h2><p>${esc(data.legalBasis ?? '')}</p><p>如不服本决定，可以自收到本通知书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。</p>`
      break
    case 'result':
      rows.push(
        ['办结日期', cnDate(row.completed_on)],
        ['办理结果', data.outcome === 'approved' ? '准予' : '不予'],
      )
      if (data.resultNumber) rows.push(['证照编号', data.resultNumber])
      body =
        data.outcome === 'approved'
          ? `<p>您申请的事项已办结，准予${esc(doc.name)}。${doc.delivery.includes('window') ? '请携带本人有效身份证件到窗口领取办理结果。' : ''}</p>`
          : `<p>您申请的事项已办结，决定不予许可。</p><h2>理由</h2><p>${esc(input.event.reason ?? '')}</p><h2>依据</h2><p>${esc(data.legalBasis ?? '')}</p><p>如不服本决定，可以依法申请行政复议或者提起行政诉讼。</p>`
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

/**
 * The A4 page every printed document shares: the center's name and the title, a table of facts,
 * the body (trusted HTML), the QR code to the public progress page and the date of issue.
 */
export async function renderA4Document(page: {
  title: string
  number: string
  centerName: string
  rows: Array<[string, string]>
  body: string
  progressUrl: string
  issuedOn: string
}): Promise<string> {
  const qr = await QRCode.toString(page.progressUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${page.title} ${esc(page.number)}</title><style>
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "SimSun", serif; color: #000; background: #fff; font-size: 12pt; line-height: 1.7; max-width: 174mm; margin: 0 auto; }
header { text-align: center; border-bottom: 2px solid #000; padding-bottom: 4mm; margin-bottom: 6mm; }
header .center { font-size: 14pt; letter-spacing: 2pt; }
h1 { font-size: 20pt; margin: 2mm 0 0; letter-spacing: 4pt; }
h2 { font-size: 13pt; margin: 5mm 0 1mm; }
table { border-collapse: collapse; width: 100%; }
table.facts td { border: 1px solid #000; padding: 1.5mm 3mm; }
table.facts td:first-child { width: 32mm; white-space: nowrap; }
table.list th, table.list td { border: 1px solid #000; padding: 1mm 2mm; text-align: left; }
.qr { display: flex; gap: 6mm; align-items: center; margin-top: 8mm; }
.qr svg { width: 32mm; height: 32mm; flex: none; }
.note { font-size: 10pt; overflow-wrap: anywhere; }
footer { margin-top: 10mm; text-align: right; }
@media screen { body { padding: 10mm; } }
@media screen and (max-width: 600px) {
  body { padding: 4mm; font-size: 11pt; }
  td { overflow-wrap: anywhere; }
  table.facts td:first-child { width: auto; white-space: normal; }
  table.list tr:first-child { display: none; }
  table.list, table.list tbody, table.list tr, table.list td { display: block; }
  table.list tr { border: 1px solid #000; margin-bottom: 2mm; padding: 1mm 0; }
  table.list td { border: none; padding: 0.5mm 2mm; }
  table.list td[data-label]::before { content: attr(data-label) "："; font-weight: bold; }
}
</style></head><body>
<header><div class="center">${esc(page.centerName)}</div><h1>${page.title}</h1></header>
<table class="facts">${page.rows.map(([k, v]) => `<tr><td>${k}</td><td>${esc(v)}</td></tr>`).join('')}</table>
${page.body}
<div class="qr">${qr}<div class="note">扫码或访问本中心网站，输入办件编号和申请人证件号码（或手机号）后四位，即可查询办理进度。<br>${esc(page.progressUrl)}</div></div>
<footer>${esc(page.centerName)}<br>${cnDate(page.issuedOn)}</footer>
</body></html>`
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

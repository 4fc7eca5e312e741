/** @jsxRuntime automatic @jsxImportSource react */
// (tsx and esbuild then use the automatic JSX runtime whichever tsconfig.json they find)
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import QRCode from 'qrcode'

/**
 * The A4 page every printed document shares (受理回执, 告知书, 通知书, 一件事回执), rendered with
 * React's static markup: every text is escaped by the renderer, never by hand. Only two trusted
 * strings go in as HTML: the page's own style sheet and the QR code's SVG (from the qrcode
 * library, of the progress URL).
 */
export interface A4Page {
  title: string
  number: string
  centerName: string
  /** the table of facts: label, value */
  rows: Array<[string, string]>
  body: ReactNode
  /** the public progress page (the QR code and its address under it) */
  progressUrl: string
  issuedOn: string
}

/** 2026-03-16 → 2026年3月16日; null → — */
export const cnDate = (d: string | null) =>
  d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : '—'

const STYLE = `
@page { size: A4; margin: 15mm 16mm; }
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
.qr .code { flex: none; line-height: 0; }
.qr svg { width: 32mm; height: 32mm; flex: none; }
.note { font-size: 10pt; overflow-wrap: anywhere; }
footer { margin-top: 10mm; text-align: right; }
.sign { display: flex; justify-content: space-between; align-items: center; margin-top: 4mm; }
.sign .seal { width: 36mm; height: 36mm; border: 1px dashed #000; border-radius: 50%; display: flex; align-items: center; justify-content: center; font-size: 10pt; }
@media screen { body { padding: 10mm; } }
@media print {
  body { font-size: 11pt; line-height: 1.45; }
  header { padding-bottom: 2mm; margin-bottom: 4mm; }
  h2 { margin: 3mm 0 1mm; }
  table.facts td { padding: 1mm 3mm; }
  table.list th, table.list td { padding: 0.5mm 2mm; }
  .qr { margin-top: 4mm; }
  .qr svg { width: 26mm; height: 26mm; }
  footer { margin-top: 4mm; }
  .sign .seal { width: 30mm; height: 30mm; }
}
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
`

export async function renderA4Document(page: A4Page): Promise<string> {
  const qr = await QRCode.toString(page.progressUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  const html = renderToStaticMarkup(
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <title>{`${page.title} ${page.number}`}</title>
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <header>
          <div className="center">{page.centerName}</div>
          <h1>{page.title}</h1>
        </header>
        <table className="facts">
          <tbody>
            {page.rows.map(([k, v], i) => (
              <tr key={i}>
                <td>{k}</td>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.body}
        <div className="qr">
          <div className="code" dangerouslySetInnerHTML={{ __html: qr }} />
          <div className="note">
            扫码或访问本中心网站，输入办件编号和申请人证件号码（或手机号）后四位，即可查询办理进度。
            <br />
            {page.progressUrl}
          </div>
        </div>
        <footer>
          {page.centerName}
          <br />
          {cnDate(page.issuedOn)}
        </footer>
      </body>
    </html>,
  )
  return `<!doctype html>${html}`
}

/** A list table with its header row (the A4 documents' lists). */
export function ListTable({ head, children }: { head: string[]; children: ReactNode }) {
  return (
    <table className="list">
      <tbody>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
        {children}
      </tbody>
    </table>
  )
}

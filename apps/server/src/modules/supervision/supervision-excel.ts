import ExcelJS from 'exceljs'
import type { ExportTable, Principal } from '@yimin/shared'
import type { AlertsService } from './alerts.service'
import type { DashboardService, Period } from './dashboard.service'
import type { PerformanceService } from './performance.service'

interface Column {
  header: string
  key: string
  width?: number
}

const pct = (r: number | null) => (r === null ? '' : `${(r * 100).toFixed(1)}%`)
const figureColumns: Column[] = [
  { header: '收件', key: 'received' },
  { header: '受理', key: 'accepted' },
  { header: '办结', key: 'completed' },
  { header: '按时办结', key: 'completedOnTime' },
  { header: '按时办结率', key: 'onTimeRate' },
  { header: '平均用时(工作日)', key: 'avgUsedDays', width: 16 },
  { header: '平均承诺时限(工作日)', key: 'avgPromisedDays', width: 18 },
  { header: '满意度', key: 'satisfaction' },
]
const assessmentColumns: Column[] = [
  { header: '名称', key: 'name', width: 30 },
  { header: '工作量', key: 'volume' },
  { header: '按时率', key: 'onTimeRate' },
  { header: '满意度', key: 'satisfaction' },
  { header: '得分', key: 'score' },
  { header: '等级', key: 'gradeLabel' },
]
const caseColumns: Column[] = [
  { header: '办件号', key: 'number', width: 24 },
  { header: '事项', key: 'matterName', width: 30 },
  { header: '部门', key: 'departmentName', width: 28 },
  { header: '申请人', key: 'applicantName' },
  { header: '状态', key: 'status' },
  { header: '灯', key: 'lightLabel' },
  { header: '环节', key: 'what' },
  { header: '期限', key: 'dueOn', width: 12 },
]

/** Every dashboard table as an Excel workbook (one sheet), for the supervisor's reports. */
export async function exportTable(
  deps: { dashboard: DashboardService; performance: PerformanceService; alerts: AlertsService },
  principal: Principal,
  table: ExportTable,
  period: Period,
): Promise<{ filename: string; body: Buffer }> {
  deps.dashboard.requireAll(principal)
  const sheet = async (): Promise<{
    title: string
    columns: Column[]
    rows: Array<Record<string, unknown>>
  }> => {
    switch (table) {
      case 'departments':
        return {
          title: '部门',
          columns: [
            { header: '部门', key: 'name', width: 30 },
            ...figureColumns,
            { header: '在办', key: 'open' },
            { header: '黄灯', key: 'yellow' },
            { header: '红灯', key: 'red' },
          ],
          rows: (await deps.performance.departments(principal, period)).map((r) => ({
            ...r,
            onTimeRate: pct(r.onTimeRate),
          })),
        }
      case 'windows':
        return {
          title: '窗口',
          columns: [
            { header: '窗口号', key: 'number' },
            { header: '窗口', key: 'name', width: 24 },
            ...figureColumns,
          ],
          rows: (await deps.performance.windows(principal, period)).map((r) => ({
            ...r,
            name: r.name.zh,
            onTimeRate: pct(r.onTimeRate),
          })),
        }
      case 'trends':
        return {
          title: '趋势',
          columns: [{ header: '日期', key: 'period', width: 12 }, ...figureColumns],
          rows: (await deps.performance.trends(principal, period, 'day')).points.map((r) => ({
            ...r,
            onTimeRate: pct(r.onTimeRate),
          })),
        }
      case 'red':
      case 'yellow':
        return {
          title: table === 'red' ? '红灯办件' : '黄灯办件',
          columns: caseColumns,
          rows: (
            await deps.dashboard.lightCases(principal, { light: table, page: 1, pageSize: 10_000 })
          ).items.map((c) => ({ ...c, matterName: c.matterName.zh })),
        }
      case 'alerts':
        return {
          title: '预警',
          columns: [
            { header: '办件号', key: 'caseNumber', width: 24 },
            { header: '规则', key: 'code', width: 26 },
            { header: '说明', key: 'message', width: 50 },
            { header: '部门', key: 'departmentName', width: 28 },
            { header: '状态', key: 'status' },
            { header: '产生时间', key: 'raisedAt', width: 24 },
            { header: '答复', key: 'answer', width: 40 },
          ],
          rows: (await deps.alerts.list(principal, { page: 1, pageSize: 10_000 })).items.map((a) => ({
            ...a,
            departmentName: a.departmentName.zh,
          })),
        }
      case 'assessment-department':
      case 'assessment-window':
      case 'assessment-staff': {
        const of = table.slice('assessment-'.length) as 'department' | 'window' | 'staff'
        return {
          title: '考核',
          columns: assessmentColumns,
          rows: (await deps.performance.assessment(principal, period, of)).rows.map((r) => ({
            ...r,
            onTimeRate: pct(r.onTimeRate),
          })),
        }
      }
    }
  }
  const { title, columns, rows } = await sheet()
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(title)
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 12 }))
  ws.getRow(1).font = { bold: true }
  for (const r of rows) ws.addRow(Object.fromEntries(columns.map((c) => [c.key, r[c.key] ?? ''])))
  const body = Buffer.from(await wb.xlsx.writeBuffer())
  return { filename: `supervision-${table}-${period.from}-${period.to}.xlsx`, body }
}

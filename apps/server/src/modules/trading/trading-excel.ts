import ExcelJS from 'exceljs'
import type { TradingFiguresResponse } from '@yimin/shared'

const CATEGORY_NAMES = {
  works: '工程建设',
  procurement: '政府采购',
  land: '土地使用权',
  mining: '矿业权',
  property: '国有产权',
} as const
const yuan = (fen: number) => Math.round(fen) / 100

/** The figures as an Excel workbook (one sheet, amounts in yuan), like supervision's exports. */
export async function figuresWorkbook(
  f: TradingFiguresResponse,
): Promise<{ filename: string; body: Buffer }> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('交易统计')
  ws.columns = [
    { header: '月份', key: 'month', width: 10 },
    { header: '类别', key: 'category', width: 14 },
    { header: '项目数', key: 'projects', width: 10 },
    { header: '预算(元)', key: 'budget', width: 18 },
    { header: '已定标段', key: 'awardedLots', width: 10 },
    { header: '已定标段预算(元)', key: 'awardedBudget', width: 20 },
    { header: '中标/成交金额(元)', key: 'award', width: 20 },
    { header: '节约资金(元)', key: 'savings', width: 18 },
    { header: '节约率', key: 'rate', width: 10 },
  ]
  ws.getRow(1).font = { bold: true }
  for (const r of f.rows)
    ws.addRow({
      month: r.month,
      category: CATEGORY_NAMES[r.category],
      projects: r.projects,
      budget: yuan(r.budgetFen),
      awardedLots: r.awardedLots,
      awardedBudget: yuan(r.awardedBudgetFen),
      award: yuan(r.awardFen),
      savings: yuan(r.savingsFen),
      rate: r.savingsRate === null ? '' : `${(r.savingsRate * 100).toFixed(2)}%`,
    })
  const body = Buffer.from(await wb.xlsx.writeBuffer())
  return { filename: `trading-figures-${f.from}-${f.to}.xlsx`, body }
}

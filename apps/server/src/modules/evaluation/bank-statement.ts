/**
 * A bank statement (CSV, one credit a line: date,time,payer credit code,payer name,amount in
 * yuan,reference) as deposits of a lot. Pure; a malformed line is reported by its number and
 * nothing is imported (the service refuses the whole file).
 */
export interface StatementLine {
  line: number
  paidAt: string
  creditCode: string
  payerName: string
  amountFen: number
  bankRef: string
}

export type StatementProblem = { line: number; problem: 'columns' | 'date' | 'amount' | 'reference' }

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/

export function parseStatement(csv: string): { lines: StatementLine[]; problems: StatementProblem[] } {
  const lines: StatementLine[] = []
  const problems: StatementProblem[] = []
  csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1
      if (!raw.trim() || (i === 0 && /date|日期/i.test(raw))) return
      const cols = raw.split(',').map((c) => c.trim())
      if (cols.length !== 6) return problems.push({ line, problem: 'columns' })
      const [date, time, creditCode, payerName, amount, ref] = cols as [
        string,
        string,
        string,
        string,
        string,
        string,
      ]
      const at = new Date(`${date}T${time}+08:00`)
      if (
        !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
        !/^\d{2}:\d{2}(:\d{2})?$/.test(time) ||
        Number.isNaN(at.getTime())
      )
        return problems.push({ line, problem: 'date' })
      if (!AMOUNT.test(amount)) return problems.push({ line, problem: 'amount' })
      if (!ref) return problems.push({ line, problem: 'reference' })
      const [yuan, cents = ''] = amount.split('.')
      lines.push({
        line,
        paidAt: at.toISOString(),
        creditCode: creditCode.toUpperCase(),
        payerName,
        amountFen: Number(yuan) * 100 + Number(cents.padEnd(2, '0')),
        bankRef: ref,
      })
    })
  return { lines, problems }
}

import type { Executor } from '../../db/database'
import type { SmsService } from '../sms/sms.service'
import type { CaseRow } from './cases.repository'

/**
 * SMS notices to the applicant (or the agent, as the application says) on case events
 * (PRODUCT.md 2.6). Essential ones (correction, refusal, completion, pickup) ignore opt-outs.
 * The texts become editable templates with the SMS issue; until then they live here.
 */
export type CaseNotice =
  | { kind: 'received' }
  | { kind: 'correction'; items: string[] }
  | { kind: 'accepted'; dueOn: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'extended'; days: number; dueOn: string }
  | { kind: 'supplement'; items: string[] }
  | { kind: 'completed'; approved: boolean }
  | { kind: 'ready_for_pickup' }
  | { kind: 'posted'; trackingNumber: string }

const essential: Record<CaseNotice['kind'], boolean> = {
  received: false,
  correction: true,
  accepted: false,
  refused: true,
  extended: true,
  supplement: true,
  completed: true,
  ready_for_pickup: true,
  posted: true,
}

const cn = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`

export function noticeText(row: Pick<CaseRow, 'number' | 'matter_name'>, n: CaseNotice): string {
  const head = `您申请的“${row.matter_name}”（办件号${row.number}）`
  switch (n.kind) {
    case 'received':
      return `${head}已接件，凭办件号和证件号后四位可查询进度。`
    case 'correction':
      return `${head}需补正材料：${n.items.join('；')}。请一次备齐后提交。`
    case 'accepted':
      return `${head}已受理，承诺于${cn(n.dueOn)}前办结。`
    case 'refused':
      return `${head}不予受理，理由：${n.reason}。详见不予受理通知书。`
    case 'extended':
      return `${head}经批准延长${n.days}个工作日，预计于${cn(n.dueOn)}前办结。`
    case 'supplement':
      return `${head}办理中需补充：${n.items.join('；')}。补齐前暂停计时。`
    case 'completed':
      return n.approved ? `${head}已办结（准予）。` : `${head}已办结（不予许可），详见决定书。`
    case 'ready_for_pickup':
      return `${head}结果已可领取，请携带身份证件到窗口领取。`
    case 'posted':
      return `${head}结果已邮寄，运单号${n.trackingNumber}。`
  }
}

export function recipientOf(row: Pick<CaseRow, 'notify' | 'applicant_phone' | 'agent_phone'>): string {
  return row.notify === 'agent' && row.agent_phone ? row.agent_phone : row.applicant_phone
}

/** Queues the notice in the same transaction as the change that caused it. */
export async function queueNotice(sms: SmsService, tx: Executor, row: CaseRow, notice: CaseNotice, causeSuffix: string | number = ''): Promise<void> {
  await sms.queue(tx, {
    causeKey: `case:${row.id}:${notice.kind}${causeSuffix === '' ? '' : `:${causeSuffix}`}`,
    recipient: recipientOf(row),
    template: `case.${notice.kind}`,
    body: noticeText(row, notice),
    isEssential: essential[notice.kind],
  })
}

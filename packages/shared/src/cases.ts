/**
 * Case statuses and actions (PRODUCT.md 2.3), shared by server and web. The codes follow the
 * stages of Chinese case-exchange systems; labels are the Chinese terms (the web app
 * translates by code).
 */
export const caseStatuses = [
  'received', // 已接件
  'correction_requested', // 补正 (intake: one-time correction notice issued)
  'refused', // 不予受理
  'in_progress', // 办理中 (after 已受理)
  'supplement_requested', // 补正 during processing (clock stopped)
  'special_procedure', // 特别程序 (clock stopped)
  'completed', // 办结 (准予 / 不予)
  'delivered', // 送达
  'withdrawn', // 撤回
  'revoked', // 撤销
] as const
export type CaseStatus = (typeof caseStatuses)[number]

export const caseStatusLabels: Record<CaseStatus, string> = {
  received: '已接件',
  correction_requested: '补正',
  refused: '不予受理',
  in_progress: '办理中',
  supplement_requested: '补正（办理中）',
  special_procedure: '特别程序',
  completed: '办结',
  delivered: '送达',
  withdrawn: '撤回',
  revoked: '撤销',
}

export const caseActions = [
  'request_correction', // 一次性告知
  'resubmit', // the applicant supplies what the notice listed
  'accept', // 受理
  'refuse', // 不予受理
  'request_supplement', // 办理中补正
  'supply', // supplement received
  'start_special_procedure', // 特别程序 (approved)
  'end_special_procedure',
  'complete', // 办结 准予 / 不予
  'deliver', // 送达
  'withdraw', // 撤回 (by the applicant)
  'revoke', // 撤销 (by the authority)
] as const
export type CaseAction = (typeof caseActions)[number]

export const caseOutcomes = ['approved', 'denied'] as const // 准予 / 不予
export type CaseOutcome = (typeof caseOutcomes)[number]

export const caseChannels = ['window', 'online', 'kiosk'] as const
export type CaseChannel = (typeof caseChannels)[number]

/** What a case tells its applicant by SMS (one template each; texts: sms/templates/template-catalog.ts). */
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

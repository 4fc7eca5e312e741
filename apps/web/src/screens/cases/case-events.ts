/** The event types of a case's history (the server's journal), each with a label in every language. */
export const caseEventTypes = [
  'received',
  'correction.requested',
  'correction.repeated',
  'resubmitted',
  'accepted',
  'refused',
  'task.completed',
  'task.routed',
  'task.returned',
  'supplement.requested',
  'supplement.supplied',
  'extension.requested',
  'extension.approved',
  'extension.rejected',
  'special_procedure.requested',
  'special_procedure.started',
  'special_procedure.ended',
  'special_procedure.rejected',
  'completed',
  'fee.recorded',
  'delivered',
  'withdrawn',
  'revoked',
  'deadline.recomputed',
  'deferred.supplied',
  'bundle.result_attached',
] as const

const known = new Set<string>(caseEventTypes)

/** The i18n key of an event type ("task.routed" → "caseEvents.task_routed"); unknown types get a generic label. */
export function eventKey(type: string): string {
  return known.has(type) ? `caseEvents.${type.replace('.', '_')}` : 'caseEvents.other'
}

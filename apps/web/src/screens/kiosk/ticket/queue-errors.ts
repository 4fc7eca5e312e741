import { ApiError } from '../../../api/client'
import { errorKey } from '../../../components/ErrorAlert'

/** The message key of a ticket error: a closed category says why (outside hours, not a working day, switched off). */
export function ticketErrorKey(error: unknown): string {
  if (error instanceof ApiError && error.code === 'QUEUE_CATEGORY_CLOSED') {
    const d = error.details
    const reason =
      d && typeof d === 'object' && 'reason' in d && typeof d.reason === 'string' ? d.reason : null
    if (reason === 'outside_hours' || reason === 'not_working_day' || reason === 'switched_off')
      return `queue.closedReasons.${reason}`
  }
  return errorKey(error)
}

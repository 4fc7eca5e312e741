import type { LocalizedText } from './localized'
/**
 * Typed real-time events sent to browsers over SSE. Payloads are built by presenters and carry
 * no personal data: ticket numbers and window names, never names, phones or ID numbers.
 * Later domains add their events to this map.
 */
export interface ClientEventMap {
  'system.hello': { instanceId: string; serverTime: string }
  'system.ping': { at: string }
  'sms.message': { phone: string; messageId: string; direction: 'out' | 'in' }
  /** a voice call to a virtual phone rang or was answered (the demo's voice outbox) */
  'voice.call': { phone: string; callId: string; status: string }
  'device.revoked': { deviceId: string }
  /** the supervision dashboard refetches: alerts raised or handled, cards, a sweep that moved figures */
  'supervision.changed': { reason: 'sweep' | 'alert' | 'card'; at: string }
  /** a new alert for a department (on that department's channel; no personal data) */
  'supervision.alert': {
    alertId: string
    code: string
    severity: 'warning' | 'serious'
    caseId: string
    caseNumber: string
    departmentId: string
  }
  /** a ticket called (or recalled) to a window: hall and window displays show it and play `audio` in order */
  'queue.called': {
    ticketNumber: string
    categoryPrefix: string
    windowId: string
    windowNumber: number
    windowName: LocalizedText
    isRecall: boolean
    /** segment file names under /api/v1/queue/voice/ (Chinese, a pause, then Uyghur) */
    audio: string[]
  }
  /** waiting tickets per category in this hall */
  'queue.waiting': { categories: Array<{ categoryId: string; prefix: string; waiting: number }> }
  /** a window's current number and state */
  'queue.window': {
    windowId: string
    windowNumber: number
    windowName: LocalizedText
    ticketNumber: string | null
    status: 'open' | 'paused' | 'closed'
    pauseReason: string | null
  }
  /** a service finished at a window: its rating pad lights up for this ticket */
  'queue.finished': { windowId: string; ticketId: string; ticketNumber: string; finishedAt: string }
  /** an online opening (开标) moved: started, a bid decrypted, failed (流标), recorded, an objection; clients refetch */
  'bidding.opening': { lotId: string; status: string; reason: string; at: string }
}
export type ClientEventType = keyof ClientEventMap

export interface ClientEvent<T extends ClientEventType = ClientEventType> {
  seq: number
  channel: string
  type: T
  payload: ClientEventMap[T]
  at: string
}

/**
 * Channels: one per hall and per window (STYLE.md 10), plus staff-wide and per-phone
 * (virtual phone) channels.
 */
export const channels = {
  hall: (hallId: string) => `hall:${hallId}`,
  window: (windowId: string) => `window:${windowId}`,
  staff: () => 'staff',
  /** the supervision wall (数据大屏): aggregate changes only, for wall displays and supervisors */
  wall: () => 'wall',
  virtualPhone: () => 'virtual-phone',
  device: (deviceId: string) => `device:${deviceId}`,
  /** a department's staff (supervision alerts and cards for it) */
  department: (departmentId: string) => `department:${departmentId}`,
  /** a lot's online opening: its bidders, center staff and the project's parties */
  opening: (lotId: string) => `opening:${lotId}`,
} as const

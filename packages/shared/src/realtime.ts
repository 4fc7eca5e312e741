/**
 * Typed real-time events sent to browsers over SSE. Payloads are built by presenters and carry
 * no personal data: ticket numbers and window names, never names, phones or ID numbers.
 * Later domains add their events to this map.
 */
export interface ClientEventMap {
  'system.hello': { instanceId: string; serverTime: string }
  'system.ping': { at: string }
  'sms.message': { phone: string; messageId: string; direction: 'out' | 'in' }
  'device.revoked': { deviceId: string }
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
  virtualPhone: () => 'virtual-phone',
  device: (deviceId: string) => `device:${deviceId}`,
} as const

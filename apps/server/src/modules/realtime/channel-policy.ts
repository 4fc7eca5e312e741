import type { Principal } from '@yimin/shared'
import { can, canSomewhere, departmentsFor } from '../auth/permissions'

/**
 * Who may listen to which channel. Displays see their hall and window; staff see staff-wide
 * events; a device always hears its own channel (revocation closes its stream).
 */
export function canListen(
  principal: Principal,
  channel: string,
  options: { virtualPhoneOpen: boolean },
): boolean {
  const [kind, id] = splitChannel(channel)
  switch (kind) {
    case 'hall':
      // a display hears the hall its window or area is in
      return (
        principal.kind === 'staff' ||
        (principal.kind === 'device' && principal.hallId !== null && principal.hallId === id)
      )
    case 'window':
      return principal.kind === 'staff' || (principal.kind === 'device' && principal.windowId === id)
    case 'staff':
      return canSomewhere(principal, 'realtime.staff')
    case 'device':
      return principal.kind === 'device' && principal.deviceId === id
    case 'wall':
      // the supervision wall: wall displays and staff who supervise every department
      return (
        (principal.kind === 'device' && principal.deviceKind === 'wall_display') ||
        departmentsFor(principal, 'supervision.read') === 'all'
      )
    case 'department':
      // staff who read supervision for that department (or for all)
      return id !== undefined && can(principal, 'supervision.read', { departmentId: id })
    case 'opening':
      // the opening shows no figure before every bid is decrypted; signed-in staff and bidders
      return canSomewhere(principal, 'trading.read') || canSomewhere(principal, 'bidding.bid')
    case 'virtual-phone':
      return options.virtualPhoneOpen || can(principal, 'sms.virtual-phone')
    default:
      return false
  }
}

function splitChannel(channel: string): [string, string | undefined] {
  const i = channel.indexOf(':')
  return i < 0 ? [channel, undefined] : [channel.slice(0, i), channel.slice(i + 1)]
}

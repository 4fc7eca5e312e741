import type { DeviceKind, Role } from '@yimin/shared'

/** Where each staff role works. Handlers, reviewers and approvers share the department workbench. */
export const roleHome: Record<Role, string> = {
  admin: '/admin',
  clerk: '/counter',
  handler: '/workbench',
  reviewer: '/workbench',
  approver: '/workbench',
  supervisor: '/supervision',
  trading_staff: '/trading/center',
  trading_agency: '/trading/agency',
  trading_tenderee: '/trading/agency',
  trading_supervisor: '/trading/board',
  trading_bidder: '/trading/bidder',
}

export const deviceHome: Record<DeviceKind, string> = {
  kiosk: '/kiosk',
  hall_display: '/display/hall',
  window_display: '/display/window',
  rating_pad: '/rating-pad',
  wall_display: '/display/wall',
}

/** The home of a staff member's first role (sign-in lands there). */
export function homeForRoles(roles: readonly Role[]): string {
  const first = roles[0]
  return first ? roleHome[first] : '/'
}

/** The distinct homes a staff member can open, in grant order. */
export function homesForRoles(roles: readonly Role[]): Array<{ role: Role; path: string }> {
  const seen = new Set<string>()
  const out: Array<{ role: Role; path: string }> = []
  for (const role of roles) {
    const path = roleHome[role]
    if (seen.has(path)) continue
    seen.add(path)
    out.push({ role, path })
  }
  return out
}

/** Staff roles (PRODUCT.md §1). A grant scopes a role to one department or (null) to all. */
export const roles = [
  'admin',
  'clerk',
  'handler',
  'reviewer',
  'approver',
  'supervisor',
  /** the public resource trading center's staff (进场登记, venues, witness) */
  'trading_staff',
  /** a tendering agency's staff (代理机构): sees only its organisations' projects */
  'trading_agency',
  /** a tenderee's / purchaser's / transferor's staff (招标人): sees only its organisations' projects */
  'trading_tenderee',
  /** a supervising department's trading supervisor (行政监督), scoped to the department */
  'trading_supervisor',
  /** a bidder's staff (投标人): registers its organisation, obtains documents, uploads sealed bids, decrypts at the opening */
  'trading_bidder',
] as const
export type Role = (typeof roles)[number]

export interface RoleGrant {
  role: Role
  /** null = every department */
  departmentId: string | null
}

/**
 * Permissions are `resource.action` strings. Services check them; routes never decide alone.
 * Later domains add their permissions here, in one list, so the admin console can show them.
 */
export const permissions = [
  'user.read',
  'user.manage',
  'device.read',
  'device.manage',
  'job.read',
  'sms.read',
  'sms.virtual-phone',
  /** edit the SMS templates */
  'sms.templates',
  'system.backup',
  'realtime.staff',
  'catalog.read',
  'catalog.manage',
  'calendar.manage',
  'org.manage',
  /** see cases of the department (and record who read personal data) */
  'case.read',
  /** one-window intake: receive, correction notice, accept, refuse, fees, handover */
  'case.intake',
  /** department work: tasks, supplements, routing, requests for extension or special procedure */
  'case.handle',
  /** decide a case (办结 准予/不予) and approve extensions and special procedures */
  'case.approve',
  /** supervision (电子监察): lights, alerts, dashboard; department staff see their departments' alerts */
  'supervision.read',
  /** supervisors: close alerts, issue yellow/red cards, settings */
  'supervision.manage',
  /** department staff: acknowledge and answer their departments' alerts and cards */
  'supervision.answer',
  /** take tickets for people at the counter or the information desk (with priority groups) */
  'queue.issue',
  /** window actions: call, recall, no-show, transfer, pause, resume, finish */
  'queue.call',
  /** queue categories' settings, the calling policy, appointment slots */
  'queue.manage',
  /** queue statistics and their export */
  'queue.stats',
  /** trading center: see projects (agencies and tenderees: their organisations' only) */
  'trading.read',
  /** agencies: enter projects and lots, draft and publish announcements */
  'trading.draft',
  /** center staff: organisations, registration (进场登记), venues and bookings */
  'trading.register',
  /** supervising departments: the board, anomalies, complaints */
  'trading.supervise',
  /** administrators: publish a version of the legal timetable */
  'trading.timetable',
  /** bidders: obtain documents, upload, replace and withdraw sealed bids, decrypt at the opening, object */
  'bidding.bid',
] as const
export type Permission = (typeof permissions)[number]

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [
    'user.read',
    'user.manage',
    'device.read',
    'device.manage',
    'job.read',
    'sms.read',
    'sms.virtual-phone',
    'sms.templates',
    'system.backup',
    'realtime.staff',
    'calendar.manage',
    'org.manage',
    'catalog.read',
    'catalog.manage',
    'queue.manage',
    'queue.stats',
    'trading.read',
    'trading.register',
    'trading.timetable',
  ],
  clerk: ['realtime.staff', 'catalog.read', 'case.read', 'case.intake', 'queue.issue', 'queue.call'],
  handler: [
    'realtime.staff',
    'catalog.read',
    'case.read',
    'case.handle',
    'supervision.read',
    'supervision.answer',
  ],
  reviewer: [
    'realtime.staff',
    'catalog.read',
    'case.read',
    'case.handle',
    'supervision.read',
    'supervision.answer',
  ],
  approver: [
    'realtime.staff',
    'catalog.read',
    'case.read',
    'case.handle',
    'case.approve',
    'supervision.read',
    'supervision.answer',
  ],
  supervisor: [
    'user.read',
    'device.read',
    'job.read',
    'sms.read',
    'realtime.staff',
    'case.read',
    'catalog.read',
    'supervision.read',
    'supervision.manage',
    'queue.stats',
  ],
  trading_staff: ['realtime.staff', 'trading.read', 'trading.register'],
  trading_agency: ['trading.read', 'trading.draft'],
  trading_tenderee: ['trading.read'],
  trading_supervisor: ['trading.read', 'trading.supervise'],
  trading_bidder: ['bidding.bid'],
}

/** Device kinds (PRODUCT.md §1: they run unattended, each with its own credential). */
export const deviceKinds = ['kiosk', 'hall_display', 'window_display', 'rating_pad', 'wall_display'] as const
export type DeviceKind = (typeof deviceKinds)[number]

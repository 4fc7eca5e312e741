import type { DeviceKind, RoleGrant } from './roles'

/** Who is making a request. Citizens arrive with the online channel. */
export type Principal =
  | { kind: 'anonymous' }
  | {
      kind: 'staff'
      userId: string
      username: string
      displayName: string
      grants: RoleGrant[]
      /** production: an administrator or supervisor without TOTP may only enrol it */
      totpEnrolmentRequired?: boolean
    }
  | {
      kind: 'device'
      deviceId: string
      deviceKind: DeviceKind
      name: string
      windowId: string | null
      areaId: string | null
      hallId: string | null
    }
  | { kind: 'citizen'; citizenId: string; phone: string }
